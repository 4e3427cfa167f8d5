// Reads of content: an item's page (with who may see a draft or a taken-down item), the library
// (published items, filtered, keyset-paginated), popular items for visitors, related items, and
// an author's own list. Visibility is decided here, in SQL, for every reader.
import "server-only";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { verifiedMentorSql } from "@/lib/mentors/sql";
import { db } from "@/db/client";
import {
  authorFollows,
  bookmarks,
  contentItems,
  mentorProfiles,
  users,
  type User,
} from "@/db/schema";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { decodeCursor, encodeCursor, keysetPage } from "@/lib/cursor";
import { textArray } from "@/lib/sql";
import type { Chargeability } from "@/lib/domain/countries";
import type { CriterionCode } from "@/lib/domain/criteria";
import type { FieldCode } from "@/lib/domain/case-facts";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";
import type { ContentKind, ContentStatus } from "./vocabulary";
import { libraryFiltersSchema, type LibraryFilters } from "./schemas";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export const LIBRARY_PAGE_SIZE = 20;
export const RELATED_LIMIT = 4;

export interface ContentAuthor {
  id: string;
  name: string;
  handle: string;
  /** Has a mentor profile: the card links to it and shows the verification label. */
  mentor: boolean;
  verified: boolean;
  /** The Landed team (an admin). */
  team: boolean;
}

export interface ContentCard {
  id: string;
  slug: string;
  kind: ContentKind;
  title: string;
  summary: string;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  stages: StageCode[];
  official: boolean;
  pinned: boolean;
  status: ContentStatus;
  publishedAt: Date | null;
  revisedAt: Date | null;
  updatedAt: Date;
  closesOn: string | null;
  saveCount: number;
  author: ContentAuthor | null;
}

export interface ContentDetail extends ContentCard {
  body: string;
  fields: FieldCode[];
  chargeability: Chargeability[];
  version: number;
  mine: boolean;
  saved: boolean;
  followingAuthor: boolean;
}

export type ContentPage =
  { status: "ok"; item: ContentDetail; related: ContentCard[] } | { status: "not_found" };

// SQL ---------------------------------------------------------------------------------------------

const authorIsMentor = sql<boolean>`exists (select 1 from ${mentorProfiles} where ${mentorProfiles.userId} = ${users.id})`;

const cardColumns = {
  id: contentItems.id,
  slug: contentItems.slug,
  kind: contentItems.kind,
  title: contentItems.title,
  summary: contentItems.summary,
  pathways: contentItems.pathways,
  criteria: contentItems.criteria,
  stages: contentItems.stages,
  official: contentItems.official,
  pinned: contentItems.pinned,
  status: contentItems.status,
  publishedAt: contentItems.publishedAt,
  revisedAt: contentItems.revisedAt,
  updatedAt: contentItems.updatedAt,
  closesOn: contentItems.closesOn,
  saveCount: contentItems.saveCount,
  authorId: users.id,
  authorName: users.displayName,
  authorHandle: users.handle,
  authorRole: users.role,
  authorMentor: authorIsMentor,
  authorVerified: verifiedMentorSql(users.id),
};

export const isPublished: SQL = sql`${contentItems.status} = 'published'`;

/** Who may read an item: published for all; drafts for the author and admins; taken-down items for
 * the author (with a notice) and moderators. */
export function contentReadable(viewer: Actor | null): SQL {
  if (!viewer) return isPublished;
  const staffStatuses = hasRoleAtLeast(viewer, "admin")
    ? sql`true`
    : hasRoleAtLeast(viewer, "moderator")
      ? sql`${contentItems.status} <> 'draft'`
      : sql`false`;
  return sql`(${isPublished} or ${contentItems.authorId} = ${viewer.id} or ${staffStatuses})`;
}

function cards() {
  return db
    .select(cardColumns)
    .from(contentItems)
    .leftJoin(users, eq(users.id, contentItems.authorId));
}
type CardRow = Awaited<ReturnType<typeof cards>>[number];

function toCard(row: CardRow): ContentCard {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    pathways: row.pathways as PathwayCode[],
    criteria: row.criteria as CriterionCode[],
    stages: row.stages as StageCode[],
    official: row.official,
    pinned: row.pinned,
    status: row.status,
    publishedAt: row.publishedAt,
    revisedAt: row.revisedAt,
    updatedAt: row.updatedAt,
    closesOn: row.closesOn,
    saveCount: row.saveCount,
    author:
      row.authorId && row.authorName && row.authorHandle
        ? {
            id: row.authorId,
            name: row.authorName,
            handle: row.authorHandle,
            mentor: row.authorMentor === true,
            verified: row.authorVerified === true,
            team: row.authorRole === "admin",
          }
        : null,
  };
}

// Reads -------------------------------------------------------------------------------------------

/** An item's page: the item if this viewer may read it, and up to 4 related published items. */
export async function getContent(viewer: Actor | null, id: string): Promise<ContentPage> {
  if (!isUuid(id)) return { status: "not_found" };
  const [row] = await db
    .select({
      ...cardColumns,
      body: contentItems.body,
      fields: contentItems.fields,
      chargeability: contentItems.chargeability,
      version: contentItems.version,
      saved: viewer
        ? sql<boolean>`exists (select 1 from ${bookmarks} where ${bookmarks.userId} = ${viewer.id} and ${bookmarks.targetType} = 'content' and ${bookmarks.targetId} = ${contentItems.id}::text)`
        : sql<boolean>`false`,
      followingAuthor: viewer
        ? sql<boolean>`exists (select 1 from ${authorFollows} where ${authorFollows.followerId} = ${viewer.id} and ${authorFollows.authorId} = ${contentItems.authorId})`
        : sql<boolean>`false`,
    })
    .from(contentItems)
    .leftJoin(users, eq(users.id, contentItems.authorId))
    .where(and(eq(contentItems.id, id), contentReadable(viewer)));
  if (!row) return { status: "not_found" };
  const card = toCard(row);
  const related = await relatedContent(card);
  return {
    status: "ok",
    item: {
      ...card,
      body: row.body,
      fields: row.fields as FieldCode[],
      chargeability: row.chargeability as Chargeability[],
      version: row.version,
      mine: viewer !== null && row.authorId === viewer.id,
      saved: row.saved === true,
      followingAuthor: row.followingAuthor === true,
    },
    related,
  };
}

/** Published items sharing the most tags with this one, newest first among equals. */
export async function relatedContent(
  item: Pick<ContentCard, "id" | "pathways" | "criteria" | "stages">,
  limit = RELATED_LIMIT,
): Promise<ContentCard[]> {
  const overlap = sql<number>`(cardinality(array(select unnest(${contentItems.criteria}) intersect select unnest(${textArray(item.criteria)}))) * 2 + cardinality(array(select unnest(${contentItems.pathways}::text[]) intersect select unnest(${textArray(item.pathways)}))) + cardinality(array(select unnest(${contentItems.stages}::text[]) intersect select unnest(${textArray(item.stages)}))))`;
  const rows = await cards()
    .where(
      and(
        isPublished,
        sql`${contentItems.id} <> ${item.id}`,
        sql`(${contentItems.criteria} && ${textArray(item.criteria)} or ${contentItems.pathways}::text[] && ${textArray(item.pathways)})`,
      ),
    )
    .orderBy(desc(overlap), desc(contentItems.publishedAt), desc(contentItems.id))
    .limit(limit);
  return rows.map((r) => toCard(r));
}

/** Items by id that this viewer may read, in the order given (saved lists). */
export async function listContentByIds(
  viewer: Actor | null,
  ids: readonly string[],
): Promise<ContentCard[]> {
  if (ids.length === 0) return [];
  const rows = await cards().where(
    and(inArray(contentItems.id, [...ids]), contentReadable(viewer)),
  );
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The library: published items, newest first, filtered by kind, pathway, criterion and stage, in
 * keyset pages. Closed opportunities stay (marked closed) so links keep working.
 */
export async function listLibrary(
  rawFilters: LibraryFilters | Record<string, unknown>,
  limit = LIBRARY_PAGE_SIZE,
): Promise<{ items: ContentCard[]; nextCursor: string | null }> {
  const f = libraryFiltersSchema.parse(rawFilters);
  const conditions: SQL[] = [isPublished];
  if (f.kind) conditions.push(eq(contentItems.kind, f.kind));
  if (f.pathway) conditions.push(sql`${contentItems.pathways} @> array[${f.pathway}]::pathway[]`);
  if (f.criterion) conditions.push(sql`${contentItems.criteria} @> array[${f.criterion}]::text[]`);
  if (f.stage) conditions.push(sql`${contentItems.stages} @> array[${f.stage}]::stage[]`);
  const after = decodeCursor(f.cursor);
  if (after?.k === "time") {
    conditions.push(
      sql`(${contentItems.publishedAt}, ${contentItems.id}) < (${after.t}::timestamptz, ${after.id}::uuid)`,
    );
  }
  const rows = await db
    .select({ ...cardColumns, publishedText: sql<string>`${contentItems.publishedAt}::text` })
    .from(contentItems)
    .leftJoin(users, eq(users.id, contentItems.authorId))
    .where(and(...conditions))
    .orderBy(desc(contentItems.publishedAt), desc(contentItems.id))
    .limit(limit + 1);
  const { page, nextCursor } = keysetPage(rows, limit, (last) =>
    encodeCursor({ k: "time", t: last.publishedText, id: last.id }),
  );
  return {
    items: page.map((r) => toCard(r)),
    nextCursor,
  };
}

/** The visitors' feed: pinned items, then the most saved published items, in keyset pages. */
export async function listPopularContent(
  cursor?: string | null,
  limit = LIBRARY_PAGE_SIZE,
): Promise<{ items: ContentCard[]; nextCursor: string | null }> {
  // Pinned items count as saved by everyone, so they lead the first page.
  const popularity = sql<number>`(case when ${contentItems.pinned} then 1000000 else ${contentItems.saveCount} end)`;
  const after = decodeCursor(cursor);
  const rows = await cards()
    .where(
      and(
        isPublished,
        sql`(${contentItems.closesOn} is null or ${contentItems.closesOn} >= current_date)`,
        after?.k === "rank"
          ? sql`(${popularity}, ${contentItems.id}) < (${Number(after.r)}, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(popularity), desc(contentItems.id))
    .limit(limit + 1);
  const { page, nextCursor } = keysetPage(rows, limit, (last) =>
    encodeCursor({
      k: "rank",
      r: String(last.pinned ? 999_999 : Math.min(last.saveCount, 999_998)),
      id: last.id,
    }),
  );
  return {
    items: page.map((r) => toCard(r)),
    nextCursor,
  };
}

/** Everything the author wrote, drafts included, most recently changed first. */
export async function listOwnContent(
  actor: Pick<User, "id">,
  cursor?: string | null,
  limit = LIBRARY_PAGE_SIZE,
): Promise<{ items: ContentCard[]; nextCursor: string | null }> {
  const after = decodeCursor(cursor);
  const rows = await db
    .select({ ...cardColumns, updatedText: sql<string>`${contentItems.updatedAt}::text` })
    .from(contentItems)
    .leftJoin(users, eq(users.id, contentItems.authorId))
    .where(
      and(
        eq(contentItems.authorId, actor.id),
        after?.k === "time"
          ? sql`(${contentItems.updatedAt}, ${contentItems.id}) < (${after.t}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(contentItems.updatedAt), desc(contentItems.id))
    .limit(limit + 1);
  const { page, nextCursor } = keysetPage(rows, limit, (last) =>
    encodeCursor({ k: "time", t: last.updatedText, id: last.id }),
  );
  return {
    items: page.map((r) => toCard(r)),
    nextCursor,
  };
}

/** May this member write content at all (a mentor, or an admin)? */
export async function canWriteContent(viewer: Actor): Promise<boolean> {
  if (hasRoleAtLeast(viewer, "admin")) return true;
  const [row] = await db
    .select({ userId: mentorProfiles.userId })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, viewer.id));
  return Boolean(row);
}
