// The mentor directory and the member's bookmarked mentors: keyset pages of mentor cards. Each
// query selects only what its viewer may see (a private country cannot be searched for).
import "server-only";
import { and, arrayContains, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { accountUsableSql } from "@/lib/auth/usable";
import { bookmarks, caseRecords, mentorProfiles, users } from "@/db/schema";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import { directoryFiltersSchema, type DirectoryFilters } from "./schemas";
import { summaryColumns, verifiedMentorSql } from "./sql";
import { toMentorSummary } from "./summary";
import type { BookmarkPage, DirectoryPage } from "./views";
import type { Actor } from "@/lib/auth/actor";
import { levelsFor } from "./queries";

export const DIRECTORY_PAGE_SIZE = 20;

const hasCaseWhere = (condition: SQL) =>
  sql`exists (select 1 from ${caseRecords} where ${caseRecords.mentorUserId} = ${mentorProfiles.userId} and ${condition})`;

/**
 * The mentor directory: full-text search over bio, field and topics, filters, and keyset pages of
 * 20 (newest profiles first, or best match first when there is a query). Country filters only
 * match mentors whose country this viewer may see, so a private country cannot be discovered.
 */
export async function searchMentorDirectory(
  viewer: Actor,
  rawFilters: DirectoryFilters,
  cursor?: string | null,
): Promise<DirectoryPage> {
  const f = directoryFiltersSchema.parse(rawFilters);
  const conditions: SQL[] = [];
  const tsQuery = f.q ? sql`websearch_to_tsquery('english', ${f.q})` : null;
  if (tsQuery) conditions.push(sql`${mentorProfiles.searchVector} @@ ${tsQuery}`);
  if (f.pathway && f.criterion) {
    conditions.push(
      hasCaseWhere(
        sql`${caseRecords.pathway} = ${f.pathway} and ${f.criterion} = any(${caseRecords.criteriaAccepted})`,
      ),
    );
  } else if (f.pathway) {
    conditions.push(hasCaseWhere(sql`${caseRecords.pathway} = ${f.pathway}`));
  } else if (f.criterion) {
    conditions.push(hasCaseWhere(sql`${f.criterion} = any(${caseRecords.criteriaAccepted})`));
  }
  if (f.field) conditions.push(eq(mentorProfiles.field, f.field));
  if (f.country) {
    conditions.push(eq(mentorProfiles.countryOfBirth, f.country));
    if (!hasRoleAtLeast(viewer, "admin")) {
      conditions.push(
        or(
          inArray(mentorProfiles.countryVisibility, levelsFor(viewer)),
          eq(mentorProfiles.userId, viewer.id),
        )!,
      );
    }
  }
  if (f.language) conditions.push(arrayContains(mentorProfiles.languages, [f.language]));
  if (f.verified) conditions.push(verifiedMentorSql(mentorProfiles.userId));
  if (f.accepting) {
    conditions.push(
      sql`${mentorProfiles.accepting} and ${mentorProfiles.activeMentees} < ${mentorProfiles.capacity}`,
    );
  }

  const rank = tsQuery
    ? sql<string>`round(ts_rank(${mentorProfiles.searchVector}, ${tsQuery})::numeric, 6)`
    : null;
  const after = decodeCursor(cursor);
  if (rank && after?.k === "rank") {
    conditions.push(
      sql`(${rank} < ${after.r}::numeric or (${rank} = ${after.r}::numeric and ${mentorProfiles.userId} > ${after.id}))`,
    );
  } else if (!rank && after?.k === "time") {
    conditions.push(
      sql`(${mentorProfiles.createdAt} < ${after.t}::timestamptz or (${mentorProfiles.createdAt} = ${after.t}::timestamptz and ${mentorProfiles.userId} < ${after.id}))`,
    );
  }

  // The profiles are filtered and ordered on their own table first (`offset 0` keeps that
  // subquery whole), then only the page's rows are joined to their users and checked for a usable
  // account, in that order: joining first hashed every user (a scan of 20,000 rows) for each search.
  const order = rank
    ? sql`${rank} desc, ${mentorProfiles.userId} asc`
    : sql`${mentorProfiles.createdAt} desc, ${mentorProfiles.userId} desc`;
  const ordered = sql`(select ${mentorProfiles.userId} as user_id, ${rank ?? sql`0`} as rank, ${mentorProfiles.createdAt} as created_at from ${mentorProfiles} where ${and(...conditions) ?? sql`true`} order by ${order} offset 0) as ordered`;
  const rows = await db
    .select({
      ...summaryColumns,
      rank: sql<string>`ordered.rank::text`,
      createdAtText: sql<string>`ordered.created_at::text`,
      bookmarked: sql<boolean>`exists (select 1 from ${bookmarks} where ${bookmarks.userId} = ${viewer.id} and ${bookmarks.targetType} = 'mentor' and ${bookmarks.targetId} = ${mentorProfiles.userId}::text)`,
    })
    .from(ordered)
    .innerJoin(mentorProfiles, sql`${mentorProfiles.userId} = ordered.user_id`)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(accountUsableSql())
    .orderBy(
      rank
        ? sql`ordered.rank desc, ordered.user_id asc`
        : sql`ordered.created_at desc, ordered.user_id desc`,
    )
    .limit(DIRECTORY_PAGE_SIZE + 1);

  const page = rows.slice(0, DIRECTORY_PAGE_SIZE);
  const last = page.at(-1);
  const next =
    rows.length > DIRECTORY_PAGE_SIZE && last
      ? encodeCursor(
          rank
            ? { k: "rank", r: String(last.rank), id: last.userId }
            : { k: "time", t: last.createdAtText, id: last.userId },
        )
      : undefined;
  return {
    mentors: page.map(toMentorSummary),
    bookmarkedIds: page.filter((r) => r.bookmarked === true).map((r) => r.userId),
    next,
  };
}

/** The mentors the actor bookmarked, most recent bookmark first, in keyset pages of 20. */
export async function listBookmarkedMentors(
  actor: Actor,
  cursor?: string | null,
): Promise<BookmarkPage> {
  const conditions: SQL[] = [
    eq(bookmarks.userId, actor.id),
    eq(bookmarks.targetType, "mentor"),
    accountUsableSql(),
  ];
  const after = decodeCursor(cursor);
  if (after?.k === "time") {
    conditions.push(
      sql`(${bookmarks.createdAt} < ${after.t}::timestamptz or (${bookmarks.createdAt} = ${after.t}::timestamptz and ${bookmarks.targetId} < ${after.id}))`,
    );
  }
  const rows = await db
    .select({ ...summaryColumns, bookmarkedAt: sql<string>`${bookmarks.createdAt}::text` })
    .from(bookmarks)
    .innerJoin(mentorProfiles, sql`${mentorProfiles.userId}::text = ${bookmarks.targetId}`)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(...conditions))
    .orderBy(desc(bookmarks.createdAt), desc(bookmarks.targetId))
    .limit(DIRECTORY_PAGE_SIZE + 1);
  const page = rows.slice(0, DIRECTORY_PAGE_SIZE);
  const last = page.at(-1);
  return {
    mentors: page.map(toMentorSummary),
    next:
      rows.length > DIRECTORY_PAGE_SIZE && last
        ? encodeCursor({ k: "time", t: last.bookmarkedAt, id: last.userId })
        : undefined,
  };
}
