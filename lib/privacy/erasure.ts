// Erasure: what happens to an account when its grace period ends (docs/decisions/014-account-deletion.md;
// docs/security.md #31). The user row is deleted, and with it, by the schema's foreign keys, every
// row that is theirs alone (profiles, assessments, case records, requests and the spaces they
// opened, notifications, bookmarks, sessions, tokens, evidence and export records; the files in
// storage are deleted first). Posts stay, signed "a
// former member" (their author is set to null), unless the member chose to remove them. Before
// that, in the same transaction: counters others see are put right, the member's name, handle and
// email are taken out of the texts that stay, and @mentions of them in anyone's text no longer
// name a handle someone else may take. The audit log keeps the rows, with the member's id as a
// pseudonym that names no one, and their free text redacted.
// No "server-only" import: the background sweep runs this outside the react-server layer.
import { and, eq, ilike, inArray, isNotNull, like, lte, or, sql, type SQL } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import {
  auditLog,
  bookmarks,
  communityPostRevisions,
  communityPosts,
  communityThreads,
  communityVotes,
  contentItems,
  contentRevisions,
  dataExports,
  emailOutbox,
  evidenceFiles,
  mentorProfiles,
  mentorshipRequests,
  moderationDecisions,
  notifications,
  queueItems,
  rateLimitBuckets,
  reports,
  users,
  type User,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { slugify } from "@/lib/community/text";
import { logger } from "@/lib/logger";
import { activeMentorshipsOf } from "@/lib/mentorship/counterpart";
import { notify } from "@/lib/notifications/notify";
import { evidenceStorage, exportStorage } from "@/lib/verification/storage";
import { FORMER_MEMBER, withoutIdentity, withoutMentions, type Identity } from "./identity";

/** What a removed post reads as, where a question must stay for the answers under it. */
export const REMOVED_POST = "This post was removed by its author when they left Landed.";
const REMOVED_TITLE = "A question from a former member";

/** Accounts whose grace period has ended, erased one by one; each at most once across servers. */
export async function eraseDueAccounts(now = new Date(), limit = 10): Promise<number> {
  let erased = 0;
  for (let i = 0; i < limit; i++) {
    const [due] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.status, "deleting"), lte(users.deletionDueAt, now)))
      .orderBy(users.deletionDueAt)
      .limit(1);
    if (!due) break;
    if (await eraseAccount(due.id, now)) erased++;
    else break; // another server took it: leave the rest to the next pass
  }
  return erased;
}

/**
 * Erases one account whose deletion is due. Returns false when it is not (cancelled, not due, or
 * being erased by another server right now).
 */
export async function eraseAccount(userId: string, now = new Date()): Promise<boolean> {
  const [candidate] = await db
    .select({ id: users.id, status: users.status, dueAt: users.deletionDueAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!candidate || candidate.status !== "deleting" || !candidate.dueAt || candidate.dueAt > now) {
    return false;
  }
  // Files first: if the transaction below fails, the next pass finds the rows and deletes again
  // (deleting a missing key is no error); the other order could leave bytes nobody can reach.
  const files = await db
    .select({ key: evidenceFiles.storageKey })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.ownerId, userId));
  for (const file of files) await evidenceStorage().delete(file.key);
  const zips = await db
    .select({ key: dataExports.storageKey })
    .from(dataExports)
    .where(and(eq(dataExports.userId, userId), isNotNull(dataExports.storageKey)));
  for (const zip of zips) if (zip.key) await exportStorage().delete(zip.key);

  const erased = await db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, userId), eq(users.status, "deleting")))
      .for("update", { skipLocked: true });
    if (!user || !user.deletionDueAt || user.deletionDueAt > now) return false;
    const who: Identity = { email: user.email, displayName: user.displayName, handle: user.handle };
    await closeSpaces(tx, user);
    await settleCounters(tx, user);
    // Deleted here, before anything below updates rows that point at them: a row changed in this
    // transaction has its foreign keys checked again when the user's delete nulls one of its
    // columns, and must not point at a space or decision already gone by then.
    await tx
      .delete(mentorshipRequests)
      .where(
        or(eq(mentorshipRequests.applicantId, user.id), eq(mentorshipRequests.mentorId, user.id)),
      );
    await tx.delete(moderationDecisions).where(eq(moderationDecisions.subjectUserId, user.id));
    if (user.deletionRemovesPosts) await removeWriting(tx, user, now);
    else await deidentifyWriting(tx, user, who);
    await scrubMentions(tx, who);
    await scrubNotifications(tx, user, who);
    await scrubModeration(tx, user, who);
    await scrubOutbox(tx, who);
    await scrubAudit(tx, who);
    await forgetProfileReports(tx, user);
    await tx
      .delete(bookmarks)
      .where(and(eq(bookmarks.targetType, "mentor"), eq(bookmarks.targetId, user.id)));
    // Counters keyed by the member's id (posting, reports, exports…) go with them.
    await tx.delete(rateLimitBuckets).where(like(rateLimitBuckets.key, `%:${user.id}`));
    await tx.delete(users).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorId: null,
      action: "account.erased",
      targetType: "user",
      targetId: user.id,
      metadata: { postsRemoved: user.deletionRemovesPosts },
    });
    return true;
  });
  if (erased) logger.info({ event: "account.erased", userId }, "account erased");
  return erased;
}

/** The other side of each accepted mentorship is told the space is closed (no name: it is gone). */
async function closeSpaces(tx: Tx, user: User): Promise<void> {
  for (const m of await activeMentorshipsOf(tx, user.id)) {
    await notify(tx, { recipientId: m.counterpartId, type: "counterpart_left", data: {} });
    // The mentor's seat comes free; a leaving mentor's own profile goes with them.
    if (m.applicantId === user.id) {
      await tx
        .update(mentorProfiles)
        .set({ activeMentees: sql`greatest(${mentorProfiles.activeMentees} - 1, 0)` })
        .where(eq(mentorProfiles.userId, m.mentorId));
    }
  }
  // Requests to other mentors still open (none normally: the request closed them) stop counting.
  const open = await tx
    .select({ mentorId: mentorshipRequests.mentorId })
    .from(mentorshipRequests)
    .where(
      and(
        eq(mentorshipRequests.applicantId, user.id),
        inArray(mentorshipRequests.state, ["pending", "info_requested"]),
      ),
    );
  for (const r of open) {
    await tx
      .update(mentorProfiles)
      .set({ pendingRequests: sql`greatest(${mentorProfiles.pendingRequests} - 1, 0)` })
      .where(eq(mentorProfiles.userId, r.mentorId));
  }
}

/** Votes and saves the member gave leave with them: the counts others see are recounted. */
async function settleCounters(tx: Tx, user: User): Promise<void> {
  const voted = await tx
    .delete(communityVotes)
    .where(eq(communityVotes.userId, user.id))
    .returning({ postId: communityVotes.postId });
  const postIds = voted.map((v) => v.postId);
  if (postIds.length) {
    const recounted = await tx
      .update(communityPosts)
      .set({
        voteScore: sql`(select count(*)::int from ${communityVotes} where ${communityVotes.postId} = ${communityPosts.id})`,
      })
      .where(inArray(communityPosts.id, postIds))
      .returning({
        threadId: communityPosts.threadId,
        isOpening: communityPosts.isOpening,
        voteScore: communityPosts.voteScore,
      });
    for (const post of recounted.filter((p) => p.isOpening)) {
      await tx
        .update(communityThreads)
        .set({ voteScore: post.voteScore })
        .where(eq(communityThreads.id, post.threadId));
    }
  }
  const saved = await tx
    .delete(bookmarks)
    .where(and(eq(bookmarks.userId, user.id), eq(bookmarks.targetType, "content")))
    .returning({ id: bookmarks.targetId });
  const contentIds = saved.map((s) => s.id);
  if (contentIds.length) {
    await tx
      .update(contentItems)
      .set({
        saveCount: sql`(select count(*)::int from ${bookmarks} where ${bookmarks.targetType} = 'content' and ${bookmarks.targetId} = ${contentItems.id}::text)`,
      })
      .where(inArray(sql`${contentItems.id}::text`, contentIds));
  }
}

/** The member chose to remove what they wrote: replies and empty threads go; a question others answered stays, emptied. */
async function removeWriting(tx: Tx, user: User, now: Date): Promise<void> {
  const posts = await tx
    .select({
      id: communityPosts.id,
      threadId: communityPosts.threadId,
      isOpening: communityPosts.isOpening,
    })
    .from(communityPosts)
    .where(eq(communityPosts.authorId, user.id));
  const touched = new Set<string>();
  for (const post of posts) {
    touched.add(post.threadId);
    await tx.delete(communityPostRevisions).where(eq(communityPostRevisions.postId, post.id));
    await tx
      .update(communityPosts)
      .set({ body: REMOVED_POST, bodyHash: "removed", deletedAt: now, updatedAt: now })
      .where(eq(communityPosts.id, post.id));
  }
  const threads = await tx
    .select({ id: communityThreads.id, replyCount: communityThreads.replyCount })
    .from(communityThreads)
    .where(eq(communityThreads.authorId, user.id));
  for (const thread of threads) {
    const others = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(communityPosts)
      .where(
        and(
          eq(communityPosts.threadId, thread.id),
          eq(communityPosts.isOpening, false),
          sql`${communityPosts.authorId} is distinct from ${user.id}`,
        ),
      );
    if (Number(others[0]?.n ?? 0) === 0) {
      await tx.delete(communityThreads).where(eq(communityThreads.id, thread.id));
      touched.delete(thread.id);
    } else {
      await tx
        .update(communityThreads)
        .set({ title: REMOVED_TITLE, slug: slugify(REMOVED_TITLE), updatedAt: now })
        .where(eq(communityThreads.id, thread.id));
    }
  }
  // Replies removed from threads that stay: the counters follow, as for an author's own delete.
  for (const threadId of touched) {
    await tx
      .update(communityThreads)
      .set({
        replyCount: sql`(select count(*)::int from ${communityPosts} where ${communityPosts.threadId} = ${threadId} and not ${communityPosts.isOpening} and ${communityPosts.deletedAt} is null)`,
        hasMentorAnswer: sql`exists (select 1 from ${communityPosts} where ${communityPosts.threadId} = ${threadId} and not ${communityPosts.isOpening} and ${communityPosts.deletedAt} is null and ${communityPosts.authorVerifiedMentor} and not ${communityPosts.anonymous})`,
        acceptedPostId: sql`(select ${communityPosts.id} from ${communityPosts} where ${communityPosts.id} = ${communityThreads.acceptedPostId} and ${communityPosts.deletedAt} is null)`,
      })
      .where(eq(communityThreads.id, threadId));
  }
  await tx.delete(contentItems).where(eq(contentItems.authorId, user.id));
}

/** Any of the member's three strings, in any case, somewhere in `column`. */
function mentions(column: SQL | Parameters<typeof ilike>[0], who: Identity): SQL {
  return or(
    ...[who.email, who.displayName, who.handle]
      .filter((s) => s.trim().length >= 2)
      .map((s) => ilike(column, `%${escapeLike(s.trim())}%`)),
  )!;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Posts kept as "a former member": the member's own words keep no name, handle or email. */
async function deidentifyWriting(tx: Tx, user: User, who: Identity): Promise<void> {
  const posts = await tx
    .select({ id: communityPosts.id, body: communityPosts.body })
    .from(communityPosts)
    .where(and(eq(communityPosts.authorId, user.id), mentions(communityPosts.body, who)));
  for (const p of posts) {
    await tx
      .update(communityPosts)
      .set({ body: withoutIdentity(p.body, who) })
      .where(eq(communityPosts.id, p.id));
  }
  const revisions = await tx
    .select({
      id: communityPostRevisions.id,
      body: communityPostRevisions.body,
      title: communityPostRevisions.title,
    })
    .from(communityPostRevisions)
    .innerJoin(communityPosts, eq(communityPosts.id, communityPostRevisions.postId))
    .where(
      and(
        eq(communityPosts.authorId, user.id),
        or(
          mentions(communityPostRevisions.body, who),
          mentions(sql`coalesce(${communityPostRevisions.title}, '')`, who),
        ),
      ),
    );
  for (const r of revisions) {
    await tx
      .update(communityPostRevisions)
      .set({
        body: withoutIdentity(r.body, who),
        title: r.title === null ? null : withoutIdentity(r.title, who),
      })
      .where(eq(communityPostRevisions.id, r.id));
  }
  const threads = await tx
    .select({ id: communityThreads.id, title: communityThreads.title })
    .from(communityThreads)
    .where(and(eq(communityThreads.authorId, user.id), mentions(communityThreads.title, who)));
  for (const t of threads) {
    const title = withoutIdentity(t.title, who).slice(0, 150);
    await tx
      .update(communityThreads)
      .set({ title, slug: slugify(title) })
      .where(eq(communityThreads.id, t.id));
  }
  const items = await tx
    .select()
    .from(contentItems)
    .where(
      and(
        eq(contentItems.authorId, user.id),
        or(
          mentions(contentItems.title, who),
          mentions(contentItems.summary, who),
          mentions(contentItems.body, who),
        ),
      ),
    );
  for (const item of items) {
    const title = withoutIdentity(item.title, who).slice(0, 150);
    await tx
      .update(contentItems)
      .set({
        title,
        slug: slugify(title, "item"),
        summary: withoutIdentity(item.summary, who).slice(0, 300),
        body: withoutIdentity(item.body, who),
      })
      .where(eq(contentItems.id, item.id));
  }
  const contentRevs = await tx
    .select()
    .from(contentRevisions)
    .innerJoin(contentItems, eq(contentItems.id, contentRevisions.contentId))
    .where(eq(contentItems.authorId, user.id));
  for (const { content_revisions: r } of contentRevs) {
    await tx
      .update(contentRevisions)
      .set({
        title: withoutIdentity(r.title, who),
        summary: withoutIdentity(r.summary, who),
        body: withoutIdentity(r.body, who),
      })
      .where(
        and(eq(contentRevisions.contentId, r.contentId), eq(contentRevisions.version, r.version)),
      );
  }
}

/** @mentions of the member in anyone's posts, revisions, guides and report details. */
async function scrubMentions(tx: Tx, who: Identity): Promise<void> {
  const handle = `%@${escapeLike(who.handle)}%`;
  for (const p of await tx
    .select({ id: communityPosts.id, body: communityPosts.body })
    .from(communityPosts)
    .where(ilike(communityPosts.body, handle))) {
    await tx
      .update(communityPosts)
      .set({ body: withoutMentions(p.body, who.handle) })
      .where(eq(communityPosts.id, p.id));
  }
  for (const r of await tx
    .select({ id: communityPostRevisions.id, body: communityPostRevisions.body })
    .from(communityPostRevisions)
    .where(ilike(communityPostRevisions.body, handle))) {
    await tx
      .update(communityPostRevisions)
      .set({ body: withoutMentions(r.body, who.handle) })
      .where(eq(communityPostRevisions.id, r.id));
  }
  for (const c of await tx
    .select({ id: contentItems.id, body: contentItems.body })
    .from(contentItems)
    .where(ilike(contentItems.body, handle))) {
    await tx
      .update(contentItems)
      .set({ body: withoutMentions(c.body, who.handle) })
      .where(eq(contentItems.id, c.id));
  }
  for (const r of await tx
    .select({ id: reports.id, details: reports.details })
    .from(reports)
    .where(ilike(sql`coalesce(${reports.details}, '')`, handle))) {
    await tx
      .update(reports)
      .set({ details: r.details === null ? null : withoutMentions(r.details, who.handle) })
      .where(eq(reports.id, r.id));
  }
}

/** A JSON value with every string scrubbed (notification data, audit rows). */
function scrubJson<T>(value: T, who: Identity): T {
  if (value === null || value === undefined) return value;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === "string" ? withoutIdentity(v, who) : v,
    ),
  ) as T;
}

/** Others' notifications about the member: their name becomes "a former member". */
async function scrubNotifications(tx: Tx, user: User, who: Identity): Promise<void> {
  const rows = await tx
    .select({ id: notifications.id, actorId: notifications.actorId, data: notifications.data })
    .from(notifications)
    .where(or(eq(notifications.actorId, user.id), mentions(sql`${notifications.data}::text`, who)));
  for (const n of rows) {
    const data = scrubJson(n.data, who);
    const byThem = n.actorId === user.id;
    if (byThem && typeof data.name === "string") data.name = FORMER_MEMBER;
    await tx
      .update(notifications)
      .set({ data, ...(byThem ? { actorId: null } : {}) })
      .where(eq(notifications.id, n.id));
  }
}

/** Queue items and reports about the member keep their outcome, without the member's name. */
async function scrubModeration(tx: Tx, user: User, who: Identity): Promise<void> {
  const items = await tx
    .select({ id: queueItems.id, outcome: queueItems.outcome })
    .from(queueItems)
    .where(
      and(
        isNotNull(queueItems.outcome),
        or(
          eq(queueItems.targetUserId, user.id),
          mentions(sql`coalesce(${queueItems.outcome}, '')`, who),
        ),
      ),
    );
  for (const item of items) {
    await tx
      .update(queueItems)
      .set({ outcome: withoutIdentity(item.outcome ?? "", who) })
      .where(eq(queueItems.id, item.id));
  }
  // Done here rather than by the user's delete (see eraseAccount): rows this transaction touched.
  await tx
    .update(queueItems)
    .set({ targetUserId: null })
    .where(eq(queueItems.targetUserId, user.id));
  await tx.update(queueItems).set({ closedBy: null }).where(eq(queueItems.closedBy, user.id));
  await tx.update(reports).set({ targetUserId: null }).where(eq(reports.targetUserId, user.id));
}

/** Mail to the member goes; mail to others that names them keeps its words without the name. */
async function scrubOutbox(tx: Tx, who: Identity): Promise<void> {
  await tx.delete(emailOutbox).where(eq(sql`lower(${emailOutbox.to})`, who.email.toLowerCase()));
  const rows = await tx
    .select({ id: emailOutbox.id, subject: emailOutbox.subject, text: emailOutbox.text })
    .from(emailOutbox)
    .where(or(mentions(emailOutbox.subject, who), mentions(emailOutbox.text, who)));
  for (const row of rows) {
    await tx
      .update(emailOutbox)
      .set({ subject: withoutIdentity(row.subject, who), text: withoutIdentity(row.text, who) })
      .where(eq(emailOutbox.id, row.id));
  }
}

/**
 * Audit rows by or about the member keep everything but the member's name, handle and email in
 * their free text (through audit_log_redact, the one change the append-only trigger allows here).
 */
async function scrubAudit(tx: Tx, who: Identity): Promise<void> {
  const rows = await tx
    .select()
    .from(auditLog)
    .where(
      or(
        mentions(sql`coalesce(${auditLog.reason}, '')`, who),
        mentions(sql`coalesce(${auditLog.before}::text, '')`, who),
        mentions(sql`coalesce(${auditLog.after}::text, '')`, who),
        mentions(sql`coalesce(${auditLog.metadata}::text, '')`, who),
      ),
    );
  for (const row of rows) {
    await tx.execute(
      sql`select audit_log_redact(${row.id}, ${row.reason === null ? null : withoutIdentity(row.reason, who)}, ${jsonParam(scrubJson(row.before, who))}, ${jsonParam(scrubJson(row.after, who))}, ${jsonParam(scrubJson(row.metadata, who))})`,
    );
  }
}

/** Reports and queue items about the member's profile go with the profile. */
async function forgetProfileReports(tx: Tx, user: User): Promise<void> {
  await tx
    .delete(reports)
    .where(and(eq(reports.targetType, "profile"), eq(reports.targetId, user.id)));
  await tx
    .delete(queueItems)
    .where(and(eq(queueItems.targetType, "profile"), eq(queueItems.targetId, user.id)));
}

function jsonParam(value: unknown): SQL {
  return value === null || value === undefined
    ? sql`null::jsonb`
    : sql`${JSON.stringify(value)}::jsonb`;
}
