// Content written by mentors and admins (guides, articles, checklists, opportunities,
// announcements), its revisions, and follows of its authors (docs/architecture.md, lib/content/*).
import { sql, type SQL } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { contentKinds, contentStatuses } from "@/lib/content/vocabulary";
import { timestamps } from "./columns";
import { pathwayEnum, stageEnum } from "./profiles";
import { users } from "./users";

export const contentKindEnum = pgEnum("content_kind", contentKinds);
export const contentStatusEnum = pgEnum("content_status", contentStatuses);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const contentItems = pgTable(
  "content_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null once the author's account is deleted. */
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    kind: contentKindEnum("kind").notNull(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    /** One or two sentences: the description for sharing and the text of a feed card. */
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    pathways: pathwayEnum("pathways")
      .array()
      .notNull()
      .default(sql`'{}'`),
    criteria: text("criteria")
      .array()
      .notNull()
      .default(sql`'{}'`),
    stages: stageEnum("stages")
      .array()
      .notNull()
      .default(sql`'{}'`),
    fields: text("fields")
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Visa Bulletin chargeability areas the item is about (CN, IN, MX, PH, ROW); empty: all. */
    chargeability: text("chargeability")
      .array()
      .notNull()
      .default(sql`'{}'`),
    status: contentStatusEnum("status").notNull().default("draft"),
    /** Written by the Landed team (admins only). */
    official: boolean("official").notNull().default(false),
    pinned: boolean("pinned").notNull().default(false),
    /** Opportunities: the last day to apply; the feed drops it afterwards. */
    closesOn: date("closes_on"),
    /** First publication; kept when unpublished and published again. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** The last change of a published item's text: "updated on". */
    revisedAt: timestamp("revised_at", { withTimezone: true }),
    /** Bumped by every edit; an edit made from an older version is a conflict. */
    version: integer("version").notNull().default(1),
    saveCount: integer("save_count").notNull().default(0),
    /** Sent with the "new" form, so a double submit finds the first item instead of making another. */
    idempotencyKey: text("idempotency_key"),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', ${contentItems.title}), 'A') || setweight(to_tsvector('english', ${contentItems.summary}), 'B') || setweight(to_tsvector('english', replace(landed_text_array(${contentItems.criteria}), '_', ' ')), 'B') || setweight(to_tsvector('english', ${contentItems.body}), 'C')`,
    ),
    ...timestamps,
  },
  (t) => [
    index("content_items_published_idx")
      .on(t.publishedAt, t.id)
      .where(sql`${t.status} = 'published'`),
    index("content_items_popular_idx")
      .on(t.saveCount, t.id)
      .where(sql`${t.status} = 'published'`),
    index("content_items_author_idx").on(t.authorId, t.updatedAt),
    uniqueIndex("content_items_idempotency").on(t.authorId, t.idempotencyKey),
    index("content_items_pathways_idx").using("gin", t.pathways),
    index("content_items_criteria_idx").using("gin", t.criteria),
    index("content_items_stages_idx").using("gin", t.stages),
    index("content_items_search_idx").using("gin", t.searchVector),
    check("content_items_title_length", sql`char_length(${t.title}) between 1 and 150`),
    check("content_items_summary_length", sql`char_length(${t.summary}) between 1 and 300`),
    check("content_items_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check(
      "content_items_published_has_date",
      sql`${t.status} = 'draft' or ${t.publishedAt} is not null`,
    ),
    check("content_items_save_count", sql`${t.saveCount} >= 0`),
  ],
);

/** Earlier versions of a content item's text, written by each edit. */
export const contentRevisions = pgTable(
  "content_revisions",
  {
    contentId: uuid("content_id")
      .notNull()
      .references(() => contentItems.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    editorId: uuid("editor_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.contentId, t.version] })],
);

/** A member follows an author: their new content ranks higher in the member's feed. */
export const authorFollows = pgTable(
  "author_follows",
  {
    followerId: uuid("follower_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.followerId, t.authorId] }),
    index("author_follows_author_idx").on(t.authorId),
    check("author_follows_not_self", sql`${t.followerId} <> ${t.authorId}`),
  ],
);

export type ContentItem = typeof contentItems.$inferSelect;
export type ContentRevision = typeof contentRevisions.$inferSelect;
