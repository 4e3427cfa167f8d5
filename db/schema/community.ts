// Community: threads in fixed categories, their posts (the opening post and replies), edit history,
// votes and follows (docs/architecture.md; docs in lib/community/*).
//
// The opening post of a thread is a row in community_posts with is_opening = true, so votes,
// edits, revisions, soft deletes and search work the same for a question and for its replies.
// Counters on the thread (reply_count, vote_score of the opening post, last_activity_at,
// has_mentor_answer) are kept in step by the writes, in the same transaction.
import { sql, type SQL } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { categorySlugs, threadKinds } from "@/lib/community/vocabulary";
import { timestamps } from "./columns";
import { pathwayEnum } from "./profiles";
import { users } from "./users";

export const communityCategoryEnum = pgEnum("community_category", categorySlugs);
export const threadKindEnum = pgEnum("thread_kind", threadKinds);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const communityThreads = pgTable(
  "community_threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null once the author's account is deleted ("a former member"). */
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    category: communityCategoryEnum("category").notNull(),
    kind: threadKindEnum("kind").notNull(),
    title: text("title").notNull(),
    /** Derived from the title for the URL /community/[id]/[slug]; the id alone finds the thread. */
    slug: text("slug").notNull(),
    pathways: pathwayEnum("pathways")
      .array()
      .notNull()
      .default(sql`'{}'`),
    criteria: text("criteria")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Everyone but the author and moderators sees "anonymous member". */
    anonymous: boolean("anonymous").notNull().default(false),
    /** Sent with the form, so a double submit finds the first thread instead of making another. */
    idempotencyKey: text("idempotency_key").notNull(),
    replyCount: integer("reply_count").notNull().default(0),
    /** The opening post's votes (the "top" sort). */
    voteScore: integer("vote_score").notNull().default(0),
    acceptedPostId: uuid("accepted_post_id").references((): AnyPgColumn => communityPosts.id, {
      onDelete: "set null",
    }),
    /** A verified mentor has a live (not deleted) reply, under their name, in this thread. */
    hasMentorAnswer: boolean("has_mentor_answer").notNull().default(false),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    // Moderation (a later issue) sets these; hidden and deleted threads leave lists and search.
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    /** A moderator removed it (it is also hidden); a restore clears both. */
    removedAt: timestamp("removed_at", { withTimezone: true }),
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', ${communityThreads.title}), 'A') || setweight(to_tsvector('english', replace(landed_text_array(${communityThreads.criteria}), '_', ' ')), 'C')`,
    ),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("community_threads_idempotency").on(t.authorId, t.idempotencyKey),
    index("community_threads_category_latest_idx")
      .on(t.category, t.lastActivityAt, t.id)
      .where(sql`${t.deletedAt} is null and ${t.hiddenAt} is null`),
    index("community_threads_latest_idx")
      .on(t.lastActivityAt, t.id)
      .where(sql`${t.deletedAt} is null and ${t.hiddenAt} is null`),
    index("community_threads_newest_idx")
      .on(t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null and ${t.hiddenAt} is null`),
    index("community_threads_top_idx")
      .on(t.voteScore, t.id)
      .where(sql`${t.deletedAt} is null and ${t.hiddenAt} is null`),
    // "Unanswered" (lib/community/thread-list.ts): questions with no accepted answer, discussions with no reply.
    index("community_threads_unanswered_idx")
      .on(t.createdAt, t.id)
      .where(
        sql`${t.deletedAt} is null and ${t.hiddenAt} is null and ((${t.kind} = 'question' and ${t.acceptedPostId} is null) or (${t.kind} = 'discussion' and ${t.replyCount} = 0))`,
      ),
    index("community_threads_pathways_idx").using("gin", t.pathways),
    index("community_threads_criteria_idx").using("gin", t.criteria),
    index("community_threads_search_idx").using("gin", t.searchVector),
    index("community_threads_author_idx").on(t.authorId, t.createdAt),
    check("community_threads_title_length", sql`char_length(${t.title}) between 1 and 150`),
    check("community_threads_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check(
      "community_threads_criteria_count",
      sql`coalesce(array_length(${t.criteria}, 1), 0) <= 6`,
    ),
    check("community_threads_reply_count", sql`${t.replyCount} >= 0`),
  ],
);

export const communityPosts = pgTable(
  "community_posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => communityThreads.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    /** The thread's first post (the question or the discussion's start). One per thread. */
    isOpening: boolean("is_opening").notNull().default(false),
    anonymous: boolean("anonymous").notNull().default(false),
    body: text("body").notNull(),
    /** SHA-256 of the normalised body: the same text again within 5 minutes is refused. */
    bodyHash: text("body_hash").notNull(),
    /** Bumped by every edit; an edit made from an older version is a conflict. */
    version: integer("version").notNull().default(1),
    voteScore: integer("vote_score").notNull().default(0),
    /** Whether the author was a verified mentor when posting (keeps has_mentor_answer cheap). */
    authorVerifiedMentor: boolean("author_verified_mentor").notNull().default(false),
    /** Replies only; a thread's opening post is claimed by the thread's own key. */
    idempotencyKey: text("idempotency_key"),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    /** Soft delete by the author: the post reads "deleted by author". */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** Moderation (a later issue). */
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    /** A moderator removed it (it is also hidden); a restore clears both. */
    removedAt: timestamp("removed_at", { withTimezone: true }),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector('english', ${communityPosts.body}), 'B')`,
    ),
    /**
     * Search shows it: neither it nor its thread is deleted or hidden. Kept by database triggers
     * alone (db/migrations/0024_post_visible_triggers.sql), whichever write hides, removes, deletes
     * or restores the post or its thread; a value written by the app is overwritten.
     */
    visible: boolean("visible").notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("community_posts_one_opening")
      .on(t.threadId)
      .where(sql`${t.isOpening}`),
    uniqueIndex("community_posts_idempotency").on(t.authorId, t.idempotencyKey),
    index("community_posts_thread_idx").on(t.threadId, t.createdAt, t.id),
    index("community_posts_author_idx").on(t.authorId, t.createdAt),
    // Search reads visible posts only (lib/community/search.ts).
    index("community_posts_search_visible_idx")
      .using("gin", t.searchVector)
      .where(sql`${t.visible}`),
    check("community_posts_body_length", sql`char_length(${t.body}) between 1 and 20000`),
    check("community_posts_version_positive", sql`${t.version} > 0`),
    check("community_posts_vote_score", sql`${t.voteScore} >= 0`),
  ],
);

/**
 * Every earlier text of a post: written on each edit, before the post changes, with its sensitive
 * numbers masked (docs/decisions/012-held-text-and-history.md).
 */
export const communityPostRevisions = pgTable(
  "community_post_revisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    postId: uuid("post_id")
      .notNull()
      .references(() => communityPosts.id, { onDelete: "cascade" }),
    /** The version this text was. */
    version: integer("version").notNull(),
    /** The thread's title at that version (opening posts only). */
    title: text("title"),
    body: text("body").notNull(),
    editorId: uuid("editor_id").references(() => users.id, { onDelete: "set null" }),
    /** The text was replaced while the post was hidden (held or removed): its author and staff only. */
    withheld: boolean("withheld").notNull().default(false),
    /** When this text was replaced. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("community_post_revisions_version").on(t.postId, t.version)],
);

/** One up-vote per member per post; never on their own post (checked in lib/community/reactions.ts). */
export const communityVotes = pgTable(
  "community_votes",
  {
    postId: uuid("post_id")
      .notNull()
      .references(() => communityPosts.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.userId] }),
    index("community_votes_user_idx").on(t.userId, t.createdAt),
  ],
);

/** Who hears about new replies; added automatically when a member posts in the thread. */
export const communityFollows = pgTable(
  "community_follows",
  {
    threadId: uuid("thread_id")
      .notNull()
      .references(() => communityThreads.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.userId] }),
    index("community_follows_user_idx").on(t.userId, t.createdAt),
  ],
);

export type CommunityThread = typeof communityThreads.$inferSelect;
export type CommunityPost = typeof communityPosts.$inferSelect;
export type CommunityPostRevision = typeof communityPostRevisions.$inferSelect;
