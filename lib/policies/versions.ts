// The published versions of Landed's terms, privacy notice and community guidelines: one version
// for the three, newest first. Publishing a change means adding an entry at the top; every member
// who accepted an older one is asked again before their next member page (lib/auth/session.ts).

export interface PolicyVersion {
  /** The date it took effect, as YYYY-MM-DD: also what is stored when a member accepts it. */
  version: string;
  /** What changed since the version before, in a line each, shown when members are asked again. */
  changes: string[];
}

export const policyVersions: readonly [PolicyVersion, ...PolicyVersion[]] = [
  {
    version: "2026-12-01",
    changes: [
      "The first published terms, privacy notice and community guidelines: what we store, who sees each field, how long we keep it, how to export or delete your data, and the rules moderators apply.",
    ],
  },
];

export const CURRENT_POLICY_VERSION = policyVersions[0].version;

/** The page that asks a member to accept the current version before going on. */
export const ACCEPT_POLICIES_PATH = "/accept-policies";

export function isCurrentPolicyVersion(version: string): boolean {
  return version === CURRENT_POLICY_VERSION;
}

/** Why an acceptance of an older version is refused. */
export const STALE_POLICY_VERSION =
  "The terms were updated while this page was open. Reload the page, read what changed, then accept again.";

/** Member pages that stay open without accepting: a member who declines can still take their data. */
const OPEN_WITHOUT_ACCEPTING = ["/settings/data"];

/** Whether this member must accept the current version before opening `path` (a member page). */
export function needsPolicyAcceptance(user: { policyVersion: string | null }, path = ""): boolean {
  if (
    OPEN_WITHOUT_ACCEPTING.some(
      (p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`),
    )
  )
    return false;
  return user.policyVersion !== CURRENT_POLICY_VERSION;
}

/** The versions published after the one the member accepted (all of them if none), newest first. */
export function changesSince(accepted: string | null): PolicyVersion[] {
  const i = policyVersions.findIndex((v) => v.version === accepted);
  return i === -1 ? [...policyVersions] : policyVersions.slice(0, i);
}

/** "December 1, 2026" for a version. */
export function versionDate(version: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${version}T00:00:00Z`),
  );
}
