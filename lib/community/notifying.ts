// Following a thread and telling the members a post mentions; called inside the write's transaction.
import "server-only";
import { inArray, sql } from "drizzle-orm";
import { type Tx } from "@/db/client";
import { communityFollows, users, type CommunityThread, type User } from "@/db/schema";
import { isAccountUsable } from "@/lib/auth/usable";
import { notifyMany } from "@/lib/notifications/notify";
import { parseMentions } from "./mentions";
import { ANONYMOUS_LABEL } from "./vocabulary";
import { threadHref } from "./format";

export async function follow(tx: Tx, threadId: string, userId: string, now: Date): Promise<void> {
  await tx
    .insert(communityFollows)
    .values({ threadId, userId, createdAt: now })
    .onConflictDoNothing();
}

/**
 * Tells each existing member mentioned in the post (not the author, at most MAX_MENTIONS_PER_POST,
 * only accounts in good standing). Returns who was told, so they get no second notice for it.
 * After an edit, `previousBody` holds the text before it: only handles it did not mention are told.
 */
export async function notifyMentions(
  tx: Tx,
  thread: Pick<CommunityThread, "id" | "slug" | "title">,
  postId: string,
  body: string,
  author: { id: string; name: string; anonymous: boolean },
  now: Date,
  previousBody?: string,
): Promise<Set<string>> {
  const before = new Set(previousBody === undefined ? [] : parseMentions(previousBody));
  const handles = parseMentions(body).filter((h) => !before.has(h));
  const told = new Set<string>();
  if (handles.length === 0) return told;
  const people = await tx
    .select({ id: users.id, status: users.status, suspendedUntil: users.suspendedUntil })
    .from(users)
    .where(inArray(sql`lower(${users.handle})`, handles));
  const recipients = people.filter((p) => p.id !== author.id && isAccountUsable(p, now));
  for (const person of recipients) told.add(person.id);
  await notifyMany(
    tx,
    recipients.map((person) => ({
      recipientId: person.id,
      type: "mention" as const,
      actorId: author.anonymous ? null : author.id,
      data: {
        name: author.name,
        threadId: thread.id,
        slug: thread.slug,
        postId,
        title: thread.title,
      },
      email: {
        subject: `${author.name} mentioned you on Landed`,
        text: `${author.name} mentioned you in “${thread.title}”.`,
        path: threadHref(thread, postId),
      },
    })),
  );
  return told;
}

export function authorName(user: User, anonymous: boolean): string {
  return anonymous ? `An ${ANONYMOUS_LABEL}` : user.displayName;
}
