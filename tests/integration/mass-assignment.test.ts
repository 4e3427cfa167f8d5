// docs/security.md #8 (field level): every server action in app/**/actions.ts is found here by
// itself, and each is called as an admin (so role checks pass and the schema is what decides)
// with a form that adds `role`, `userId`, `verified` or `status`. Each must answer "this form
// sent fields it should not have" and write nothing. A new action with a lax schema fails this
// test without anyone having to list it.
import { signInAs } from "@/tests/support/next-mocks";
import { count } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { insertUser } from "./helpers";

vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ "x-landed-peer": "198.51.100.77" })),
  cookies: vi.fn(async () => ({ get: () => undefined, set: () => {}, delete: () => {} })),
}));

type FormAction = (prev: { status: "idle" }, formData: FormData) => Promise<unknown>;

const modules = import.meta.glob<Record<string, unknown>>([
  "/app/**/actions.ts",
  "/app/**/*-actions.ts",
]);

/** Actions that take no form, or read only the fields they name (nothing else can get in). */
const notFormActions: Record<string, string> = {
  signOutAction: "takes no arguments",
  oauthSignInAction: "reads only `provider` and `next` with formData.get, then a strict schema",
};

/** Fields a form legitimately has, named after the action: not extra there. */
const legitimate: Record<string, string[]> = {
  // The member acted on (its id in the form; the action checks the actor's right over them).
  suspendUserAction: ["userId"],
  restoreUserAction: ["userId"],
  banUserAction: ["userId"],
  changeRoleAction: ["userId", "role"],
  // A checklist item's own status (missing, in progress, done), an enum the domain checks.
  updateChecklistItemAction: ["status"],
};

/** Fields without which a schema rejects the form before it looks at anything else. */
const required: Record<string, Record<string, string>> = {
  saveOnboardingStepAction: { step: "1" },
  // A discriminated union picks its variant (a strict object) by `action` first.
  moderateAction: { action: "hide" },
};

const EXTRA = "This form sent fields it should not have. Reload the page and try again.";
const probes = ["role", "userId", "verified", "status", "isAdmin"] as const;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123456789abcdef", "");
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function loadActions(): Promise<Array<[string, string, FormAction]>> {
  const found: Array<[string, string, FormAction]> = [];
  for (const [file, load] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(await load())) {
      if (typeof value !== "function" || name in notFormActions) continue;
      found.push([file, name, value as FormAction]);
    }
  }
  return found.sort((a, b) => a[1].localeCompare(b[1]));
}

async function tableCounts() {
  const [u] = await db.select({ n: count() }).from(users);
  const [a] = await db.select({ n: count() }).from(auditLog);
  return { users: u!.n, audit: a!.n };
}

describe("strict schemas for every server action", () => {
  it("finds the actions (at least the ones known today)", async () => {
    const names = (await loadActions()).map(([, name]) => name);
    expect(names.length).toBeGreaterThanOrEqual(50);
    for (const known of [
      "signInAction",
      "signUpAction",
      "replyAction",
      "editPostAction",
      "suspendUserAction",
      "changeRoleAction",
      "saveOnboardingStepAction",
      "saveMentorProfileAction",
      "updateContentAction",
      "postMessageAction",
      "decideVerificationAction",
    ])
      expect(names).toContain(known);
  });

  it("every action refuses role, userId, verified, status and unknown fields, writing nothing", async () => {
    const admin = await insertUser({ role: "admin" });
    signInAs(admin);
    const before = await tableCounts();
    const lax: string[] = [];
    for (const [file, name, action] of await loadActions()) {
      for (const probe of probes) {
        if (legitimate[name]?.includes(probe)) continue;
        const value = probe === "userId" ? admin.id : probe === "verified" ? "true" : "admin";
        let result: unknown;
        try {
          result = await action({ status: "idle" }, form({ ...required[name], [probe]: value }));
        } catch (err) {
          result = err;
        }
        const message = (result as { message?: string } | undefined)?.message;
        if (message !== EXTRA) lax.push(`${name} (${file}) accepted "${probe}": ${message}`);
      }
    }
    expect(lax).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });
});
