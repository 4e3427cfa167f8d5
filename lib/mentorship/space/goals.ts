// The shared goals of a mentorship space: either member adds, ticks and deletes them.
import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { mentorshipGoals, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { enforceRateLimits } from "@/lib/rate-limit";
import { lockForChange, spaceLimits } from "./access";
import { isUuid } from "@/lib/ids";

export interface SpaceGoal {
  id: string;
  text: string;
  dueDate: string | null;
  done: boolean;
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
