// The private mentorship space: what its two members (and audited admins) read, and every change
// they make to messages, the evidence checklist, goals and feedback. Each function checks the actor.
import "server-only";
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Tx } from "@/db/client";
import {
  checklistItems,
  mentorshipFeedback,
  mentorshipGoals,
  mentorshipMessages,
  mentorshipRequests,
  users,
  type MentorshipRequest,
  type User,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { criteria, pathwayRequirements, type CriterionCode } from "@/lib/domain/criteria";
import { pathways, type PathwayCode } from "@/lib/domain/pathways";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import {
  assertUnderDailyCap,
  DAY_MS,
  enforceRateLimits,
  toUsage,
  type DailyCap,
  type RateLimitRule,
} from "@/lib/rate-limit";
import type { ChecklistStatus } from "./space-schemas";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export type SpaceRole = "applicant" | "mentor" | "admin";

/** How many messages the space shows: the latest ones, oldest first. */
export const MESSAGES_SHOWN = 100;
/** A message after this long without one emails the other member (if they allow it). */
export const QUIET_PERIOD_MINUTES = 30;

export const spaceLimits = {
  messagesPerUser: { name: "mentorship-message:user", limit: 30, windowSeconds: 10 * 60 },
  checklistPerUser: { name: "mentorship-checklist:user", limit: 60, windowSeconds: 10 * 60 },
  goalsPerUser: { name: "mentorship-goal:user", limit: 60, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

/** Messages a day in mentorship spaces, fewer in an account's first day. */
export const messageDailyCap: DailyCap = {
  name: "mentorship-message:day",
  what: "messages",
  newAccount: 50,
  regular: 300,
};

export interface SpaceMessage {
  id: number;
  authorId: string | null;
  authorName: string;
  body: string;
  createdAt: Date;
  mine: boolean;
}

export interface SpaceChecklistItem {
  pathway: PathwayCode;
  pathwayName: string;
  criterion: CriterionCode;
  criterionName: string;
  status: ChecklistStatus;
  applicantNote: string | null;
  mentorComment: string | null;
  updatedAt: Date;
}

export interface SpaceGoal {
  id: string;
  text: string;
  dueDate: string | null;
  done: boolean;
}

export interface MentorshipSpace {
  id: string;
  state: "accepted" | "completed";
  viewerRole: SpaceRole;
  applicant: { id: string; name: string };
  mentor: { id: string; name: string; handle: string };
  /** The goals the applicant wrote in the request. */
  requestGoals: string;
  acceptedAt: Date | null;
  closedAt: Date | null;
  /** Only the two members may post, and only while the mentorship is accepted. */
  canPost: boolean;
  /** The latest MESSAGES_SHOWN messages, oldest first. */
  messages: SpaceMessage[];
  /** True when older messages exist than the ones shown. */
  olderMessagesHidden: boolean;
  checklist: SpaceChecklistItem[];
  goals: SpaceGoal[];
  /** The applicant's feedback; null for the mentor, who sees only the average on their profile. */
  feedback: { rating: number; text: string | null; createdAt: Date } | null;
}

const applicantUser = alias(users, "space_applicant");
const mentorUser = alias(users, "space_mentor");

/**
 * The space of an accepted or completed mentorship, for one of its two members, or for an admin
 * (the read is audited). Anyone else, unknown ids and requests never accepted give null.
 */
export async function getMentorshipSpace(
  actor: Actor,
  requestId: string,
): Promise<MentorshipSpace | null> {
  if (!isUuid(requestId)) return null;
  const [request] = await db
    .select({
      id: mentorshipRequests.id,
      state: mentorshipRequests.state,
      applicantId: mentorshipRequests.applicantId,
      mentorId: mentorshipRequests.mentorId,
      goals: mentorshipRequests.goals,
      acceptedAt: mentorshipRequests.acceptedAt,
      closedAt: mentorshipRequests.closedAt,
      applicantName: applicantUser.displayName,
      mentorName: mentorUser.displayName,
      mentorHandle: mentorUser.handle,
    })
    .from(mentorshipRequests)
    .innerJoin(applicantUser, eq(applicantUser.id, mentorshipRequests.applicantId))
    .innerJoin(mentorUser, eq(mentorUser.id, mentorshipRequests.mentorId))
    .where(eq(mentorshipRequests.id, requestId));
  if (!request) return null;
  if (request.state !== "accepted" && request.state !== "completed") return null;
  const viewerRole: SpaceRole | null =
    request.applicantId === actor.id
      ? "applicant"
      : request.mentorId === actor.id
        ? "mentor"
        : hasRoleAtLeast(actor, "admin")
          ? "admin"
          : null;
  if (!viewerRole) return null;

  if (viewerRole === "admin") {
    await db.transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: "mentorship.space_read",
        targetType: "mentorship",
        targetId: request.id,
      }),
    );
  }

  const [latest, items, goals, [feedback]] = await Promise.all([
    db
      .select({
        id: mentorshipMessages.id,
        authorId: mentorshipMessages.authorId,
        authorName: users.displayName,
        body: mentorshipMessages.body,
        createdAt: mentorshipMessages.createdAt,
      })
      .from(mentorshipMessages)
      .leftJoin(users, eq(users.id, mentorshipMessages.authorId))
      .where(eq(mentorshipMessages.requestId, request.id))
      .orderBy(desc(mentorshipMessages.createdAt), desc(mentorshipMessages.id))
      .limit(MESSAGES_SHOWN + 1),
    db
      .select({
        pathway: checklistItems.pathway,
        criterion: checklistItems.criterion,
        status: checklistItems.status,
        applicantNote: checklistItems.applicantNote,
        mentorComment: checklistItems.mentorComment,
        updatedAt: checklistItems.updatedAt,
      })
      .from(checklistItems)
      .where(eq(checklistItems.requestId, request.id)),
    db
      .select({
        id: mentorshipGoals.id,
        text: mentorshipGoals.text,
        dueDate: mentorshipGoals.dueDate,
        done: mentorshipGoals.done,
      })
      .from(mentorshipGoals)
      .where(eq(mentorshipGoals.requestId, request.id))
      .orderBy(asc(mentorshipGoals.createdAt), asc(mentorshipGoals.id)),
    // The mentee's feedback is theirs (and admins'): the mentor sees only the profile average.
    viewerRole === "mentor"
      ? Promise.resolve([])
      : db
          .select({
            rating: mentorshipFeedback.rating,
            text: mentorshipFeedback.text,
            createdAt: mentorshipFeedback.createdAt,
          })
          .from(mentorshipFeedback)
          .where(eq(mentorshipFeedback.requestId, request.id)),
  ]);

  const messages = latest
    .slice(0, MESSAGES_SHOWN)
    .reverse()
    .map((m) => ({
      ...m,
      authorName: m.authorName ?? "A former member",
      mine: m.authorId === actor.id,
    }));

  return {
    id: request.id,
    state: request.state,
    viewerRole,
    applicant: { id: request.applicantId, name: request.applicantName },
    mentor: { id: request.mentorId, name: request.mentorName, handle: request.mentorHandle },
    requestGoals: request.goals,
    acceptedAt: request.acceptedAt,
    closedAt: request.closedAt,
    canPost: viewerRole !== "admin" && request.state === "accepted",
    messages,
    olderMessagesHidden: latest.length > MESSAGES_SHOWN,
    checklist: sortChecklist(items),
    goals,
    feedback: feedback ?? null,
  };
}

/** Items in the order of the pathway list and, within one, of the pathway's criteria. */
function sortChecklist(
  items: Array<
    Omit<SpaceChecklistItem, "pathwayName" | "criterionName" | "criterion"> & {
      criterion: string;
    }
  >,
): SpaceChecklistItem[] {
  const pathwayOrder = Object.keys(pathways);
  return items
    .flatMap((item) => {
      const order = (pathwayRequirements[item.pathway].criteria as readonly string[]).indexOf(
        item.criterion,
      );
      if (order < 0) return [];
      const criterion = item.criterion as CriterionCode;
      return [
        {
          ...item,
          criterion,
          pathwayName: pathways[item.pathway].name,
          criterionName: criteria[criterion].name,
          order,
        },
      ];
    })
    .sort(
      (a, b) =>
        pathwayOrder.indexOf(a.pathway) - pathwayOrder.indexOf(b.pathway) || a.order - b.order,
    )
    .map(({ order: _order, ...item }) => item);
}

type Party = "applicant" | "mentor";

/**
 * Locks the mentorship for a change by one of its members. Someone else learns nothing (not
 * found); a completed or never-accepted mentorship is read-only.
 */
async function lockForChange(
  tx: Tx,
  actor: Pick<User, "id">,
  requestId: string,
  allowed: MentorshipRequest["state"] = "accepted",
): Promise<{ request: MentorshipRequest; party: Party }> {
  if (!isUuid(requestId)) throw new NotFoundError("That mentorship does not exist.");
  const [request] = await tx
    .select()
    .from(mentorshipRequests)
    .where(eq(mentorshipRequests.id, requestId))
    .for("update");
  const party: Party | null =
    request?.applicantId === actor.id
      ? "applicant"
      : request?.mentorId === actor.id
        ? "mentor"
        : null;
  if (!request || !party || (request.state !== "accepted" && request.state !== "completed")) {
    throw new NotFoundError("That mentorship does not exist.");
  }
  if (request.state !== allowed) {
    throw new ConflictError(
      allowed === "accepted"
        ? "This mentorship has ended, so its space can no longer be changed."
        : "You can leave feedback once the mentorship has ended.",
    );
  }
  return { request, party };
}

async function nameOf(tx: Tx, userId: string): Promise<string> {
  const [row] = await tx
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  return row?.name ?? "A member";
}

/**
 * Posts a message and tells the other member. They are emailed only when the thread was quiet
 * (no message in the last QUIET_PERIOD_MINUTES), so a lively conversation sends one email.
 */
export async function postMessage(
  actor: Pick<User, "id">,
  requestId: string,
  body: string,
  now = new Date(),
): Promise<SpaceMessage> {
  const text = body.trim();
  if (text.length < 1 || text.length > 5000) {
    throw new ValidationError("Write a message of 1 to 5000 characters.", {
      body: ["Write a message of 1 to 5000 characters."],
    });
  }
  await enforceRateLimits([[spaceLimits.messagesPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const { request, party } = await lockForChange(tx, actor, requestId);
    // Per member across all their spaces; the request row lock above serialises one space, and
    // the member row lock here serialises their other tabs.
    const [me] = await tx
      .select({ createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, actor.id))
      .for("no key update");
    const [used] = await tx
      .select({
        count: sql<number>`count(*)::int`,
        oldest: sql<Date | null>`min(${mentorshipMessages.createdAt})`.mapWith(
          mentorshipMessages.createdAt,
        ),
      })
      .from(mentorshipMessages)
      .where(
        and(
          eq(mentorshipMessages.authorId, actor.id),
          gt(mentorshipMessages.createdAt, new Date(now.getTime() - DAY_MS)),
        ),
      );
    assertUnderDailyCap(messageDailyCap, me?.createdAt ?? now, toUsage(used), now);
    const since = new Date(now.getTime() - QUIET_PERIOD_MINUTES * 60_000);
    const [recent] = await tx
      .select({ id: mentorshipMessages.id })
      .from(mentorshipMessages)
      .where(
        and(eq(mentorshipMessages.requestId, request.id), gt(mentorshipMessages.createdAt, since)),
      )
      .limit(1);
    const [message] = await tx
      .insert(mentorshipMessages)
      .values({ requestId: request.id, authorId: actor.id, body: text, createdAt: now })
      .returning();
    const name = await nameOf(tx, actor.id);
    await notify(tx, {
      recipientId: party === "applicant" ? request.mentorId : request.applicantId,
      type: "message_new",
      actorId: actor.id,
      requestId: request.id,
      data: { name },
      email: recent
        ? undefined
        : {
            subject: `${name} sent you a message`,
            text: `${name} wrote to you in your mentorship space on Landed.`,
            path: `/mentorships/${request.id}`,
          },
    });
    return {
      id: message!.id,
      authorId: actor.id,
      authorName: name,
      body: message!.body,
      createdAt: message!.createdAt,
      mine: true,
    };
  });
}

export interface ChecklistChange {
  status?: ChecklistStatus;
  /** The applicant's note; only the applicant may change it. Empty clears it. */
  applicantNote?: string;
  /** The mentor's comment; only the mentor may change it. Empty clears it. */
  mentorComment?: string;
}

/** Changes one checklist item: either member the status, each their own text field only. */
export async function updateChecklistItem(
  actor: Pick<User, "id">,
  requestId: string,
  pathway: PathwayCode,
  criterion: string,
  change: ChecklistChange,
  now = new Date(),
): Promise<SpaceChecklistItem> {
  await enforceRateLimits([[spaceLimits.checklistPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const { request, party } = await lockForChange(tx, actor, requestId);
    if (change.applicantNote !== undefined && party !== "applicant") {
      throw new ForbiddenError("Only the applicant can write the note on an item.");
    }
    if (change.mentorComment !== undefined && party !== "mentor") {
      throw new ForbiddenError("Only the mentor can write the comment on an item.");
    }
    const blankToNull = (v: string) => (v.trim() === "" ? null : v.trim());
    const set: Partial<typeof checklistItems.$inferInsert> = {
      updatedBy: actor.id,
      updatedAt: now,
    };
    if (change.status !== undefined) set.status = change.status;
    if (change.applicantNote !== undefined) set.applicantNote = blankToNull(change.applicantNote);
    if (change.mentorComment !== undefined) set.mentorComment = blankToNull(change.mentorComment);
    const [row] = await tx
      .update(checklistItems)
      .set(set)
      .where(
        and(
          eq(checklistItems.requestId, request.id),
          eq(checklistItems.pathway, pathway),
          eq(checklistItems.criterion, criterion),
        ),
      )
      .returning();
    if (!row) throw new NotFoundError("That checklist item does not exist.");
    const [item] = sortChecklist([row]);
    if (!item) throw new NotFoundError("That checklist item does not exist.");
    return item;
  });
}

/** Adds a goal; either member may. */
export async function addGoal(
  actor: Pick<User, "id">,
  requestId: string,
  input: { text: string; dueDate?: string | null },
  now = new Date(),
): Promise<SpaceGoal> {
  await enforceRateLimits([[spaceLimits.goalsPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const { request } = await lockForChange(tx, actor, requestId);
    const [goal] = await tx
      .insert(mentorshipGoals)
      .values({ requestId: request.id, text: input.text.trim(), dueDate: input.dueDate ?? null })
      .returning({
        id: mentorshipGoals.id,
        text: mentorshipGoals.text,
        dueDate: mentorshipGoals.dueDate,
        done: mentorshipGoals.done,
      });
    return goal!;
  });
}

/** Marks a goal done or not done; either member may. */
export async function toggleGoal(
  actor: Pick<User, "id">,
  requestId: string,
  goalId: string,
  done: boolean,
  now = new Date(),
): Promise<SpaceGoal> {
  await enforceRateLimits([[spaceLimits.goalsPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const { request } = await lockForChange(tx, actor, requestId);
    if (!isUuid(goalId)) throw new NotFoundError("That goal does not exist.");
    const [goal] = await tx
      .update(mentorshipGoals)
      .set({ done })
      .where(and(eq(mentorshipGoals.id, goalId), eq(mentorshipGoals.requestId, request.id)))
      .returning({
        id: mentorshipGoals.id,
        text: mentorshipGoals.text,
        dueDate: mentorshipGoals.dueDate,
        done: mentorshipGoals.done,
      });
    if (!goal) throw new NotFoundError("That goal does not exist.");
    return goal;
  });
}

/** Deletes a goal; either member may. */
export async function deleteGoal(
  actor: Pick<User, "id">,
  requestId: string,
  goalId: string,
  now = new Date(),
): Promise<void> {
  await enforceRateLimits([[spaceLimits.goalsPerUser, actor.id]], now);
  await db.transaction(async (tx) => {
    const { request } = await lockForChange(tx, actor, requestId);
    if (!isUuid(goalId)) throw new NotFoundError("That goal does not exist.");
    const deleted = await tx
      .delete(mentorshipGoals)
      .where(and(eq(mentorshipGoals.id, goalId), eq(mentorshipGoals.requestId, request.id)))
      .returning({ id: mentorshipGoals.id });
    if (deleted.length === 0) throw new NotFoundError("That goal does not exist.");
  });
}

/** The applicant's feedback on a completed mentorship, once (the primary key decides). */
export async function leaveFeedback(
  actor: Pick<User, "id">,
  requestId: string,
  input: { rating: number; text?: string | null },
): Promise<{ rating: number; text: string | null }> {
  return db.transaction(async (tx) => {
    const { request, party } = await lockForChange(tx, actor, requestId, "completed");
    if (party !== "applicant") throw new ForbiddenError("Only the mentee can leave feedback.");
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
      throw new ValidationError("Choose a rating from 1 to 5.", {
        rating: ["Choose a rating from 1 to 5."],
      });
    }
    const text = input.text?.trim() ? input.text.trim() : null;
    if (text && text.length > 2000) {
      throw new ValidationError("Keep your feedback to 2000 characters or fewer.", {
        text: ["Keep your feedback to 2000 characters or fewer."],
      });
    }
    const inserted = await tx
      .insert(mentorshipFeedback)
      .values({ requestId: request.id, rating: input.rating, text })
      .onConflictDoNothing()
      .returning({ rating: mentorshipFeedback.rating, text: mentorshipFeedback.text });
    if (inserted.length === 0) {
      throw new ConflictError("You have already left feedback for this mentorship. Thank you!");
    }
    return inserted[0]!;
  });
}
