// Every staff-only server action, called as a crafted POST from a member (and, for the admin-only
// ones, from a moderator): refused with the same message, written to the audit log as "denied",
// and nothing changed (docs/security.md #6 and #29). One rule: the action takes any signed-in member
// (staffAction) and the domain function it calls checks the role and records the refusal.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, users, type User } from "@/db/schema";
import {
  appealDecisionAction,
  moderateAction,
  premoderationAction,
} from "@/app/(admin)/admin/queue/actions";
import {
  banUserAction,
  changeRoleAction,
  restoreUserAction,
  suspendUserAction,
} from "@/app/(admin)/admin/users/actions";
import { decideVerificationAction } from "@/app/(admin)/admin/verification/actions";
import type { FormAction } from "@/lib/action";
import { insertUser } from "./helpers";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123456789abcdef", "");
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

interface StaffCase {
  name: string;
  action: FormAction;
  role: "moderator" | "admin";
  fields: (target: User) => Record<string, string>;
}

const reason = "Posting the same link in every thread.";
const staffCases: StaffCase[] = [
  {
    name: "suspend a member",
    action: suspendUserAction,
    role: "moderator",
    fields: (t) => ({ userId: t.id, duration: "7d", reason }),
  },
  {
    name: "restore a member",
    action: restoreUserAction,
    role: "moderator",
    fields: (t) => ({ userId: t.id, reason }),
  },
  {
    name: "ban an account",
    action: banUserAction,
    role: "admin",
    fields: (t) => ({ userId: t.id, reason }),
  },
  {
    name: "change a role",
    action: changeRoleAction,
    role: "admin",
    fields: (t) => ({ userId: t.id, role: "admin", reason }),
  },
  {
    name: "decide a queue item",
    action: moderateAction,
    role: "moderator",
    fields: () => ({ itemId: crypto.randomUUID(), action: "dismiss", reason }),
  },
  {
    name: "decide an appeal",
    action: appealDecisionAction,
    role: "moderator",
    fields: () => ({ itemId: crypto.randomUUID(), outcome: "overturn", response: reason }),
  },
  {
    name: "turn pre-moderation on",
    action: premoderationAction,
    role: "admin",
    fields: () => ({ enabled: "on", accountAgeHours: "48" }),
  },
  {
    name: "decide a verification",
    action: decideVerificationAction,
    role: "admin",
    fields: () => ({ caseRecordId: crypto.randomUUID(), decision: "reject", reason }),
  },
];

const refusal = {
  moderator: "Only moderators and admins can do that.",
  admin: "Only an admin can do that.",
};

async function denialsOf(actorId: string) {
  return db
    .select({ metadata: auditLog.metadata })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, "denied")));
}

describe("staff-only actions", () => {
  it.each(staffCases)(
    "$name: a member's crafted call is refused and audited",
    async ({ action, role, fields }) => {
      const member = await insertUser();
      const target = await insertUser({ displayName: "Target Member" });
      signInAs(member);

      const result = await action({ status: "idle" }, form(fields(target)));

      expect(result).toEqual(expect.objectContaining({ status: "error", message: refusal[role] }));
      const denials = await denialsOf(member.id);
      expect(denials).toHaveLength(1);
      expect(denials[0]!.metadata).toMatchObject({ role: "member", required: role });
      const [after] = await db.select().from(users).where(eq(users.id, target.id));
      expect(after).toMatchObject({ status: target.status, role: target.role });
    },
  );

  it.each(staffCases.filter((c) => c.role === "admin"))(
    "$name: a moderator is refused and audited too",
    async ({ action, fields }) => {
      const moderator = await insertUser({ role: "moderator" });
      const target = await insertUser();
      signInAs(moderator);

      const result = await action({ status: "idle" }, form(fields(target)));

      expect(result).toEqual(expect.objectContaining({ status: "error", message: refusal.admin }));
      const denials = await denialsOf(moderator.id);
      expect(denials).toHaveLength(1);
      expect(denials[0]!.metadata).toMatchObject({ role: "moderator", required: "admin" });
    },
  );

  it("without a session nothing is audited: the wrapper asks to sign in", async () => {
    signOutAll();
    const target = await insertUser();
    const result = await suspendUserAction(
      { status: "idle" },
      form({ userId: target.id, duration: "7d", reason }),
    );
    expect(result).toMatchObject({ status: "error", message: expect.stringMatching(/sign in/i) });
  });
});
