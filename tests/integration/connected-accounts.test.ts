// Settings → Connected accounts (docs/decisions/016): linking asks for the password and attaches the
// provider account to the member who asked (through a single-use intent), never to anyone else;
// unlinking asks again and never removes the last way in.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { db } from "@/db/client";
import { accountLinkIntents, accounts, users, type User } from "@/db/schema";
import { linkAccountAction } from "@/app/(member)/settings/accounts/actions";
import {
  completeAccountLink,
  LINK_INTENT_TTL_MS,
  listConnectedAccounts,
  startAccountLink,
  unlinkAccount,
} from "@/lib/auth/connected-accounts";
import { signIn } from "@/lib/auth/next-auth";
import { signInWithProvider } from "@/lib/auth/oauth";
import { RECENT_SIGN_IN_MS } from "@/lib/auth/reauth";
import { hashToken } from "@/lib/auth/tokens";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from "@/lib/errors";
import { DEMO_PASSWORD } from "@/tests/factories";
import { insertUser } from "./helpers";

const state = vi.hoisted(() => {
  // Two providers switched on for this file (read once, on first use of lib/env.ts).
  process.env.AUTH_OIDC_ISSUER = "https://sso.example.test";
  process.env.AUTH_OIDC_ID = "landed";
  process.env.AUTH_OIDC_SECRET = "oidc-secret";
  process.env.AUTH_OIDC_NAME = "Acme SSO";
  process.env.AUTH_GITHUB_ID = "gh-id";
  process.env.AUTH_GITHUB_SECRET = "gh-secret";
  return {
    cookies: [] as Array<{ name: string; value: string; options: Record<string, unknown> }>,
  };
});

vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ "x-forwarded-proto": "https" })),
  cookies: vi.fn(async () => ({
    set: (name: string, value: string, options: Record<string, unknown>) =>
      void state.cookies.push({ name, value, options }),
  })),
}));

const oidc = (providerAccountId: string) => ({ provider: "oidc", providerAccountId, type: "oidc" });

/** The member as a signed-in session sees them, signed in `ago` ms before now. */
function actor(user: User, ago = 60 * 60 * 1000) {
  return { ...user, signedInAt: new Date(Date.now() - ago) };
}

async function linksOf(userId: string) {
  return db.select().from(accounts).where(eq(accounts.userId, userId));
}

async function intentsOf(userId: string) {
  return db.select().from(accountLinkIntents).where(eq(accountLinkIntents.userId, userId));
}

beforeEach(() => {
  signOutAll();
  state.cookies.length = 0;
  // The provider's sign-in sends the browser to the provider.
  vi.mocked(signIn)
    .mockClear()
    .mockImplementation(async () =>
      redirect("https://sso.example.test/authorize?client_id=landed"),
    );
});

describe("linking a provider from Settings", () => {
  it("asks for the password before anything is recorded", async () => {
    const member = await insertUser();
    await expect(
      startAccountLink(actor(member), { provider: "oidc", password: "not-my-password" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(startAccountLink(actor(member), { provider: "oidc" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      startAccountLink(actor(member), { provider: "google", password: DEMO_PASSWORD }),
    ).rejects.toBeInstanceOf(NotFoundError); // not switched on here
    expect(await intentsOf(member.id)).toEqual([]);
  });

  it("the action checks the password, keeps only a hash, and sends the token in an httpOnly cookie", async () => {
    const member = await insertUser();
    signInAs(member);
    const form = new FormData();
    form.append("provider", "oidc");
    form.append("password", DEMO_PASSWORD);
    const thrown = (await linkAccountAction({ status: "idle" }, form).catch((e: unknown) => e)) as {
      digest?: string;
    };
    expect(thrown.digest).toContain("https://sso.example.test/authorize");
    expect(signIn).toHaveBeenCalledWith("oidc", { redirectTo: "/settings/accounts" });
    const [cookie] = state.cookies;
    expect(cookie).toMatchObject({
      name: "__Secure-landed.link-intent",
      options: { httpOnly: true, secure: true, sameSite: "lax", path: "/api/auth/callback" },
    });
    const [intent] = await intentsOf(member.id);
    expect(intent).toMatchObject({ provider: "oidc", tokenHash: hashToken(cookie!.value) });
    expect(intent!.tokenHash).not.toBe(cookie!.value);
    expect(intent!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(LINK_INTENT_TTL_MS);
  });

  it("attaches the provider account to the member who asked, proven, and the intent is spent", async () => {
    const member = await insertUser();
    const token = await startAccountLink(actor(member), {
      provider: "oidc",
      password: DEMO_PASSWORD,
    });
    expect(await completeAccountLink(oidc("work-login"), token, member.id)).toEqual({ ok: true });
    const [row] = await linksOf(member.id);
    expect(row).toMatchObject({ provider: "oidc", providerAccountId: "work-login" });
    expect(row!.verifiedAt).toBeInstanceOf(Date);
    // Signing in with it now lands in this account, whatever email the provider has.
    expect(
      await signInWithProvider({
        ...oidc("work-login"),
        email: null,
        emailVerified: false,
        name: null,
      }),
    ).toMatchObject({ ok: true, user: { id: member.id } });
    // Single use.
    expect(await completeAccountLink(oidc("other-login"), token, member.id)).toEqual({
      ok: false,
      refusal: "LinkExpired",
    });
    expect(await linksOf(member.id)).toHaveLength(1);
  });

  it("links nothing unless the callback's browser is still signed in as that member", async () => {
    const member = await insertUser();
    const other = await insertUser();
    for (const sessionUser of [null, other.id]) {
      const token = await startAccountLink(actor(member), {
        provider: "oidc",
        password: DEMO_PASSWORD,
      });
      expect(await completeAccountLink(oidc("someone"), token, sessionUser)).toEqual({
        ok: false,
        refusal: "LinkExpired",
      });
      // Spent anyway: it cannot be tried again.
      expect(await intentsOf(member.id)).toEqual([]);
    }
    expect(await linksOf(member.id)).toEqual([]);
    expect(await linksOf(other.id)).toEqual([]);
  });

  it("refuses an expired intent, one for another provider, and a made-up token", async () => {
    const member = await insertUser();
    const later = new Date(Date.now() + LINK_INTENT_TTL_MS + 1000);
    let token = await startAccountLink(actor(member), {
      provider: "oidc",
      password: DEMO_PASSWORD,
    });
    expect(await completeAccountLink(oidc("a"), token, member.id, later)).toMatchObject({
      ok: false,
    });
    token = await startAccountLink(actor(member), { provider: "github", password: DEMO_PASSWORD });
    expect(await completeAccountLink(oidc("a"), token, member.id)).toMatchObject({ ok: false });
    expect(await completeAccountLink(oidc("a"), "x".repeat(43), member.id)).toMatchObject({
      ok: false,
    });
    expect(await linksOf(member.id)).toEqual([]);
  });

  it("a provider account already linked to someone else is refused, and stays theirs", async () => {
    const owner = await insertUser();
    await db
      .insert(accounts)
      .values({ userId: owner.id, ...oidc("shared"), verifiedAt: new Date() });
    const member = await insertUser();
    const token = await startAccountLink(actor(member), {
      provider: "oidc",
      password: DEMO_PASSWORD,
    });
    expect(await completeAccountLink(oidc("shared"), token, member.id)).toEqual({
      ok: false,
      refusal: "LinkTaken",
    });
    expect(await linksOf(member.id)).toEqual([]);
    expect(await linksOf(owner.id)).toHaveLength(1);
  });

  it("refuses a second account of a provider the member already linked", async () => {
    const member = await insertUser();
    await db
      .insert(accounts)
      .values({ userId: member.id, ...oidc("first"), verifiedAt: new Date() });
    await expect(
      startAccountLink(actor(member), { provider: "oidc", password: DEMO_PASSWORD }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("unlinking and the account with no password", () => {
  it("asks for the password, then removes the link", async () => {
    const member = await insertUser();
    await db.insert(accounts).values({ userId: member.id, ...oidc(`u-${member.id}`) });
    await expect(
      unlinkAccount(actor(member), { provider: "oidc", password: "wrong-password" }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await linksOf(member.id)).toHaveLength(1);
    await unlinkAccount(actor(member), { provider: "oidc", password: DEMO_PASSWORD });
    expect(await linksOf(member.id)).toEqual([]);
    await expect(
      unlinkAccount(actor(member), { provider: "oidc", password: DEMO_PASSWORD }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never removes the last way into an account with no password", async () => {
    const member = await insertUser();
    const [noPassword] = await db
      .update(users)
      .set({ passwordHash: null })
      .where(eq(users.id, member.id))
      .returning();
    await db.insert(accounts).values({ userId: member.id, ...oidc(`only-${member.id}`) });
    const recent = actor(noPassword!, 60_000);
    expect(await listConnectedAccounts(recent)).toMatchObject({
      hasPassword: false,
      reauth: "recent",
      onlyWayIn: true,
    });
    await expect(unlinkAccount(recent, { provider: "oidc" })).rejects.toThrow(
      /only way to sign in/,
    );
    expect(await linksOf(member.id)).toHaveLength(1);

    // With a second provider linked, a recent sign-in is enough to unlink one.
    await db.insert(accounts).values({
      userId: member.id,
      provider: "github",
      providerAccountId: `gh-${member.id}`,
      type: "oauth",
    });
    await unlinkAccount(recent, { provider: "oidc" });
    expect((await linksOf(member.id)).map((l) => l.provider)).toEqual(["github"]);
  });

  it("with no password and an old sign-in, asks for a fresh sign-in and says how to set a password", async () => {
    const member = await insertUser();
    const stale = actor({ ...member, passwordHash: null }, RECENT_SIGN_IN_MS + 60_000);
    await expect(startAccountLink(stale, { provider: "oidc" })).rejects.toThrow(
      /sign in again.*Forgot your password/,
    );
    await expect(unlinkAccount(stale, { provider: "oidc" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listConnectedAccounts(stale)).reauth).toBe("stale");
  });

  it("lists the enabled providers with when each was linked", async () => {
    const member = await insertUser();
    const linkedAt = new Date("2026-03-01T12:00:00Z");
    await db
      .insert(accounts)
      .values({ userId: member.id, ...oidc(`l-${member.id}`), createdAt: linkedAt });
    const { providers, onlyWayIn, reauth } = await listConnectedAccounts(actor(member));
    expect(providers).toEqual([
      { id: "github", name: "GitHub", enabled: true, linkedAt: null },
      { id: "oidc", name: "Acme SSO", enabled: true, linkedAt },
    ]);
    expect({ onlyWayIn, reauth }).toEqual({ onlyWayIn: false, reauth: "password" });
  });

  it("limits link and unlink attempts per member", async () => {
    const member = await insertUser();
    const attempt = () =>
      unlinkAccount(actor(member), { provider: "oidc", password: "wrong-password" }).catch(
        (e: unknown) => e,
      );
    for (let i = 0; i < 10; i++) expect(await attempt()).toBeInstanceOf(ValidationError);
    expect(await attempt()).toBeInstanceOf(RateLimitedError);
  });
});
