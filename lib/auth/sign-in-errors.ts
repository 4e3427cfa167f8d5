// What a refused sign-in tells the person; wrong email and wrong password read the same.
import type { AuthError } from "next-auth";
import { deletionDay } from "@/lib/privacy/grace";

export function signInErrorMessage(err: AuthError): {
  message: string;
  unverified?: boolean;
  /** The account is set to be deleted: the page offers to keep it. */
  deleting?: boolean;
} {
  const code = (err as { code?: string }).code ?? "";
  const [reason, detail, why] = code.split(":");
  switch (reason) {
    case "rate_limited": {
      const minutes = Math.max(1, Math.ceil(Number(detail ?? 60) / 60));
      return {
        message: `Too many sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
      };
    }
    case "unverified":
      return {
        message: "Confirm your email address first: open the link we sent you when you signed up.",
        unverified: true,
      };
    case "suspended": {
      const until = detail ? new Date(Number(detail)) : null;
      return {
        message:
          (until
            ? `This account is suspended until ${until.toUTCString().replace(/ GMT$/, " UTC")}.`
            : "This account is suspended. A moderator will review it.") +
          givenReason(why) +
          APPEAL_HINT,
      };
    }
    case "deleting": {
      const due = detail ? new Date(Number(detail)) : null;
      return {
        message: `This account is set to be deleted${due && !Number.isNaN(due.getTime()) ? ` on ${deletionDay(due)}` : ""}. To keep it, enter your password again below and choose “Keep my account”.`,
        deleting: true,
      };
    }
    case "banned":
      return {
        message:
          "This account has been closed for breaking the community rules." +
          givenReason(why) +
          APPEAL_HINT,
      };
    default:
      if (err.type === "CredentialsSignin")
        return { message: "That email and password do not match an account." };
      return { message: "We could not sign you in. Please try again." };
  }
}

const APPEAL_HINT = " To appeal, use the link in the email we sent you.";

/** The moderator's reason, as the person should read it; nothing if it is missing or garbled. */
function givenReason(encoded: string | undefined): string {
  if (!encoded) return "";
  try {
    const text = decodeURIComponent(encoded).trim();
    return text ? ` Reason: ${text}${/[.!?]$/.test(text) ? "" : "."}` : "";
  } catch {
    return "";
  }
}

/** Why an OAuth or OpenID Connect sign-in, or a link from Settings, was refused (lib/auth/oauth.ts). */
export type OAuthRefusal =
  | "OAuthEmailUnverified"
  | "OAuthNoEmail"
  | "OAuthAccountNotLinked"
  | "AccountBlocked"
  | "AccountDeleting"
  | "LinkExpired"
  | "LinkTaken"
  | "LinkProviderInUse";

const FORGOT = "use “Forgot your password?” below";

// Codes of our refusals (the `signIn` callback redirects with them) and Auth.js's own error types.
const oauthMessages: Record<string, string> = {
  OAuthEmailUnverified:
    "That provider has not confirmed your email address, so we cannot sign you in with it. Confirm the address with the provider and try again, or create an account with your email and a password.",
  OAuthNoEmail:
    "That provider did not share an email address with Landed. Allow it to share your email, or create an account with your email and a password.",
  OAuthAccountNotLinked: `An account with this email already exists. Sign in with your password (or ${FORGOT}), then link the provider in Settings → Connected accounts.`,
  AccountBlocked:
    "This account is suspended or closed, so it cannot sign in right now. To appeal, use the link in the email we sent you.",
  AccountDeleting: `This account is set to be deleted. To keep it, sign in with your email and password and choose “Keep my account” (no password yet? ${FORGOT}).`,
  AccessDenied: "That sign-in was refused.",
  Configuration: "Sign-in with that provider is not available right now.",
};

/** A page's message for an `?error=` code: the known one, or `fallback` for any other code. */
function messageFor(messages: Record<string, string>, fallback: string) {
  return (code: string | undefined): string | undefined =>
    code ? (Object.hasOwn(messages, code) ? messages[code] : fallback) : undefined;
}

/** The sign-in page's message for `?error=`: ours, Auth.js's, or a neutral one for anything else. */
export const oauthErrorMessage = messageFor(
  oauthMessages,
  "We could not sign you in with that provider. Please try again.",
);

const linkMessages: Record<string, string> = {
  LinkExpired:
    "That link request expired or was already used, or you were signed out meanwhile. Start again here.",
  LinkTaken:
    "That provider account is already linked to another Landed account. Sign in with it to use that account, or link a different one.",
  LinkProviderInUse:
    "You already have an account of that provider linked. Unlink it first to link another.",
  AccountBlocked: "Your account is suspended, so you cannot link accounts right now.",
  AccessDenied: "The provider did not let us link that account.",
};

/** Connected accounts' message for `?error=` after a provider sent the member back. */
export const linkErrorMessage = messageFor(
  linkMessages,
  "We could not link that account. Please try again.",
);
