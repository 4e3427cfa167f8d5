// Which paths need a signed-in member; the proxy uses it only to redirect early, pages check again.
import { UUID_SOURCE } from "@/lib/ids";
import { ACCEPT_POLICIES_PATH } from "@/lib/policies/versions";

export const memberPathPrefixes = [
  "/feed",
  "/mentors",
  "/community",
  "/notifications",
  "/settings",
  "/onboarding",
  "/profile",
  "/mentorships",
  "/saved",
  "/moderation",
  "/write",
  "/admin",
  ACCEPT_POLICIES_PATH,
];

// Public pages under a member prefix: a mentor's profile (but not the directory or bookmarks), the
// community's lists and its threads (the pages themselves decide what a visitor may read).
const publicExceptions: RegExp[] = [
  /^\/mentors\/(?!directory$|bookmarks$)[^/]+$/,
  /^\/community$/,
  new RegExp(`^/community/${UUID_SOURCE}(/[^/]+)?$`, "i"),
];

export function isMemberPath(pathname: string): boolean {
  if (publicExceptions.some((re) => re.test(pathname))) return false;
  return memberPathPrefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Settings → Connected accounts, where a provider's callback brings a member back after linking. */
export const CONNECTED_ACCOUNTS_PATH = "/settings/accounts";
