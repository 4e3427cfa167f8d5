// Next.js and Auth.js stood in for, for integration tests that call server actions outside a
// request. Import this module before the code under test: its vi.mock calls then apply to
// everything imported after it.
//
// - the session cookie's claims (`sessionClaims()`, and Auth.js's `auth()`) are
//   `nextState.session`, which the test sets (`signInAs`, `signOutAll`): the real ones read a
//   cookie; here the test decides who is signed in.
// - `signIn` and `signOut` end in a redirect to their `redirectTo`, as the real ones do.
// - next-auth itself only loads inside Next (it imports "next/server" without an extension).
// - `after()` needs a request scope: its callbacks are kept in `nextState.afterCallbacks`.
// - revalidation is a no-op.
// A file that needs another answer (headers, cookies, a provider's redirect) adds its own vi.mock.
import { redirect } from "next/navigation";
import { vi } from "vitest";
import type { User } from "@/db/schema";
import type { SessionClaims } from "@/lib/auth/session-check";
import { claimsFor } from "@/tests/integration/helpers";

// Read by the mocks only when the code under test calls them, long after this module has run.
export const nextState = {
  session: null as { claims: SessionClaims } | null,
  afterCallbacks: [] as Array<() => unknown>,
};

vi.mock("@/lib/auth/next-auth", () => ({
  auth: vi.fn(async () => nextState.session),
  signIn: vi.fn(async (_provider: string, options: { redirectTo: string }) =>
    redirect(options.redirectTo),
  ),
  signOut: vi.fn(async (options: { redirectTo: string }) => redirect(options.redirectTo)),
}));
vi.mock("@/lib/auth/session-token", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session-token")>()),
  sessionClaims: vi.fn(async () => nextState.session?.claims ?? null),
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/server", () => ({
  after: vi.fn((cb: () => unknown) => void nextState.afterCallbacks.push(cb)),
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));

/** The session of `user` from now on (claims as the JWT would carry them); returns the claims. */
export function signInAs(
  user: Pick<User, "id" | "sessionVersion">,
  overrides: Partial<SessionClaims> = {},
): SessionClaims {
  const claims = claimsFor(user, overrides);
  nextState.session = { claims };
  return claims;
}

/** No session: a visitor, or a request whose cookie was dropped. */
export function signOutAll(): void {
  nextState.session = null;
}
