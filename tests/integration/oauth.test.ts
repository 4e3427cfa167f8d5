// OAuth and OpenID Connect sign-ins (docs/decisions/016): a provider's unverified email attaches to
// nothing, a known email is never linked by itself, existing links keep working, and a password
// reset removes the links that were never proven.
import type { Account, User as AuthUser } from "next-auth";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, users, type User } from "@/db/schema";
import { requestPasswordReset, resetPassword } from "@/lib/auth/email-links";
import { signInWithProvider, type OAuthIdentity } from "@/lib/auth/oauth";
import { oauthSignInCallback } from "@/lib/auth/oauth-callback";
import { freshIp, insertUser, lastEmailTo, tokenFrom } from "./helpers";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers()),
  cookies: vi.fn(async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void (value ? jar.set(name, value) : jar.delete(name)),
  })),
}));

let n = 0;
function identity(overrides: Partial<OAuthIdentity> = {}): OAuthIdentity {
  n += 1;
  return {
    provider: "oidc",
    providerAccountId: `sub-${n}-${Date.now()}`,
    type: "oidc",
    email: `person-${n}-${Date.now()}@example.test`,
    emailVerified: true,
    name: "Noor Haddad",
    ...overrides,
  };
}

async function linksOf(userId: string) {
  return db.select().from(accounts).where(eq(accounts.userId, userId));
}

async function userCount(): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row!.n;
}

async function link(
  user: User,
  provider: string,
  verifiedAt: Date | null,
  id = `${provider}-${user.id}`,
) {
  await db
    .insert(accounts)
    .values({ userId: user.id, provider, providerAccountId: id, type: "oauth", verifiedAt });
  return { provider, providerAccountId: id, type: "oauth" };
}

/** What Auth.js hands the signIn callback after a provider's callback. */
function callbackArgs(who: OAuthIdentity) {
  const user: AuthUser = { id: crypto.randomUUID(), email: who.email, name: who.name };
  const account = {
    provider: who.provider,
    providerAccountId: who.providerAccountId,
    type: who.type,
  } as Account;
  const profile = {
    sub: who.providerAccountId,
    email: who.email,
    email_verified: who.emailVerified,
  };
  return { user, account, profile };
}

beforeEach(() => jar.clear());

describe("signing in with a provider", () => {
  it("a new email the provider verified gets an account, signed in, with a proven link", async () => {
    const who = identity({ email: "Noor.Haddad@Example.test" });
    const args = callbackArgs(who);
    expect(await oauthSignInCallback(args, async () => undefined)).toBe(true);
    const [created] = await db
      .select()
      .from(users)
      .where(eq(users.email, "noor.haddad@example.test"));
    expect(created).toMatchObject({ displayName: "Noor Haddad", passwordHash: null });
    expect(created!.emailVerifiedAt).toBeInstanceOf(Date);
    // The jwt callback makes the session from these.
    expect(args.user).toMatchObject({ id: created!.id, sessionVersion: created!.sessionVersion });
    const [row] = await linksOf(created!.id);
    expect(row).toMatchObject({ provider: "oidc", providerAccountId: who.providerAccountId });
    expect(row!.verifiedAt).toBeInstanceOf(Date);
  });

  it("an email the provider has not verified creates no account and attaches to none", async () => {
    const before = await userCount();
    const stranger = callbackArgs(identity({ emailVerified: false }));
    expect(await oauthSignInCallback(stranger, async () => undefined)).toBe(
      "/sign-in?error=OAuthEmailUnverified",
    );
    expect(await userCount()).toBe(before);

    // The same for a member's address: refused alike (nothing said about the account), not linked.
    const member = await insertUser();
    const claimant = identity({ email: member.email, emailVerified: false });
    expect(await signInWithProvider(claimant)).toEqual({
      ok: false,
      refusal: "OAuthEmailUnverified",
    });
    expect(await linksOf(member.id)).toEqual([]);
    expect(await userCount()).toBe(before + 1);
  });

  it("a verified email of an existing account is refused, not linked", async () => {
    const member = await insertUser();
    const args = callbackArgs(identity({ email: member.email.toUpperCase() }));
    args.profile.email = member.email.toUpperCase();
    expect(await oauthSignInCallback(args, async () => undefined)).toBe(
      "/sign-in?error=OAuthAccountNotLinked",
    );
    expect(await linksOf(member.id)).toEqual([]);
  });

  it("an existing link keeps signing in, whatever the provider says about the email now", async () => {
    const member = await insertUser();
    const legacy = await link(member, "github", null);
    const outcome = await signInWithProvider({
      ...legacy,
      email: "changed@example.test",
      emailVerified: false,
      name: null,
    });
    expect(outcome).toMatchObject({ ok: true, user: { id: member.id } });
  });

  it("refuses a suspended member's link, and a provider that shares no email", async () => {
    const member = await insertUser({ status: "suspended" });
    const linked = await link(member, "oidc", new Date());
    expect(
      await signInWithProvider({ ...linked, email: null, emailVerified: false, name: null }),
    ).toEqual({ ok: false, refusal: "AccountBlocked" });
    expect(await signInWithProvider(identity({ email: null }))).toEqual({
      ok: false,
      refusal: "OAuthNoEmail",
    });
  });
});

describe("a password reset and provider links", () => {
  it("removes the links never proven and keeps the proven ones, in the reset itself", async () => {
    const member = await insertUser();
    // Made before links were proven (or by someone who only claimed the address): unproven.
    const legacy = await link(member, "github", null);
    await link(member, "oidc", new Date());

    await (
      await requestPasswordReset(member.email, freshIp())
    )();
    const token = tokenFrom((await lastEmailTo(member.email))?.text);
    await resetPassword(
      { token, password: "harbour-lantern-47", confirmPassword: "harbour-lantern-47" },
      freshIp(),
    );

    expect((await linksOf(member.id)).map((l) => l.provider)).toEqual(["oidc"]);
    // The unproven provider account no longer gets in.
    expect(
      await signInWithProvider({
        ...legacy,
        email: member.email,
        emailVerified: false,
        name: null,
      }),
    ).toEqual({ ok: false, refusal: "OAuthEmailUnverified" });
  });

  it("a refused reset (a spent link) removes nothing", async () => {
    const member = await insertUser();
    await link(member, "github", null);
    await (
      await requestPasswordReset(member.email, freshIp())
    )();
    const token = tokenFrom((await lastEmailTo(member.email))?.text);
    const input = { token, password: "harbour-lantern-47", confirmPassword: "harbour-lantern-47" };
    await resetPassword(input, freshIp());
    await link(member, "google", null);
    await expect(resetPassword(input, freshIp())).rejects.toThrow(/expired or was already used/);
    expect((await linksOf(member.id)).map((l) => l.provider)).toEqual(["google"]);
  });
});
