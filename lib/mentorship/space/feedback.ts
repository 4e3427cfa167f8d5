// The mentee's feedback on a completed mentorship.
import "server-only";
import { db } from "@/db/client";
import { mentorshipFeedback, type User } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { lockForChange } from "./access";

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
