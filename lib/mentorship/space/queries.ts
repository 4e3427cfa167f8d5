// Reading a mentorship space: what its two members (and audited admins) see on its page.
import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  checklistItems,
  mentorshipFeedback,
  mentorshipGoals,
  mentorshipMessages,
  mentorshipRequests,
  users,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { sortChecklist, type SpaceChecklistItem } from "./checklist";
import { spaceGoalColumns, type SpaceGoal } from "./goals";
import type { SpaceMessage } from "./messages";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export type SpaceRole = "applicant" | "mentor" | "admin";

/** How many messages the space shows: the latest ones, oldest first. */
export const MESSAGES_SHOWN = 100;

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
      .select(spaceGoalColumns)
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
