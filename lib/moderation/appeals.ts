// Appeals: the person a decision affects appeals it once; the appeal lands in the review queue;
// a moderator (not the one who decided, unless an admin) upholds it or overturns it, which undoes
// the decision (content restored exactly as it was, a suspension or ban lifted).
import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  appeals,
  moderationDecisions,
  queueItems,
  users,
  type Appeal,
  type ModerationDecision,
  type User,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { closeItem } from "./decisions";
import { readAppealToken } from "./appeal-token";
import { requireQueueModerator } from "./authz";
import { openQueueItem } from "./reports";
import { setTargetVisibility } from "./targets";
import type { DecisionAction, ReportTargetType } from "./vocabulary";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export interface OwnDecision {
  id: string;
  action: DecisionAction;
  targetType: ReportTargetType | null;
  targetId: string | null;
  reason: string;
  until: Date | null;
  createdAt: Date;
  reversedAt: Date | null;
  appeal: { status: string; response: string | null; createdAt: Date } | null;
}

function ownDecision(d: ModerationDecision, a: Appeal | null): OwnDecision {
  return {
    id: d.id,
    action: d.action,
    targetType: d.targetType,
    targetId: d.targetId,
    reason: d.reason,
    until: d.until,
    createdAt: d.createdAt,
    reversedAt: d.reversedAt,
    appeal: a ? { status: a.status, response: a.response, createdAt: a.createdAt } : null,
  };
}

/** Decisions about the member, newest first, with their appeal if any. */
export async function listOwnDecisions(actor: Pick<User, "id">): Promise<OwnDecision[]> {
  const rows = await db
    .select({ d: moderationDecisions, a: appeals })
    .from(moderationDecisions)
    .leftJoin(appeals, eq(appeals.decisionId, moderationDecisions.id))
    .where(eq(moderationDecisions.subjectUserId, actor.id))
    .orderBy(desc(moderationDecisions.createdAt))
    .limit(100);
  return rows.map(({ d, a }) => ownDecision(d, a));
}

/** Appeals a decision about oneself, once; the appeal joins the review queue. */
export async function appealDecision(
  actor: Pick<User, "id">,
  input: { decisionId: string; text: string },
  now = new Date(),
): Promise<{ appealId: string }> {
  if (!isUuid(input.decisionId)) throw new NotFoundError("That decision does not exist.");
  const text = input.text.trim();
  if (text.length < 10 || text.length > 2000) {
    throw new ValidationError("Explain your appeal in 10 to 2,000 characters.", {
      text: ["Explain your appeal in 10 to 2,000 characters."],
    });
  }
  return db.transaction(async (tx) => {
    const [decision] = await tx
      .select()
      .from(moderationDecisions)
      .where(eq(moderationDecisions.id, input.decisionId))
      .for("update");
    // Someone else's decision answers as missing.
    if (!decision || decision.subjectUserId !== actor.id) {
      throw new NotFoundError("That decision does not exist.");
    }
    if (decision.reversedAt) throw new ConflictError("This decision was already reversed.");
    const [appeal] = await tx
      .insert(appeals)
      .values({ decisionId: decision.id, appellantId: actor.id, text, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: appeals.id });
    if (!appeal) throw new ConflictError("You have already appealed this decision.");
    await openQueueItem(tx, {
      kind: "appeal",
      target: {
        type: decision.targetType ?? "profile",
        id: decision.targetId ?? actor.id,
        ownerId: actor.id,
      },
      decisionId: decision.id,
      now,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "appeal.open",
      targetType: "decision",
      targetId: decision.id,
      reason: text,
    });
    return { appealId: appeal.id };
  });
}

/** Upholds or overturns the appeal in an open queue item. */
export async function decideAppeal(
  actor: Actor,
  itemId: string,
  input: { outcome: "uphold" | "overturn"; response: string },
  now = new Date(),
): Promise<void> {
  await requireQueueModerator(actor, itemId, `appeal.${input.outcome}`);
  const response = input.response.trim();
  if (response.length < 3) {
    throw new ValidationError("Tell the member why.", {
      response: ["Tell the member why, in a sentence."],
    });
  }
  if (!isUuid(itemId)) throw new NotFoundError("That queue item does not exist.");
  await db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(queueItems)
      .where(eq(queueItems.id, itemId))
      .for("update");
    if (!item || item.kind !== "appeal" || !item.decisionId) {
      throw new NotFoundError("That appeal does not exist.");
    }
    if (item.closedAt) throw new ConflictError("Someone already decided this appeal.");
    const [decision] = await tx
      .select()
      .from(moderationDecisions)
      .where(eq(moderationDecisions.id, item.decisionId))
      .for("update");
    if (!decision) throw new NotFoundError("That decision does not exist.");
    if (decision.actorId === actor.id && !hasRoleAtLeast(actor, "admin")) {
      throw new ForbiddenError("Another moderator reviews an appeal of your own decision.");
    }
    if (input.outcome === "overturn") {
      if (decision.action === "ban" && !hasRoleAtLeast(actor, "admin")) {
        throw new ForbiddenError("Only an admin can lift a ban.");
      }
      if (decision.action === "hide" || decision.action === "remove") {
        await setTargetVisibility(
          tx,
          { type: decision.targetType!, id: decision.targetId! },
          "visible",
          now,
        );
      }
      if (decision.action === "suspend" || decision.action === "ban") {
        await tx
          .update(users)
          .set({ status: "active", suspendedUntil: null })
          .where(and(eq(users.id, decision.subjectUserId), sql`${users.status} <> 'active'`));
      }
      await tx
        .update(moderationDecisions)
        .set({ reversedAt: now })
        .where(eq(moderationDecisions.id, decision.id));
    }
    await tx
      .update(appeals)
      .set({
        status: input.outcome === "overturn" ? "overturned" : "upheld",
        decidedBy: actor.id,
        decidedAt: now,
        response,
      })
      .where(eq(appeals.decisionId, decision.id));
    await closeItem(
      tx,
      item,
      actor.id,
      input.outcome === "overturn" ? "appeal accepted" : "appeal declined",
      "actioned",
      now,
    );
    await notify(tx, {
      recipientId: decision.subjectUserId,
      type: "appeal_decided",
      actorId: null,
      data: { outcome: input.outcome === "overturn" ? "overturned" : "upheld", response },
      // Someone suspended or banned reads email, not the bell.
      email: {
        subject:
          input.outcome === "overturn"
            ? "Your appeal on Landed is accepted"
            : "Your appeal on Landed is decided",
        text:
          input.outcome === "overturn"
            ? `A moderator reviewed your appeal and reversed the decision. ${response}`
            : `A moderator reviewed your appeal; the decision stands. ${response}`,
        path: "/moderation",
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `appeal.${input.outcome}`,
      targetType: "decision",
      targetId: decision.id,
      reason: response,
      before: { reversed: false },
      after: { reversed: input.outcome === "overturn", action: decision.action },
    });
  });
}

/** The decision an appeal link names, for the signed-out appeal page; null for a bad link. */
export async function decisionForAppealToken(
  token: string | undefined,
  now = new Date(),
): Promise<(OwnDecision & { subjectName: string }) | null> {
  const who = await readAppealToken(token, now);
  if (!who) return null;
  const rows = await db
    .select({ d: moderationDecisions, a: appeals, name: users.displayName })
    .from(moderationDecisions)
    .innerJoin(users, eq(users.id, moderationDecisions.subjectUserId))
    .leftJoin(appeals, eq(appeals.decisionId, moderationDecisions.id))
    .where(
      and(
        eq(moderationDecisions.id, who.decisionId),
        eq(moderationDecisions.subjectUserId, who.userId),
      ),
    );
  const row = rows[0];
  if (!row) return null;
  return { ...ownDecision(row.d, row.a), subjectName: row.name };
}

/** Appeals through the emailed link: for a suspended or banned person, who cannot sign in. */
export async function appealByToken(
  token: string,
  text: string,
  now = new Date(),
): Promise<{ appealId: string }> {
  const who = await readAppealToken(token, now);
  if (!who) throw new NotFoundError("This appeal link is not valid or has expired.");
  return appealDecision({ id: who.userId }, { decisionId: who.decisionId, text }, now);
}
