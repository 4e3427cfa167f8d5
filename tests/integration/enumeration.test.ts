// docs/security.md #2 and #27: sign-in, sign-up and password reset answer a known and an unknown
// email the same way (same state, same message) after the same work: sign-in and sign-up spend a
// real Argon2 computation on both paths, and a reset request looks at the account only after the
// response. Timing itself is not measured (too noisy on shared CI); instead the tests prove which
// work runs on each path.
import * as argon2 from "@node-rs/argon2";
import {
  requestPasswordResetAction,
  resendVerificationAction,
  signUpAction,
} from "@/app/(public)/(auth)/actions";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox, verificationTokens } from "@/db/schema";
import { signUp, verifyCredentials } from "@/lib/auth/accounts";
import { requestPasswordReset, resetPassword } from "@/lib/auth/email-links";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { freshIp, insertUser } from "./helpers";

vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...real, hash: vi.fn(real.hash), verify: vi.fn(real.verify) };
});
const ip = vi.hoisted(() => ({ n: 0 }));
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ "x-landed-peer": `203.0.113.${(ip.n += 1) % 250}` })),
}));
vi.mock("next/server", () => ({ after: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("@/lib/auth/next-auth", () => ({ signIn: vi.fn(), auth: vi.fn(async () => null) }));
vi.mock("@/lib/auth/session-token", () => ({ sessionClaims: vi.fn(async () => null) }));

const hash = vi.mocked(argon2.hash);
const verify = vi.mocked(argon2.verify);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** The state with the typed address replaced, so a known and an unknown one compare equal. */
function withoutEmail(state: unknown, email: string): unknown {
  return JSON.parse(JSON.stringify(state).replaceAll(email, "<email>"));
}

beforeEach(() => {
  hash.mockClear();
  verify.mockClear();
});

describe("the same answer for a known and an unknown email", () => {
  it("sign-up", async () => {
    const known = await insertUser();
    const unknown = `nobody-${Date.now()}@example.test`;
    const fields = {
      displayName: "Someone",
      password: "harbour-lantern-47",
      acceptPolicies: CURRENT_POLICY_VERSION,
    };
    const a = await signUpAction({ status: "idle" }, form({ ...fields, email: known.email }));
    const b = await signUpAction({ status: "idle" }, form({ ...fields, email: unknown }));
    expect(a).toMatchObject({ status: "success" });
    expect(withoutEmail(a, known.email)).toEqual(withoutEmail(b, unknown));
  });

  it("password reset", async () => {
    const known = await insertUser();
    const unknown = `ghost-${Date.now()}@example.test`;
    const a = await requestPasswordResetAction({ status: "idle" }, form({ email: known.email }));
    const b = await requestPasswordResetAction({ status: "idle" }, form({ email: unknown }));
    expect(a).toMatchObject({ status: "success" });
    expect(withoutEmail(a, known.email)).toEqual(withoutEmail(b, unknown));
  });

  it("resending the confirmation link", async () => {
    const known = await insertUser({ emailVerifiedAt: null });
    const unknown = `ghost2-${Date.now()}@example.test`;
    const a = await resendVerificationAction({ status: "idle" }, form({ email: known.email }));
    const b = await resendVerificationAction({ status: "idle" }, form({ email: unknown }));
    expect(a).toMatchObject({ status: "success" });
    expect(withoutEmail(a, known.email)).toEqual(withoutEmail(b, unknown));
  });

  it("sign-in: a wrong password and an unknown email give the same refusal", async () => {
    const known = await insertUser();
    const wrong = await verifyCredentials(known.email, "not-the-password-1", freshIp());
    const unknown = await verifyCredentials("nobody@example.test", "not-the-password-1", freshIp());
    expect(unknown).toEqual(wrong);
  });
});

describe("a password reset does the same work for a known and an unknown email (#27)", () => {
  it("answers after the rate limits alone: no lookup, no hashing, no email until after the response", async () => {
    const known = await insertUser();
    const unknown = `ghost-${Date.now()}@example.test`;
    const outbox = async () =>
      (await db.select({ to: emailOutbox.to }).from(emailOutbox)).map((r) => r.to);
    const before = await outbox();
    const followUps = [];
    for (const email of [known.email, unknown]) {
      followUps.push(await requestPasswordReset(email, freshIp()));
    }
    expect(hash).not.toHaveBeenCalled();
    expect(verify).not.toHaveBeenCalled();
    expect(await outbox()).toEqual(before);
    expect(
      await db.select().from(verificationTokens).where(eq(verificationTokens.userId, known.id)),
    ).toEqual([]);
    // After the response, only the real account gets a link.
    for (const followUp of followUps) await followUp();
    const sent = (await outbox()).filter((to) => !before.includes(to));
    expect(sent).toEqual([known.email]);
  });

  it("checks the link before hashing the new password", async () => {
    await expect(
      resetPassword(
        {
          token: "A".repeat(43),
          password: "harbour-lantern-47",
          confirmPassword: "harbour-lantern-47",
        },
        freshIp(),
      ),
    ).rejects.toThrow(/expired or was already used/);
    expect(hash).not.toHaveBeenCalled();
  });
});

describe("an unknown email costs a real password check", () => {
  it("sign-in verifies against a dummy Argon2id hash when there is no account", async () => {
    await verifyCredentials(`nobody-${Date.now()}@example.test`, "some-password-12", freshIp());
    expect(verify).toHaveBeenCalledTimes(1);
    expect(String(verify.mock.calls[0]![0])).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("sign-in with a known email and a wrong password verifies once too", async () => {
    const known = await insertUser();
    verify.mockClear();
    await verifyCredentials(known.email, "some-password-12", freshIp());
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it("sign-up hashes for known and unknown emails alike", async () => {
    const known = await insertUser();
    hash.mockClear();
    const input = {
      displayName: "Someone",
      password: "harbour-lantern-47",
      acceptPolicies: CURRENT_POLICY_VERSION,
    };
    await signUp({ ...input, email: known.email }, freshIp());
    expect(hash).toHaveBeenCalledTimes(1);
    await signUp({ ...input, email: `new-${Date.now()}@example.test` }, freshIp());
    expect(hash).toHaveBeenCalledTimes(2);
  });
});
