// The background sweep: sends the notices that time alone causes (a reminder at day 5, expiry),
// pauses mentors who let requests lapse, builds and expires data exports (lib/export/jobs.ts),
// delivers due email, deletes what is kept no longer, and erases accounts whose deletion is due. Every notice is claimed by a
// conditional UPDATE … WHERE x_at IS NULL in the transaction that writes it, so it is sent once
// even when several servers sweep at the same moment. See docs/decisions/006-background-work.md.
// No "server-only" import: instrumentation.ts loads this outside the react-server layer.
import { and, eq, gt, inArray, isNull, lte, type SQL } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { mentorProfiles, mentorshipRequests, users, type MentorshipRequest } from "@/db/schema";
import { deliverPendingEmails } from "@/lib/email/outbox";
import { runExportWork, type ExportWorkResult } from "@/lib/export/jobs";
import { sweepFeedSnapshots } from "@/lib/feed/sweep";
import { expireOverdueRequests } from "@/lib/mentorship/deadlines";
import { notify } from "@/lib/notifications/notify";
import { eraseDueAccounts } from "@/lib/privacy/erasure";
import { runHousekeeping, type Housekeeping } from "./housekeeping";

const DAY_MS = 86_400_000;
/** The mentor is reminded this long before a request expires (day 5 of 7). */
export const REMINDER_BEFORE_MS = 2 * DAY_MS;
/** A mentor who lets this many requests expire within PAUSE_WINDOW_MS stops accepting. */
export const PAUSE_AFTER_EXPIRIES = 2;
export const PAUSE_WINDOW_MS = 30 * DAY_MS;

export const PAUSED_REASON =
  "Paused because 2 requests expired without an answer in 30 days. Turn “Accepting new mentees” back on in your mentor profile when you are ready.";

export interface SweepResult extends Housekeeping, ExportWorkResult {
  reminders: number;
  expiryNotices: number;
  paused: number;
  expiredRecorded: number;
  emailsSent: number;
  feedSnapshotsDeleted: number;
  accountsErased: number;
}

async function namesOf(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Claims the due requests by stamping them in this transaction; rows another server's sweep holds
 * are skipped (it claims them), so each notice is sent once.
 */
function claimDue(
  tx: Tx,
  due: SQL | undefined,
  stamp: Pick<Partial<MentorshipRequest>, "reminderSentAt" | "expiryNotifiedAt">,
) {
  return tx
    .update(mentorshipRequests)
    .set(stamp)
    .where(
      and(
        due,
        inArray(
          mentorshipRequests.id,
          tx
            .select({ id: mentorshipRequests.id })
            .from(mentorshipRequests)
            .where(due)
            .for("update", { skipLocked: true }),
        ),
      ),
    )
    .returning({
      id: mentorshipRequests.id,
      applicantId: mentorshipRequests.applicantId,
      mentorId: mentorshipRequests.mentorId,
    });
}

/** Day 5: remind the mentor of each pending request that expires within 2 days, once. */
async function sendReminders(now: Date): Promise<number> {
  const soon = new Date(now.getTime() + REMINDER_BEFORE_MS);
  const due = and(
    isNull(mentorshipRequests.reminderSentAt),
    eq(mentorshipRequests.state, "pending"),
    gt(mentorshipRequests.deadlineAt, now),
    lte(mentorshipRequests.deadlineAt, soon),
  );
  return db.transaction(async (tx) => {
    const claimed = await claimDue(tx, due, { reminderSentAt: now });
    const names = await namesOf(
      tx,
      claimed.map((r) => r.applicantId),
    );
    for (const request of claimed) {
      const name = names.get(request.applicantId) ?? "An applicant";
      await notify(tx, {
        recipientId: request.mentorId,
        type: "request_expiring",
        actorId: request.applicantId,
        requestId: request.id,
        data: { name },
        email: {
          subject: `The request from ${name} expires in 2 days`,
          text: `${name} is still waiting for your answer. Please accept, decline or ask a question within 2 days; after that the request expires and ${name} is pointed to other mentors.`,
          path: `/mentorships/${request.id}`,
        },
      });
    }
    return claimed.length;
  });
}

/**
 * Tells both sides of each request that expired (past its deadline while still open), once, and
 * pauses a mentor whose new expiry makes 2 in the last 30 days.
 */
async function sendExpiryNotices(now: Date): Promise<{ notices: number; paused: number }> {
  const due = and(
    isNull(mentorshipRequests.expiryNotifiedAt),
    lte(mentorshipRequests.deadlineAt, now),
    inArray(mentorshipRequests.state, ["pending", "info_requested", "expired"]),
  );
  return db.transaction(async (tx) => {
    const claimed = await claimDue(tx, due, { expiryNotifiedAt: now });
    const names = await namesOf(
      tx,
      claimed.flatMap((r) => [r.applicantId, r.mentorId]),
    );
    for (const request of claimed) {
      const mentorName = names.get(request.mentorId) ?? "your mentor";
      const applicantName = names.get(request.applicantId) ?? "An applicant";
      await notify(tx, {
        recipientId: request.applicantId,
        type: "request_expired",
        actorId: request.mentorId,
        requestId: request.id,
        data: { name: mentorName, role: "applicant" },
        email: {
          subject: `Your request to ${mentorName} expired`,
          text: `${mentorName} did not answer your mentorship request within 7 days, so it has expired. Your other matches are waiting for you.`,
          path: "/mentors",
        },
      });
      await notify(tx, {
        recipientId: request.mentorId,
        type: "request_expired",
        actorId: request.applicantId,
        requestId: request.id,
        data: { name: applicantName, role: "mentor" },
        email: {
          subject: `The request from ${applicantName} expired`,
          text: `You did not answer ${applicantName}'s mentorship request within 7 days, so it has expired.`,
          path: `/mentorships/${request.id}`,
        },
      });
    }

    let paused = 0;
    const since = new Date(now.getTime() - PAUSE_WINDOW_MS);
    for (const mentorId of new Set(claimed.map((r) => r.mentorId))) {
      const lapsed = await tx
        .select({ id: mentorshipRequests.id })
        .from(mentorshipRequests)
        .where(
          and(
            eq(mentorshipRequests.mentorId, mentorId),
            inArray(mentorshipRequests.state, ["pending", "info_requested", "expired"]),
            lte(mentorshipRequests.deadlineAt, now),
            gt(mentorshipRequests.deadlineAt, since),
          ),
        )
        .limit(PAUSE_AFTER_EXPIRIES);
      if (lapsed.length < PAUSE_AFTER_EXPIRIES) continue;
      const [pausedRow] = await tx
        .update(mentorProfiles)
        .set({ accepting: false, pausedReason: PAUSED_REASON })
        .where(and(eq(mentorProfiles.userId, mentorId), eq(mentorProfiles.accepting, true)))
        .returning({ userId: mentorProfiles.userId });
      if (!pausedRow) continue;
      paused++;
      await notify(tx, {
        recipientId: mentorId,
        type: "mentor_paused",
        data: {},
        email: {
          subject: "Your mentor profile is paused",
          text: "Two requests to you expired without an answer in the last 30 days, so we stopped sending you new requests. When you are ready, turn “Accepting new mentees” back on in your mentor profile.",
          path: "/profile/mentor",
        },
      });
    }
    return { notices: claimed.length, paused };
  });
}

/** One pass of the background work; safe to run twice, or on several servers at once. */
export async function runSweep(now = new Date()): Promise<SweepResult> {
  const reminders = await sendReminders(now);
  const { notices, paused } = await sendExpiryNotices(now);
  const expiredRecorded = await expireOverdueRequests(now);
  // Before delivery, so a finished export's email goes out in the same pass.
  const exportWork = await runExportWork(now);
  const emailsSent = await deliverPendingEmails();
  const feedSnapshotsDeleted = await sweepFeedSnapshots(now);
  const housekeeping = await runHousekeeping(now);
  const accountsErased = await eraseDueAccounts(now);
  return {
    ...housekeeping,
    ...exportWork,
    reminders,
    expiryNotices: notices,
    paused,
    expiredRecorded,
    emailsSent,
    feedSnapshotsDeleted,
    accountsErased,
  };
}
