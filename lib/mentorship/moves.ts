// Every move of a request along the state machine (accept, decline, ask and answer, withdraw,
// end), each checking who asks, with the checklist an accepted request starts and who is told.
// No "server-only" import: the background sweep's account erasure closes requests with applyMove.
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { db, type Tx } from "@/db/client";
import {
  applicantProfiles,
  checklistItems,
  mentorProfiles,
  mentorshipRequests,
  type MentorshipRequest,
  type User,
} from "@/db/schema";
import { pathwayRequirements } from "@/lib/domain/criteria";
import { notify, type NotificationInput } from "@/lib/notifications/notify";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { deadlineFrom } from "./deadlines";
import { displayName } from "./names";
import type { answerInfoSchema, askInfoSchema, declineSchema } from "./schemas";
import {
  checkTransition,
  effectiveState,
  OPEN_STATES,
  type Party,
  type RequestAction,
} from "./states";

/** The two members of a request (the sweep is the third party that moves one). */
export type Member = Exclude<Party, "system">;

type Extra =
  | { action: "accept" | "withdraw" | "end" }
  | { action: "decline"; input: z.infer<typeof declineSchema> }
  | { action: "ask_info"; input: z.infer<typeof askInfoSchema> }
  | { action: "answer_info"; input: z.infer<typeof answerInfoSchema> };

/**
 * Locks a request for a change by one of its two members: the row, and which side the actor is
 * (null for anyone else, or when there is no such request).
 */
export async function lockAsMember(
  tx: Tx,
  actor: Pick<User, "id">,
  requestId: string,
): Promise<{ request: MentorshipRequest | undefined; party: Member | null }> {
  const [request] = await tx
    .select()
    .from(mentorshipRequests)
    .where(eq(mentorshipRequests.id, requestId))
    .for("update");
  const party: Member | null =
    request?.applicantId === actor.id
      ? "applicant"
      : request?.mentorId === actor.id
        ? "mentor"
        : null;
  return { request, party };
}

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
  const { request, party } = await lockAsMember(tx, actor, requestId);
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
