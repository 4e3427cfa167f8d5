// Members report a thread, reply, content item, profile, mentorship request or message. One report
// per member per target (a unique index decides races); reporting is rate-limited; reports on a
// target gather in one open queue item; three distinct reporters hide hideable content until a
// moderator looks at it (an automatic hold, audited with no actor).
import "server-only";
import { and, countDistinct, eq, isNull, sql, type SQL } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { queueItems, reports } from "@/db/schema";
import { lockActiveMember } from "@/lib/auth/accounts";
import { recordAudit } from "@/lib/audit";
import { ConflictError, ValidationError } from "@/lib/errors";
import { reportOutcome } from "./report-outcome";
import {
  enforceDailyCap,
  enforceRateLimits,
  type DailyCap,
  type RateLimitRule,
} from "@/lib/rate-limit";
import { resolveTarget, setTargetVisibility, type ResolvedTarget } from "./targets";
import {
  AUTO_HIDE_REPORTERS,
  type QueueItemKind,
  type ReportReason,
  type ReportTargetType,
} from "./vocabulary";

export const reportRateLimits = {
  reportsPerUser: { name: "report:user", limit: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

/** Reports a day (Discourse allows 20 flags a day), fewer in an account's first day. */
export const reportDailyCap: DailyCap = {
  name: "report:day",
  what: "reports",
  newAccount: 10,
  regular: 30,
};

export interface ReportInput {
  targetType: ReportTargetType;
  targetId: string;
  reason: ReportReason;
  details: string | null;
}

/**
 * The open queue items on a target: of one kind, when `kind` is given (then at most one, by the
 * partial unique index), or of every kind.
 */
export function openItemsOn(
  target: Pick<ResolvedTarget, "type" | "id">,
  kind?: QueueItemKind,
): SQL | undefined {
  return and(
    kind ? eq(queueItems.kind, kind) : undefined,
    eq(queueItems.targetType, target.type),
    eq(queueItems.targetId, target.id),
    isNull(queueItems.closedAt),
  );
}

/** Opens the target's queue item of this kind, or returns the one already open. */
export async function openQueueItem(
  tx: Tx,
  input: {
    kind: QueueItemKind;
    target: Pick<ResolvedTarget, "type" | "id" | "ownerId">;
    holdReason?: string;
    decisionId?: string;
    now: Date;
  },
): Promise<string> {
  // The partial unique index (one open item per kind and target) decides concurrent openings.
  await tx
    .insert(queueItems)
    .values({
      kind: input.kind,
      targetType: input.target.type,
      targetId: input.target.id,
      targetUserId: input.target.ownerId,
      holdReason: input.holdReason ?? null,
      decisionId: input.decisionId ?? null,
      openedAt: input.now,
    })
    .onConflictDoNothing();
  const [item] = await tx
    .select({ id: queueItems.id })
    .from(queueItems)
    .where(openItemsOn(input.target, input.kind))
    // Locked: concurrent reports on one target queue behind each other, so the count of
    // distinct reporters that follows sees every earlier report (three reporters always hide).
    .for("update");
  return item!.id;
}

export async function reportTarget(
  actor: { id: string },
  input: ReportInput,
  now = new Date(),
): Promise<{ reportId: string; autoHidden: boolean }> {
  if (input.reason === "other" && !input.details) {
    throw new ValidationError("Tell us what is wrong.", {
      details: ["Tell us what is wrong, in a sentence or two."],
    });
  }
  await enforceRateLimits([[reportRateLimits.reportsPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const member = await lockActiveMember(tx, actor.id, now, "report");
    const mine = eq(reports.reporterId, member.id);
    await enforceDailyCap(tx, reportDailyCap, member.createdAt, reports.createdAt, mine, now);
    const target = await resolveTarget(tx, input.targetType, input.targetId, member.id);
    if (target.ownerId === member.id) {
      throw new ValidationError("You cannot report your own post or profile.");
    }
    const [report] = await tx
      .insert(reports)
      .values({
        reporterId: member.id,
        targetType: target.type,
        targetId: target.id,
        targetUserId: target.ownerId,
        reason: input.reason,
        details: input.details,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: reports.id });
    if (!report) {
      throw new ConflictError(
        "You have already reported this. A moderator will look at it; we will tell you the outcome.",
      );
    }
    await openQueueItem(tx, { kind: "reports", target, now });

    // Enough distinct members think it is wrong: hide it until a moderator decides.
    let autoHidden = false;
    if (target.hideable && !target.hidden) {
      const [counted] = await tx
        .select({ reporters: countDistinct(reports.reporterId) })
        .from(reports)
        .where(
          and(
            eq(reports.targetType, target.type),
            eq(reports.targetId, target.id),
            eq(reports.status, "open"),
          ),
        );
      const reporters = counted?.reporters ?? 0;
      if (reporters >= AUTO_HIDE_REPORTERS) {
        await setTargetVisibility(tx, target, "hidden", now);
        await tx
          .update(queueItems)
          .set({ holdReason: `hidden after ${reporters} reports` })
          .where(openItemsOn(target, "reports"));
        await recordAudit(tx, {
          actorId: null,
          action: "auto_hide",
          targetType: target.type,
          targetId: target.id,
          reason: `${reporters} members reported it`,
          before: { state: "visible" },
          after: { state: "hidden" },
        });
        autoHidden = true;
      }
    }
    return { reportId: report.id, autoHidden };
  });
}

/** The member's own reports, newest first, with what became of them. */
export async function listOwnReports(actor: { id: string }, limit = 50) {
  return db
    .select({
      id: reports.id,
      targetType: reports.targetType,
      targetId: reports.targetId,
      reason: reports.reason,
      status: reports.status,
      createdAt: reports.createdAt,
      resolvedAt: reports.resolvedAt,
      outcome: reportOutcome,
    })
    .from(reports)
    .where(eq(reports.reporterId, actor.id))
    .orderBy(sql`${reports.createdAt} desc`)
    .limit(limit);
}
