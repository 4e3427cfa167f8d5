// Accepting the terms, privacy notice and guidelines: sign-up records the version and the time (on
// the users row and in the append-only history), a member on an older version (or none: an OAuth
// account) is sent to accept before any member page, and accepting takes them back.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import { eq } from "drizzle-orm";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { db } from "@/db/client";
import { policyAcceptances, users } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { acceptPolicies } from "@/lib/policies/mutations";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { insertUser, reloadUser } from "./helpers";

const state = vi.hoisted(() => ({ ip: 0 }));
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ "x-landed-peer": `203.0.113.${++state.ip}` })),
}));

const { signUpAction } = await import("@/app/(public)/(auth)/actions");
const { acceptPoliciesAction } = await import("@/app/(public)/(auth)/accept-policies/actions");
const { requirePageUser } = await import("@/lib/auth/session");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function history(userId: string) {
  return db
    .select({ version: policyAcceptances.version, acceptedAt: policyAcceptances.acceptedAt })
    .from(policyAcceptances)
    .where(eq(policyAcceptances.userId, userId))
    .orderBy(policyAcceptances.id);
}

/** Where a server call redirected to, or null when it did not. */
async function redirectOf(call: () => Promise<unknown>): Promise<string | null> {
  try {
    await call();
    return null;
  } catch (err) {
    if (!isRedirectError(err)) throw err;
    return err.digest.split(";")[2] ?? null;
  }
}

const signUpFields = (email: string) => ({
  displayName: "Lucía Romero",
  email,
  password: "harbour-lantern-47",
});

describe("sign-up", () => {
  it("records the version accepted and the time, on the account and in the history", async () => {
    const email = `policies-${Date.now()}@example.test`;
    const before = new Date();
    const result = await signUpAction(
      { status: "idle" },
      form({ ...signUpFields(email), acceptPolicies: CURRENT_POLICY_VERSION }),
    );
    expect(result).toMatchObject({ status: "success" });
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user?.policyVersion).toBe(CURRENT_POLICY_VERSION);
    expect(user!.policyAcceptedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(await history(user!.id)).toEqual([
      { version: CURRENT_POLICY_VERSION, acceptedAt: user!.policyAcceptedAt },
    ]);
  });

  it("without the box: refused beside the box, the rest kept, no account", async () => {
    const email = `no-box-${Date.now()}@example.test`;
    const result = await signUpAction({ status: "idle" }, form(signUpFields(email)));
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: {
        acceptPolicies: [
          "Tick the box to accept the terms, privacy notice and community guidelines.",
        ],
      },
      values: { displayName: "Lucía Romero", email },
    });
    expect(JSON.stringify(result)).not.toContain("harbour-lantern-47");
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("with a version that is no longer current: refused, no account", async () => {
    const email = `stale-${Date.now()}@example.test`;
    const result = await signUpAction(
      { status: "idle" },
      form({ ...signUpFields(email), acceptPolicies: "2020-01-01" }),
    );
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { acceptPolicies: [expect.any(String)] },
    });
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });
});

describe("a new version asks again", () => {
  it("a member who accepted an older version is sent to accept before any member page, then back", async () => {
    const member = await insertUser({
      policyVersion: "2025-06-01",
      policyAcceptedAt: new Date("2025-06-01"),
    });
    await db.insert(policyAcceptances).values({
      userId: member.id,
      version: "2025-06-01",
      acceptedAt: new Date("2025-06-01"),
    });
    signInAs(member);

    expect(await redirectOf(() => requirePageUser("/mentorships?tab=mine"))).toBe(
      "/accept-policies?next=%2Fmentorships%3Ftab%3Dmine",
    );
    // Their data stays reachable without accepting.
    expect(await redirectOf(() => requirePageUser("/settings/data"))).toBeNull();

    expect(
      await redirectOf(() =>
        acceptPoliciesAction(
          { status: "idle" },
          form({ acceptPolicies: CURRENT_POLICY_VERSION, next: "/mentorships?tab=mine" }),
        ),
      ),
    ).toBe("/mentorships?tab=mine");
    const after = await reloadUser(member.id);
    expect(after.policyVersion).toBe(CURRENT_POLICY_VERSION);
    // The record shows every version accepted, each with its time.
    expect(await history(member.id)).toEqual([
      { version: "2025-06-01", acceptedAt: new Date("2025-06-01") },
      { version: CURRENT_POLICY_VERSION, acceptedAt: after.policyAcceptedAt },
    ]);
    expect(await redirectOf(() => requirePageUser("/mentorships"))).toBeNull();
  });

  it("an account made through OAuth (no sign-up form) is asked on its first visit", async () => {
    const member = await insertUser({ policyVersion: null, policyAcceptedAt: null });
    signInAs(member);
    expect(await redirectOf(() => requirePageUser("/feed"))).toBe("/accept-policies?next=%2Ffeed");
  });

  it("the next page is only ever on this site", async () => {
    const member = await insertUser({ policyVersion: null, policyAcceptedAt: null });
    signInAs(member);
    expect(
      await redirectOf(() =>
        acceptPoliciesAction(
          { status: "idle" },
          form({ acceptPolicies: CURRENT_POLICY_VERSION, next: "//evil.example/x" }),
        ),
      ),
    ).toBe("/feed");
  });

  it("signed out, the action changes nothing", async () => {
    signOutAll();
    const result = await acceptPoliciesAction(
      { status: "idle" },
      form({ acceptPolicies: CURRENT_POLICY_VERSION }),
    );
    expect(result).toMatchObject({ status: "error" });
  });
});

describe("acceptPolicies", () => {
  it("refuses a version that is not the current one, recording nothing", async () => {
    const member = await insertUser({ policyVersion: null, policyAcceptedAt: null });
    await expect(acceptPolicies(member, "2020-01-01")).rejects.toThrow(ValidationError);
    expect(await history(member.id)).toEqual([]);
    expect((await reloadUser(member.id)).policyVersion).toBeNull();
  });

  it("accepting the same version twice keeps one record", async () => {
    const member = await insertUser({ policyVersion: null, policyAcceptedAt: null });
    await acceptPolicies(member, CURRENT_POLICY_VERSION, new Date("2026-12-02T10:00:00Z"));
    await acceptPolicies(member, CURRENT_POLICY_VERSION, new Date("2026-12-02T10:00:01Z"));
    expect(await history(member.id)).toEqual([
      { version: CURRENT_POLICY_VERSION, acceptedAt: new Date("2026-12-02T10:00:00Z") },
    ]);
  });

  it("the history is append-only and a version and its time go together on the account", async () => {
    const member = await insertUser({ policyVersion: null, policyAcceptedAt: null });
    await acceptPolicies(member, CURRENT_POLICY_VERSION);
    await expect(
      db
        .update(policyAcceptances)
        .set({ version: "2020-01-01" })
        .where(eq(policyAcceptances.userId, member.id)),
    ).rejects.toThrow();
    await expect(
      db.update(users).set({ policyAcceptedAt: null }).where(eq(users.id, member.id)),
    ).rejects.toThrow();
    expect((await history(member.id)).map((h) => h.version)).toEqual([CURRENT_POLICY_VERSION]);
  });
});
