// Mentorship requests: creating one, and every move of the state machine, each checking who asks.
import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { z } from "zod";
import { db, type Tx } from "@/db/client";
import {
  applicantProfiles,
  checklistItems,
  mentorProfiles,
  mentorshipRequests,
  users,
  type MentorshipRequest,
  type User,
} from "@/db/schema";
import { isAccountUsable } from "@/lib/auth/usable";
import { pathwayRequirements } from "@/lib/domain/criteria";
import { notify, type NotificationInput } from "@/lib/notifications/notify";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertUnderDailyCap, toUsage, type DailyCap } from "@/lib/rate-limit";
import type {
  answerInfoSchema,
  askInfoSchema,
  declineSchema,
  requestMentorshipSchema,
} from "./schemas";
import {
  checkTransition,
  effectiveState,
  MAX_PENDING_PER_APPLICANT,
  OPEN_STATES,
  REQUEST_TTL_DAYS,
  type Party,
  type RequestAction,
} from "./states";

const DAY_MS = 86_400_000;
const openStates = [...OPEN_STATES];

function deadlineFrom(now: Date): Date {
  return new Date(now.getTime() + REQUEST_TTL_DAYS * DAY_MS);
}

/** Records as expired the open requests whose deadline has passed (the job does this for all). */
async function recordExpiries(tx: Tx, where: ReturnType<typeof and>, now: Date): Promise<number> {
  const expired = await tx
    .update(mentorshipRequests)
    .set({ state: "expired", closedAt: now })
    .where(
      and(
        inArray(mentorshipRequests.state, openStates),
        lte(mentorshipRequests.deadlineAt, now),
        where,
      ),
    )
    .returning({ mentorId: mentorshipRequests.mentorId });
  for (const { mentorId } of expired) {
    await tx
      .update(mentorProfiles)
      .set({ pendingRequests: sql`greatest(${mentorProfiles.pendingRequests} - 1, 0)` })
      .where(eq(mentorProfiles.userId, mentorId));
  }
  return expired.length;
}

/** Every request past its deadline, recorded as expired; run by the background job. */
export async function expireOverdueRequests(now = new Date()): Promise<number> {
  return db.transaction((tx) => recordExpiries(tx, sql`true`, now));
}

/** Requests sent a day (on top of the 3 open at once), fewer in an account's first day. */
export const requestDailyCap: DailyCap = {
  name: "mentorship-request:day",
  what: "mentorship requests",
  newAccount: 5,
  regular: 20,
};

export async function requestMentorship(
  actor: Pick<User, "id">,
  input: z.infer<typeof requestMentorshipSchema>,
  now = new Date(),
): Promise<MentorshipRequest> {
  if (input.mentorId === actor.id)
    throw new ValidationError("You cannot ask yourself to be your mentor.");
  return db.transaction(async (tx) => {
    // One applicant's requests are decided one at a time: the pending limit cannot be raced.
    const [me] = await tx
      .select({ id: users.id, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, actor.id))
      .for("update");

    const [earlier] = await tx
      .select()
      .from(mentorshipRequests)
      .where(
        and(
          eq(mentorshipRequests.applicantId, actor.id),
          eq(mentorshipRequests.idempotencyKey, input.idempotencyKey),
        ),
      );
    if (earlier) return earlier; // the same form sent twice

    const [mentor] = await tx
      .select({
        profile: mentorProfiles,
        status: users.status,
        suspendedUntil: users.suspendedUntil,
      })
      .from(mentorProfiles)
      .innerJoin(users, eq(users.id, mentorProfiles.userId))
      .where(eq(mentorProfiles.userId, input.mentorId));
    if (!mentor || !isAccountUsable(mentor)) throw new NotFoundError("That mentor does not exist.");
    if (!mentor.profile.accepting)
      throw new ConflictError("This mentor is not accepting new mentees right now.");
    if (mentor.profile.activeMentees >= mentor.profile.capacity) {
      throw new ConflictError(
        "This mentor has no free seat right now. Try another of your matches.",
      );
    }

    await recordExpiries(tx, eq(mentorshipRequests.applicantId, actor.id), now);
    const open = await tx
      .select({ mentorId: mentorshipRequests.mentorId })
      .from(mentorshipRequests)
      .where(
        and(
          eq(mentorshipRequests.applicantId, actor.id),
          inArray(mentorshipRequests.state, openStates),
        ),
      );
    if (open.some((r) => r.mentorId === input.mentorId)) {
      throw new ConflictError("You already have an open request with this mentor.");
    }
    if (open.length >= MAX_PENDING_PER_APPLICANT) {
      throw new ConflictError(
        `You have ${MAX_PENDING_PER_APPLICANT} open requests. Wait for an answer or withdraw one before asking another mentor.`,
      );
    }
    const [used] = await tx
      .select({
        count: sql<number>`count(*)::int`,
        oldest: sql<Date | null>`min(${mentorshipRequests.createdAt})`.mapWith(
          mentorshipRequests.createdAt,
        ),
      })
      .from(mentorshipRequests)
      .where(
        and(
          eq(mentorshipRequests.applicantId, actor.id),
          gt(mentorshipRequests.createdAt, new Date(now.getTime() - DAY_MS)),
        ),
      );
    assertUnderDailyCap(requestDailyCap, me?.createdAt ?? now, toUsage(used), now);
    const [created] = await tx
      .insert(mentorshipRequests)
      .values({
        applicantId: actor.id,
        mentorId: input.mentorId,
        goals: input.goals,
        message: input.message,
        idempotencyKey: input.idempotencyKey,
        deadlineAt: deadlineFrom(now),
        createdAt: now,
      })
      .returning();
    await tx
      .update(mentorProfiles)
      .set({ pendingRequests: sql`${mentorProfiles.pendingRequests} + 1` })
      .where(eq(mentorProfiles.userId, input.mentorId));
    const name = await displayName(tx, actor.id);
    await notify(tx, {
      recipientId: input.mentorId,
      type: "request_new",
      actorId: actor.id,
      requestId: created!.id,
      data: { name },
      email: {
        subject: `${name} asks you to be their mentor`,
        text: `${name} sent you a mentorship request on Landed. Please accept, decline or ask a question within ${REQUEST_TTL_DAYS} days.`,
        path: `/mentorships/${created!.id}`,
      },
    });
    return created!;
  });
}

type Extra =
  | { action: "accept" | "withdraw" | "end" }
  | { action: "decline"; input: z.infer<typeof declineSchema> }
  | { action: "ask_info"; input: z.infer<typeof askInfoSchema> }
  | { action: "answer_info"; input: z.infer<typeof answerInfoSchema> };

/** Moves a request; only its applicant or mentor may, and only along the state machine. */
export async function moveRequest(
  actor: Pick<User, "id">,
  requestId: string,
  move: Extra,
  now = new Date(),
): Promise<MentorshipRequest> {
  return db.transaction((tx) => applyMove(tx, actor, requestId, move, now));
}

/** moveRequest inside a transaction the caller holds (account deletion closes several at once). */
export async function applyMove(
  tx: Tx,
  actor: Pick<User, "id">,
  requestId: string,
  move: Extra,
  now = new Date(),
): Promise<MentorshipRequest> {
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
  // Someone else's request does not exist, as far as they can tell.
  if (!request || !party) throw new NotFoundError("That request does not exist.");
  const check = checkTransition(
    effectiveState(request.state, request.deadlineAt, now),
    move.action as RequestAction,
    party,
  );
  if (!check.ok) throw new ConflictError(check.message);

  const leavesOpen = OPEN_STATES.includes(request.state) && !OPEN_STATES.includes(check.to);
  const firstAnswer = party === "mentor" && !request.respondedAt ? { respondedAt: now } : {};
  let changes: Partial<MentorshipRequest> = { state: check.to };
  if (move.action === "accept") {
    // The mentor's row is locked, so two accepts at once cannot both take the last seat.
    const [seat] = await tx
      .select({ capacity: mentorProfiles.capacity, active: mentorProfiles.activeMentees })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, request.mentorId))
      .for("update");
    if (!seat || seat.active >= seat.capacity) {
      throw new ConflictError(
        "You have no free seat. End a mentorship or raise your capacity first.",
      );
    }
    await tx
      .update(mentorProfiles)
      .set({ activeMentees: sql`${mentorProfiles.activeMentees} + 1` })
      .where(eq(mentorProfiles.userId, request.mentorId));
    changes = { ...changes, ...firstAnswer, acceptedAt: now };
  } else if (move.action === "decline") {
    changes = {
      ...changes,
      ...firstAnswer,
      declineReason: move.input.reason,
      declineText: move.input.text ?? null,
      closedAt: now,
    };
  } else if (move.action === "ask_info") {
    changes = {
      ...changes,
      ...firstAnswer,
      infoQuestion: move.input.question,
      deadlineAt: deadlineFrom(now),
    };
  } else if (move.action === "answer_info") {
    changes = { ...changes, infoAnswer: move.input.answer, deadlineAt: deadlineFrom(now) };
  } else if (move.action === "withdraw") {
    changes = { ...changes, closedAt: now };
  } else if (move.action === "end") {
    await tx
      .update(mentorProfiles)
      .set({ activeMentees: sql`greatest(${mentorProfiles.activeMentees} - 1, 0)` })
      .where(eq(mentorProfiles.userId, request.mentorId));
    changes = { ...changes, closedAt: now, endedBy: actor.id };
  }
  if (leavesOpen) {
    await tx
      .update(mentorProfiles)
      .set({ pendingRequests: sql`greatest(${mentorProfiles.pendingRequests} - 1, 0)` })
      .where(eq(mentorProfiles.userId, request.mentorId));
  }
  if (move.action === "accept") await createChecklist(tx, request);
  const [updated] = await tx
    .update(mentorshipRequests)
    .set(changes)
    .where(eq(mentorshipRequests.id, request.id))
    .returning();
  await notifyMove(tx, updated!, move.action, actor.id);
  return updated!;
}

async function displayName(tx: Tx, userId: string): Promise<string> {
  const [row] = await tx
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  return row?.name ?? "A member";
}

/** One checklist item per criterion of each pathway the applicant targets. */
export async function createChecklist(
  tx: Tx,
  request: Pick<MentorshipRequest, "id" | "applicantId">,
): Promise<void> {
  const [profile] = await tx
    .select({ pathways: applicantProfiles.targetPathways })
    .from(applicantProfiles)
    .where(eq(applicantProfiles.userId, request.applicantId));
  const items = (profile?.pathways ?? []).flatMap((pathway) =>
    pathwayRequirements[pathway].criteria.map((criterion) => ({
      requestId: request.id,
      pathway,
      criterion,
    })),
  );
  if (items.length) await tx.insert(checklistItems).values(items).onConflictDoNothing();
}

/** Who hears about a move, and what they are told. */
async function notifyMove(
  tx: Tx,
  request: MentorshipRequest,
  action: string,
  actorId: string,
): Promise<void> {
  const name = await displayName(tx, actorId);
  const path = `/mentorships/${request.id}`;
  const toApplicant = (n: Omit<NotificationInput, "recipientId" | "actorId" | "requestId">) =>
    notify(tx, { ...n, recipientId: request.applicantId, actorId, requestId: request.id });
  const toMentor = (n: Omit<NotificationInput, "recipientId" | "actorId" | "requestId">) =>
    notify(tx, { ...n, recipientId: request.mentorId, actorId, requestId: request.id });
  switch (action) {
    case "accept":
      return toApplicant({
        type: "request_accepted",
        data: { name },
        email: {
          subject: `${name} accepted your request`,
          text: `${name} is now your mentor on Landed. Your private space is ready.`,
          path,
        },
      });
    case "decline":
      return toApplicant({
        type: "request_declined",
        data: { name },
        email: {
          subject: `${name} cannot mentor you right now`,
          text: `${name} declined your mentorship request. Your other matches are waiting for you.`,
          path: "/mentors",
        },
      });
    case "ask_info":
      return toApplicant({
        type: "request_question",
        data: { name },
        email: {
          subject: `${name} has a question about your request`,
          text: `${name} would like to know more before deciding.`,
          path,
        },
      });
    case "answer_info":
      return toMentor({ type: "request_answered", data: { name } });
    case "withdraw":
      return toMentor({ type: "request_withdrawn", data: { name } });
    case "end": {
      const other = actorId === request.applicantId ? toMentor : toApplicant;
      await other({ type: "mentorship_ended", data: { name } });
      await notify(tx, {
        recipientId: request.applicantId,
        type: "feedback_asked",
        requestId: request.id,
        data: {},
        email: {
          subject: "How was your mentorship?",
          text: "Your mentorship has ended. A rating and a few words help other applicants choose their mentors.",
          path: `${path}#feedback`,
        },
      });
      return;
    }
  }
}
