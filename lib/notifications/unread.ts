// The unread count of the header's bell, as one SQL expression: the session query carries it, so
// no page spends a query of its own on the badge (docs/performance.md: few queries per page).
import { sql, type SQL } from "drizzle-orm";
import { communityPosts, communityThreads, notifications } from "@/db/schema";
import { UUID_PATTERN } from "@/lib/ids";

/** A uuid kept in the notification's data, as a uuid (so the primary key index finds the row), or null. */
function dataUuid(key: "postId" | "threadId") {
  const value = sql`${notifications.data}->>${sql.raw(`'${key}'`)}`;
  return sql`(case when ${value} ~* ${sql.raw(`'${UUID_PATTERN.source}'`)} then (${value})::uuid end)`;
}

/**
 * Notifications about a post or thread a moderator hid (or an automatic hold) leave the list and
 * the count for everyone but its author: they would point at nothing, or leak the text.
 */
export function aboutVisibleThings(actorId: string) {
  return sql`not exists (select 1 from ${communityPosts} where ${communityPosts.id} = ${dataUuid("postId")} and ${communityPosts.hiddenAt} is not null and ${communityPosts.authorId} is distinct from ${actorId})
    and not exists (select 1 from ${communityThreads} where ${communityThreads.id} = ${dataUuid("threadId")} and ${communityThreads.hiddenAt} is not null and ${communityThreads.authorId} is distinct from ${actorId})`;
}

/** Unread notifications of `userId` about things the member may still see. */
export function unreadCountSql(userId: string): SQL<number> {
  return sql<number>`(select count(*)::int from ${notifications} where ${notifications.recipientId} = ${userId} and ${notifications.readAt} is null and ${aboutVisibleThings(userId)})`;
}
