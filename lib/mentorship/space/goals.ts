// The shared goals of a mentorship space: either member adds, ticks and deletes them.
import "server-only";
import { and, eq } from "drizzle-orm";
import { mentorshipGoals, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { changeSpace } from "./access";
import { isUuid } from "@/lib/ids";

export interface SpaceGoal {
  id: string;
  text: string;
  dueDate: string | null;
  done: boolean;
}

/** The columns of a goal as the space shows it (SpaceGoal). */
export const spaceGoalColumns = {
  id: mentorshipGoals.id,
  text: mentorshipGoals.text,
  dueDate: mentorshipGoals.dueDate,
  done: mentorshipGoals.done,
};

/** Goal `goalId` of the space `requestId`; an id that cannot be a goal's is "no such goal". */
function goalInSpace(goalId: string, requestId: string) {
  if (!isUuid(goalId)) throw goalMissing();
  return and(eq(mentorshipGoals.id, goalId), eq(mentorshipGoals.requestId, requestId));
}

/** The one answer for a goal that is not in the space (or cannot be a goal). */
function goalMissing() {
  return new NotFoundError("That goal does not exist.");
}

/** Adds a goal; either member may. */
export async function addGoal(
  actor: Pick<User, "id">,
  requestId: string,
  input: { text: string; dueDate?: string | null },
  now = new Date(),
): Promise<SpaceGoal> {
  return changeSpace(actor, requestId, "goalsPerUser", now, async (tx, { request }) => {
    const [goal] = await tx
      .insert(mentorshipGoals)
      .values({ requestId: request.id, text: input.text.trim(), dueDate: input.dueDate ?? null })
      .returning(spaceGoalColumns);
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
  return changeSpace(actor, requestId, "goalsPerUser", now, async (tx, { request }) => {
    const [goal] = await tx
      .update(mentorshipGoals)
      .set({ done })
      .where(goalInSpace(goalId, request.id))
      .returning(spaceGoalColumns);
    if (!goal) throw goalMissing();
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
  await changeSpace(actor, requestId, "goalsPerUser", now, async (tx, { request }) => {
    const deleted = await tx
      .delete(mentorshipGoals)
      .where(goalInSpace(goalId, request.id))
      .returning({ id: mentorshipGoals.id });
    if (deleted.length === 0) throw goalMissing();
  });
}
