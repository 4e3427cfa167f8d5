// Asking a mentor: one request, within the open and daily limits, told to the mentor.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { db } from "@/db/client";
import {
  mentorProfiles,
  mentorshipRequests,
  users,
  type MentorshipRequest,
  type User,
} from "@/db/schema";
import { accountBlock } from "@/lib/auth/usable";
import { notify } from "@/lib/notifications/notify";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { enforceDailyCap, type DailyCap } from "@/lib/rate-limit";
import { deadlineFrom, recordExpiries } from "./deadlines";
import { displayName } from "./names";
import type { requestMentorshipSchema } from "./schemas";
import { MAX_PENDING_PER_APPLICANT, OPEN_STATES, REQUEST_TTL_DAYS } from "./states";

const openStates = [...OPEN_STATES];

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
    if (!mentor || accountBlock(mentor)) throw new NotFoundError("That mentor does not exist.");
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
    await enforceDailyCap(
      tx,
      requestDailyCap,
      me?.createdAt ?? now,
      mentorshipRequests.createdAt,
      eq(mentorshipRequests.applicantId, actor.id),
      now,
    );
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
