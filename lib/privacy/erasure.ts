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
import { and, eq, inArray, isNotNull, like, lte, or, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import {
  bookmarks,
  communityPosts,
  communityThreads,
  communityVotes,
  contentItems,
  changeMarks,
  dataExports,
  evidenceFiles,
  matchRankings,
  mentorProfiles,
  mentorshipRequests,
  moderationDecisions,
  rateLimitBuckets,
  users,
  type User,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { activeMentorshipsOf } from "@/lib/mentorship/counterpart";
import { notify } from "@/lib/notifications/notify";
import { evidenceStorage, exportStorage } from "@/lib/verification/storage";
import type { Identity } from "./identity";
import { deidentifyWriting, removeWriting, scrubMentions } from "./erase-writing";
import {
  forgetProfileReports,
  scrubAudit,
  scrubModeration,
  scrubNotifications,
  scrubOutbox,
} from "./erase-records";

export { REMOVED_POST } from "./erase-writing";

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
    // The member's change mark names them; the cascades above just wrote it (lib/feed/sweep.ts).
    await tx.delete(changeMarks).where(eq(changeMarks.scope, `member:${user.id}`));
    // Other members' stored mentor rankings that list them are ranked again on the next view.
    await tx
      .delete(matchRankings)
      .where(sql`${matchRankings.items} @> ${JSON.stringify([{ userId: user.id }])}::jsonb`);
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
