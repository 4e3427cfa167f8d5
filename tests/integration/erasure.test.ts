// docs/security.md #31: a member deletes their account; after the grace period erasure leaves their
// name, email and handle in no column of any table. The scan reads the schema itself, and the
// fixture must put a row in every table first, so a future table cannot be forgotten.
import {} from "@/tests/support/next-mocks";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  accountLinkIntents,
  appealLinks,
  appSettings,
  auditLog,
  communityPostRevisions,
  communityPosts,
  communityThreads,
  contentItems,
  dataExports,
  emailOutbox,
  evidenceFiles,
  feedSnapshots,
  matchRankings,
  mentorProfiles,
  mentorshipRequests,
  notifications,
  queueItems,
  reports,
  revokedSessions,
  users,
  verificationTokens,
} from "@/db/schema";
import { verifyCredentials } from "@/lib/auth/accounts";
import { requestExport } from "@/lib/export/mutations";
import { recordPolicyAcceptance } from "@/lib/policies/mutations";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { buildDueExports } from "@/lib/export/jobs";
import { cancelAccountDeletion, requestAccountDeletion } from "@/lib/privacy/deletion";
import { eraseAccount, eraseDueAccounts, REMOVED_POST } from "@/lib/privacy/erasure";
import { FORMER_MEMBER, FORMER_MENTION } from "@/lib/privacy/identity";
import { LocalDiskStorage, evidenceStorage, setEvidenceStorage } from "@/lib/verification/storage";
import {
  buildContentItem,
  buildMentorshipRequest,
  buildThread,
  DEMO_PASSWORD,
} from "@/tests/factories";
import { memberWithEverything } from "./export-fixtures";
import { freshIp, insertUser, reloadUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

const DAY = 86_400_000;
const key = () => randomBytes(12).toString("base64url");
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "landed-erasure-"));
  setEvidenceStorage(new LocalDiskStorage(dir));
});

afterEach(() => {
  setEvidenceStorage(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;

/** The member as their session has them: signed in a moment ago. */
const signedIn = <U extends object>(user: U) => ({ ...user, signedInAt: new Date() });

async function rows(query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
}

/** Every table and column of the app's schema (not drizzle's own bookkeeping). */
async function schemaColumns() {
  return (await rows(
    sql`select table_name, column_name, data_type from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
  )) as Array<{ table_name: string; column_name: string; data_type: string }>;
}

async function emptyTables(): Promise<string[]> {
  const tables = [...new Set((await schemaColumns()).map((c) => c.table_name))];
  const empty = [];
  for (const table of tables) {
    const [row] = await rows(sql`select exists (select 1 from ${sql.identifier(table)}) as any`);
    if (!row?.any) empty.push(table);
  }
  return empty;
}

/** "table.column" of every place the text still appears, in any case. */
async function whereFound(needle: string, skip: (table: string) => boolean = () => false) {
  const found: string[] = [];
  for (const c of await schemaColumns()) {
    if (skip(c.table_name)) continue;
    const [row] = await rows(
      sql`select count(*)::int as n from ${sql.identifier(c.table_name)} where ${sql.identifier(c.column_name)}::text ilike ${`%${needle}%`}`,
    );
    if (Number(row?.n) > 0) found.push(`${c.table_name}.${c.column_name}`);
  }
  return found;
}

/** The member of the export fixture, named distinctively, with their name in what others see. */
async function leavingMember() {
  const everything = await memberWithEverything();
  const handle = `quillon-${key()
    .slice(0, 6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "q")}`;
  const who = {
    displayName: "Quillon Vantablack",
    handle,
    email: `${handle}@erasure.example.test`,
  };
  await db.update(users).set(who).where(eq(users.id, everything.member.id));
  const member = { ...(await reloadUser(everything.member.id)) };
  const { other, mentor } = everything;

  // Their own words, kept as "a former member": a thread, a reply, an earlier version, a guide.
  const [thread] = await db
    .insert(communityThreads)
    .values(buildThread({ authorId: member.id, title: "Quillon Vantablack asks about judging" }))
    .returning();
  const [opening] = await db
    .insert(communityPosts)
    .values({
      threadId: thread!.id,
      authorId: member.id,
      isOpening: true,
      body: `I am Quillon Vantablack (@${handle}); write to ${who.email}.`,
      bodyHash: key(),
      version: 2,
    })
    .returning();
  await db.insert(communityPostRevisions).values({
    postId: opening!.id,
    version: 1,
    title: "Quillon Vantablack asks",
    body: "First draft by Quillon Vantablack",
    editorId: member.id,
  });
  // Someone else answers, mentioning them; their answer stays (and keeps the thread).
  const [answer] = await db
    .insert(communityPosts)
    .values({
      threadId: thread!.id,
      authorId: other.id,
      body: `Good question @${handle}, I judged a contest too.`,
      bodyHash: key(),
      idempotencyKey: key(),
    })
    .returning();
  await db
    .update(communityThreads)
    .set({ replyCount: 1 })
    .where(eq(communityThreads.id, thread!.id));
  const [guide] = await db
    .insert(contentItems)
    .values(
      buildContentItem({
        authorId: member.id,
        title: "How Quillon Vantablack got approved",
        summary: `A guide by @${handle}`,
        body: "Written by Quillon Vantablack.",
        status: "published",
        publishedAt: new Date(),
      }),
    )
    .returning();

  // What others hold that names them: a notification, an email, a report, a queue outcome.
  await db.insert(notifications).values({
    recipientId: mentor.id,
    type: "message_new",
    actorId: member.id,
    data: { name: "Quillon Vantablack" },
  });
  await db.insert(emailOutbox).values({
    to: mentor.email,
    subject: "Quillon Vantablack sent you a message",
    text: "Quillon Vantablack sent you a message on Landed.",
    kind: "message_new",
    status: "sent",
  });
  await db.insert(reports).values({
    reporterId: other.id,
    targetType: "profile",
    targetId: member.id,
    targetUserId: member.id,
    reason: "legal_advice_scam",
    details: `@${handle} offered paid awards`,
  });
  await db.insert(queueItems).values({
    kind: "reports",
    targetType: "post",
    targetId: answer!.id,
    targetUserId: other.id,
    closedAt: new Date(),
    outcome: "Dismissed: Quillon Vantablack's report was mistaken",
  });
  // Audit rows by and about them, their words in the free text.
  await db.insert(auditLog).values([
    {
      actorId: member.id,
      action: "appeal.open",
      targetType: "decision",
      targetId: key(),
      reason: "I, Quillon Vantablack, did nothing wrong.",
    },
    {
      actorId: mentor.id,
      action: "user.warn",
      targetType: "user",
      targetId: member.id,
      reason: "Warned Quillon Vantablack",
      before: { handle },
      after: { email: who.email },
    },
  ]);

  // Security state, so that every table holds a row.
  expect((await verifyCredentials(who.email, DEMO_PASSWORD, freshIp())).ok).toBe(true);
  await db.insert(verificationTokens).values({
    userId: member.id,
    purpose: "verify_email",
    tokenHash: key(),
    expiresAt: new Date(Date.now() + DAY),
  });
  await db.insert(revokedSessions).values({
    sessionId: key(),
    userId: member.id,
    expiresAt: new Date(Date.now() + DAY),
  });
  const [decision] = await db
    .select({ id: sql<string>`id` })
    .from(sql`moderation_decisions`)
    .where(sql`subject_user_id = ${member.id}`);
  await db.insert(appealLinks).values({
    userId: member.id,
    decisionId: decision!.id,
    tokenHash: key(),
    expiresAt: new Date(Date.now() + DAY),
  });
  await db.insert(accountLinkIntents).values({
    tokenHash: key(),
    userId: member.id,
    provider: "github",
    expiresAt: new Date(Date.now() + DAY),
  });
  await db.insert(feedSnapshots).values({ userId: member.id, items: [] });
  // Their own stored mentor ranking, and another member's that lists them (they mentor too).
  const ranking = { userId: member.id, score: 10, reasons: [] };
  await db.insert(matchRankings).values([
    { userId: member.id, items: [], seen: "1:1:" },
    { userId: mentor.id, items: [ranking], seen: "1:1:" },
  ]);
  await db.transaction((tx) =>
    recordPolicyAcceptance(tx, member.id, CURRENT_POLICY_VERSION, new Date()),
  );
  await db
    .insert(appSettings)
    .values({ key: "premoderation", value: { enabled: false } })
    .onConflictDoNothing();
  // A finished export: a row, and a ZIP in storage.
  const { exportId } = await requestExport(member);
  await buildDueExports(1);
  const [zip] = await db.select().from(dataExports).where(eq(dataExports.id, exportId));
  expect(zip?.state).toBe("ready");
  return {
    ...everything,
    member,
    who,
    thread: thread!,
    opening: opening!,
    answer: answer!,
    guide: guide!,
  };
}

describe("erasure (docs/security.md #31)", () => {
  it("leaves the member's name, email and handle in no column of any table", async () => {
    const { member, who, thread, opening, answer, mentor } = await leavingMember();
    // Every table holds a row before: a table the fixture does not fill fails here first.
    expect(await emptyTables()).toEqual([]);
    const [evidence] = await db
      .select()
      .from(evidenceFiles)
      .where(eq(evidenceFiles.ownerId, member.id));
    const [zip] = await db.select().from(dataExports).where(eq(dataExports.userId, member.id));
    expect(await evidenceStorage().get(evidence!.storageKey)).not.toBeNull();

    const now = new Date();
    const { dueAt } = await requestAccountDeletion(
      signedIn(member),
      { password: DEMO_PASSWORD, removePosts: false },
      now,
    );
    expect(dueAt.getTime() - now.getTime()).toBe(14 * DAY);
    expect(await eraseAccount(member.id, new Date(dueAt.getTime() - 1000))).toBe(false);
    expect(await eraseAccount(member.id, new Date(dueAt.getTime() + 1000))).toBe(true);

    expect(
      await db
        .select()
        .from(matchRankings)
        .where(sql`${matchRankings.items}::text like ${`%${member.id}%`}`),
    ).toEqual([]);
    for (const needle of [who.email, who.displayName, who.handle]) {
      expect(await whereFound(needle), needle).toEqual([]);
    }
    // Their id stays only in the audit log, where it is a pseudonym that names no one now.
    expect(await whereFound(member.id, (t) => t === "audit_log")).toEqual([]);
    const [erased] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.erased"), eq(auditLog.targetId, member.id)));
    expect(erased).toBeDefined();
    expect(await db.select().from(users).where(eq(users.id, member.id))).toEqual([]);

    // Their posts stay, signed by no one, in their words without their name.
    const [kept] = await db.select().from(communityPosts).where(eq(communityPosts.id, opening.id));
    expect(kept).toMatchObject({ authorId: null, deletedAt: null });
    expect(kept!.body).toBe(
      `I am ${FORMER_MEMBER} (${FORMER_MENTION}); write to ${FORMER_MEMBER}.`,
    );
    const [keptThread] = await db
      .select()
      .from(communityThreads)
      .where(eq(communityThreads.id, thread.id));
    expect(keptThread).toMatchObject({
      authorId: null,
      title: `${FORMER_MEMBER} asks about judging`,
      slug: "a-former-member-asks-about-judging",
    });
    const [theirAnswer] = await db
      .select()
      .from(communityPosts)
      .where(eq(communityPosts.id, answer.id));
    expect(theirAnswer!.body).toBe(`Good question ${FORMER_MENTION}, I judged a contest too.`);
    // Files are gone from storage too; the counterpart is told, without a name.
    expect(await evidenceStorage().get(evidence!.storageKey)).toBeNull();
    expect(zip?.storageKey).toBeTruthy();
    const left = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.recipientId, mentor.id), eq(notifications.type, "counterpart_left")),
      );
    expect(left).toHaveLength(1);
  });

  it("removes their posts too when they chose it; answers by others stay under an emptied question", async () => {
    const { member, thread, opening, answer, guide } = await leavingMember();
    const { dueAt } = await requestAccountDeletion(signedIn(member), {
      password: DEMO_PASSWORD,
      removePosts: true,
    });
    expect(await eraseAccount(member.id, new Date(dueAt.getTime() + 1000))).toBe(true);
    const [question] = await db
      .select()
      .from(communityPosts)
      .where(eq(communityPosts.id, opening.id));
    expect(question).toMatchObject({ authorId: null, body: REMOVED_POST });
    expect(question!.deletedAt).not.toBeNull();
    expect(
      await db
        .select()
        .from(communityPostRevisions)
        .where(eq(communityPostRevisions.postId, opening.id)),
    ).toEqual([]);
    const [kept] = await db
      .select()
      .from(communityThreads)
      .where(eq(communityThreads.id, thread.id));
    expect(kept!.title).toBe("A question from a former member");
    expect(
      (await db.select().from(communityPosts).where(eq(communityPosts.id, answer.id)))[0]!
        .deletedAt,
    ).toBeNull();
    // Their guides are gone.
    expect(await db.select().from(contentItems).where(eq(contentItems.id, guide.id))).toEqual([]);
  });
});

describe("asking to delete an account", () => {
  it("asks for the password, disables the account at once and closes what waits on it", async () => {
    const member = await insertUser();
    const mentor = await insertMentor();
    const [request] = await db
      .insert(mentorshipRequests)
      .values(buildMentorshipRequest({ applicantId: member.id, mentorId: mentor.id }))
      .returning();
    await db
      .update(mentorProfiles)
      .set({ pendingRequests: 1 })
      .where(eq(mentorProfiles.userId, mentor.id));

    await expect(
      requestAccountDeletion(signedIn(member), {
        password: "not-my-password-1",
        removePosts: false,
      }),
    ).rejects.toThrow(/Check your password/);
    expect((await reloadUser(member.id)).status).toBe("active");

    await requestAccountDeletion(signedIn(member), { password: DEMO_PASSWORD, removePosts: false });
    const after = await reloadUser(member.id);
    expect(after.status).toBe("deleting");
    expect(after.sessionVersion).toBe(member.sessionVersion + 1);
    const [closed] = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.id, request!.id));
    expect(closed!.state).toBe("withdrawn");
    const [seat] = await db
      .select({ pending: mentorProfiles.pendingRequests })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, mentor.id));
    expect(seat!.pending).toBe(0);
    // Signing in now offers to keep it; the right password keeps it.
    expect(await verifyCredentials(member.email, DEMO_PASSWORD, freshIp())).toMatchObject({
      ok: false,
      reason: "deleting",
    });
    expect(await cancelAccountDeletion(member.email, "wrong-password-22", freshIp())).toBe(
      "invalid",
    );
    // Once its day has come it can no longer be kept (erasure deletes the files first).
    const late = new Date(Date.now() + 15 * DAY);
    expect(await cancelAccountDeletion(member.email, DEMO_PASSWORD, freshIp(), late)).toBe(
      "too-late",
    );
    expect(await cancelAccountDeletion(member.email, DEMO_PASSWORD, freshIp())).toBe("kept");
    expect(await reloadUser(member.id)).toMatchObject({ status: "active", deletionDueAt: null });
    expect((await verifyCredentials(member.email, DEMO_PASSWORD, freshIp())).ok).toBe(true);
  });

  it("asks an account with no password for a recent sign-in instead", async () => {
    const member = await insertUser();
    await db.update(users).set({ passwordHash: null }).where(eq(users.id, member.id));
    const stale = { ...member, signedInAt: new Date(Date.now() - 11 * 60_000) };
    await expect(
      requestAccountDeletion(stale, { password: "", removePosts: false }),
    ).rejects.toThrow(/sign in again first/);
    await requestAccountDeletion(signedIn(member), { password: "", removePosts: false });
    expect((await reloadUser(member.id)).status).toBe("deleting");
  });

  it("tells a mentorship counterpart when the shared space closes", async () => {
    const member = await insertUser();
    const mentor = await insertMentor();
    await db.insert(mentorshipRequests).values(
      buildMentorshipRequest({
        applicantId: member.id,
        mentorId: mentor.id,
        state: "accepted",
        acceptedAt: new Date(),
      }),
    );
    const { dueAt } = await requestAccountDeletion(signedIn(member), {
      password: DEMO_PASSWORD,
      removePosts: false,
    });
    const [told] = await db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientId, mentor.id),
          eq(notifications.type, "counterpart_leaving"),
        ),
      );
    expect(told!.data).toMatchObject({ name: member.displayName });
    expect(String(told!.data.due)).toBe(dueAt.toUTCString().slice(0, 16));
    const [mail] = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, mentor.email), eq(emailOutbox.kind, "counterpart_leaving")));
    expect(mail!.text).toContain("Settings → Your data");
  });

  it("is erased once when two sweeps run at the same moment, and not before it is due", async () => {
    const member = await insertUser();
    const { dueAt } = await requestAccountDeletion(signedIn(member), {
      password: DEMO_PASSWORD,
      removePosts: false,
    });
    expect(await eraseDueAccounts(new Date(dueAt.getTime() - DAY))).toBe(0);
    const later = new Date(dueAt.getTime() + 1000);
    const [due] = await rows(
      sql`select count(*)::int as n from users where status = 'deleting' and deletion_due_at <= ${later.toISOString()}::timestamptz`,
    );
    const counts = await Promise.all([eraseDueAccounts(later), eraseDueAccounts(later)]);
    // Each due account once, whichever pass took it (other tests here leave due accounts too).
    expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(due!.n));
    const erased = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.erased"), eq(auditLog.targetId, member.id)));
    expect(erased).toHaveLength(1);
  });
});
