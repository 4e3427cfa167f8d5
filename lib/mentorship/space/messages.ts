// Messages in a mentorship space: posting one, its caps, and when the other member is emailed.
import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { mentorshipMessages, users, type User } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { enforceDailyCap, type DailyCap } from "@/lib/rate-limit";
import { displayName } from "../names";
import { changeSpace } from "./access";

/** A message after this long without one emails the other member (if they allow it). */
export const QUIET_PERIOD_MINUTES = 30;

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
  return changeSpace(actor, requestId, "messagesPerUser", now, async (tx, { request, party }) => {
    // Per member across all their spaces; the request row lock above serialises one space, and
    // the member row lock here serialises their other tabs.
    const [me] = await tx
      .select({ createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, actor.id))
      .for("no key update");
    await enforceDailyCap(
      tx,
      messageDailyCap,
      me?.createdAt ?? now,
      mentorshipMessages.createdAt,
      eq(mentorshipMessages.authorId, actor.id),
      now,
    );
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
    const name = await displayName(tx, actor.id);
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
