// Reads of mentors: cards, the mentor's own profile and case records, the profile page per viewer
// (the directory and bookmarks are in directory.ts). Each query selects only what its viewer may see.
import "server-only";
import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { accountUsableSql } from "@/lib/auth/usable";
import {
  bookmarks,
  caseRecords,
  mentorProfiles,
  users,
  type CaseRecord,
  type MentorProfile,
} from "@/db/schema";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import type { Visibility } from "@/lib/domain/case-facts";
import { cardStatsColumns, cardStatsOf } from "./stats";
import { summaryColumns, verifiedMentorSql } from "./sql";
import { counterpartSql } from "@/lib/mentorship/counterpart";
import { asFieldCode, toMentorSummary } from "./summary";
import type { MentorSummary } from "./types";
import type { CaseDetailsView, CaseRecordView, MentorProfileView, ViewerRelation } from "./views";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

const HANDLE = /^[a-z0-9][a-z0-9-]{1,29}$/i;

/**
 * Cards for these mentors, in the order given, in one query. Everything in a MentorSummary is
 * safe for any member; unknown ids and suspended or banned mentors are left out.
 */
export async function getMentorSummaries(
  _viewer: Actor,
  userIds: readonly string[],
): Promise<MentorSummary[]> {
  const ids = [...new Set(userIds)].filter((id) => isUuid(id));
  if (ids.length === 0) return [];
  const rows = await db
    .select({ ...summaryColumns, lastActiveAt: users.lastActiveAt, ...cardStatsColumns() })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(inArray(mentorProfiles.userId, ids), accountUsableSql()));
  const byId = new Map(
    rows.map((row) => [
      row.userId,
      { ...toMentorSummary(row), lastActiveAt: row.lastActiveAt, ...cardStatsOf(row) },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type OwnMentorProfile = Omit<MentorProfile, "searchVector">;

const { searchVector: _searchVector, ...ownProfileColumns } = getTableColumns(mentorProfiles);

/** The actor's own mentor profile and every one of their case records, or null before they made one. */
export async function getOwnMentorProfile(
  actor: Actor,
): Promise<{ profile: OwnMentorProfile; cases: CaseRecord[] } | null> {
  const [profile] = await db
    .select(ownProfileColumns)
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, actor.id));
  if (!profile) return null;
  const cases = await db
    .select()
    .from(caseRecords)
    .where(eq(caseRecords.mentorUserId, actor.id))
    .orderBy(sql`${caseRecords.decidedMonth} desc nulls last`, asc(caseRecords.createdAt));
  return { profile, cases };
}

/** One of the actor's own case records (for the edit form), or null if it is not theirs. */
export async function getOwnCaseRecord(actor: Actor, id: string): Promise<CaseRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(caseRecords)
    .where(and(eq(caseRecords.id, id), eq(caseRecords.mentorUserId, actor.id)));
  return row ?? null;
}

/** Visibility levels a viewer of this kind is allowed by the mentor's own settings. */
export function levelsFor(viewer: Actor | null): Visibility[] {
  return viewer ? ["members", "public"] : ["public"];
}

/**
 * A mentor's profile as this viewer may see it (null viewer: a signed-out visitor). Fields the
 * viewer may not see are never selected. Unknown handles and suspended or banned users give null.
 */
export async function getMentorProfileForViewer(
  viewer: Actor | null,
  handle: string,
): Promise<MentorProfileView | null> {
  if (!HANDLE.test(handle)) return null;
  const isAdmin = viewer !== null && hasRoleAtLeast(viewer, "admin");
  const isSelf: SQL<boolean> = viewer
    ? sql<boolean>`(${mentorProfiles.userId} = ${viewer.id})`
    : sql<boolean>`false`;
  const privileged: SQL<boolean> = isAdmin ? sql<boolean>`true` : isSelf;
  // A mentee or mentor in an accepted mentorship sees what is marked private, never the settings.
  const counterpart: SQL<boolean> = viewer
    ? counterpartSql(viewer.id, mentorProfiles.userId)
    : sql<boolean>`false`;
  const levels = levelsFor(viewer);
  // Signed-out visitors get null in place of what only members may see.
  const forMembers = <T>(column: SQL<T> | SQL.Aliased<T> | { _: { data: T } }): SQL<T | null> =>
    viewer ? sql<T>`${column}` : sql<null>`null`;

  const [row] = await db
    .select({
      mentorUserId: mentorProfiles.userId,
      isSelf,
      counterpart,
      handle: users.handle,
      displayName: users.displayName,
      bio: mentorProfiles.bio,
      field: mentorProfiles.field,
      topics: mentorProfiles.topics,
      languages: mentorProfiles.languages,
      verified: verifiedMentorSql(mentorProfiles.userId),
      timezone: forMembers(mentorProfiles.timezone),
      accepting: forMembers(mentorProfiles.accepting),
      capacity: forMembers(mentorProfiles.capacity),
      activeMentees: forMembers(mentorProfiles.activeMentees),
      countryOfBirth: sql<
        string | null
      >`case when ${privileged} or ${counterpart} or ${inArray(mentorProfiles.countryVisibility, levels)} then ${mentorProfiles.countryOfBirth} end`,
      detailsVisible: sql<boolean>`(${privileged} or ${counterpart} or ${inArray(mentorProfiles.caseDetailsVisibility, levels)})`,
      countryVisibility: sql<Visibility | null>`case when ${privileged} then ${mentorProfiles.countryVisibility} end`,
      caseDetailsVisibility: sql<Visibility | null>`case when ${privileged} then ${mentorProfiles.caseDetailsVisibility} end`,
      bookmarked: viewer
        ? sql<
            boolean | null
          >`exists (select 1 from ${bookmarks} where ${bookmarks.userId} = ${viewer.id} and ${bookmarks.targetType} = 'mentor' and ${bookmarks.targetId} = ${mentorProfiles.userId}::text)`
        : sql<null>`null`,
    })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(sql`lower(${users.handle}) = lower(${handle})`, accountUsableSql()))
    .limit(1);
  if (!row) return null;

  const relation: ViewerRelation = !viewer
    ? "anonymous"
    : row.isSelf
      ? "self"
      : isAdmin
        ? "admin"
        : row.counterpart === true
          ? "counterpart"
          : "member";
  const cases = await selectCaseViews(
    row.mentorUserId,
    viewer !== null,
    row.detailsVisible === true,
  );
  return {
    relation,
    userId: viewer ? row.mentorUserId : null,
    handle: row.handle,
    displayName: row.displayName,
    bio: row.bio,
    field: asFieldCode(row.field),
    topics: row.topics,
    languages: row.languages,
    verified: row.verified === true,
    timezone: row.timezone,
    availability:
      row.accepting === null || row.capacity === null || row.activeMentees === null
        ? null
        : { accepting: row.accepting, capacity: row.capacity, activeMentees: row.activeMentees },
    countryOfBirth: row.countryOfBirth,
    visibility:
      row.countryVisibility && row.caseDetailsVisibility
        ? { country: row.countryVisibility, caseDetails: row.caseDetailsVisibility }
        : null,
    cases,
    bookmarked: relation === "self" || row.bookmarked === null ? null : row.bookmarked === true,
  };
}

/** The case records of one mentor, with only the columns this viewer may see. */
async function selectCaseViews(
  mentorUserId: string,
  isMember: boolean,
  detailsVisible: boolean,
): Promise<CaseRecordView[]> {
  const base = {
    pathway: caseRecords.pathway,
    outcome: caseRecords.outcome,
    verified: sql<boolean>`(${caseRecords.verificationStatus} = 'verified')`,
  };
  const member = {
    decidedYear: sql<number | null>`extract(year from ${caseRecords.decidedMonth})::int`,
    criteriaAccepted: caseRecords.criteriaAccepted,
  };
  const details = {
    filedMonth: caseRecords.filedMonth,
    decidedMonth: caseRecords.decidedMonth,
    serviceCentre: caseRecords.serviceCentre,
    premium: caseRecords.premium,
    selfFiled: caseRecords.selfFiled,
    rfe: caseRecords.rfe,
    rfeCriteria: caseRecords.rfeCriteria,
    criteriaClaimed: caseRecords.criteriaClaimed,
  };
  const owner = eq(caseRecords.mentorUserId, mentorUserId);
  const order = [
    sql`${caseRecords.decidedMonth} desc nulls last`,
    asc(caseRecords.createdAt),
    asc(caseRecords.id),
  ];

  if (!isMember) {
    const rows = await db
      .select(base)
      .from(caseRecords)
      .where(and(owner, eq(caseRecords.outcome, "approved")))
      .orderBy(...order);
    return rows.map((r) => ({
      ...r,
      verified: r.verified === true,
      decidedYear: null,
      criteriaAccepted: null,
      details: null,
    }));
  }
  if (!detailsVisible) {
    const rows = await db
      .select({ ...base, ...member })
      .from(caseRecords)
      .where(owner)
      .orderBy(...order);
    return rows.map((r) => ({
      ...r,
      verified: r.verified === true,
      decidedYear: r.decidedYear === null ? null : Number(r.decidedYear),
      criteriaAccepted: r.criteriaAccepted as CaseRecordView["criteriaAccepted"],
      details: null,
    }));
  }
  const rows = await db
    .select({ ...base, ...member, ...details })
    .from(caseRecords)
    .where(owner)
    .orderBy(...order);
  return rows.map((r) => ({
    pathway: r.pathway,
    outcome: r.outcome,
    verified: r.verified === true,
    decidedYear: r.decidedYear === null ? null : Number(r.decidedYear),
    criteriaAccepted: r.criteriaAccepted as CaseRecordView["criteriaAccepted"],
    details: {
      filedMonth: r.filedMonth,
      decidedMonth: r.decidedMonth,
      serviceCentre: r.serviceCentre,
      premium: r.premium,
      selfFiled: r.selfFiled,
      rfe: r.rfe,
      rfeCriteria: r.rfeCriteria as CaseDetailsView["rfeCriteria"],
      criteriaClaimed: r.criteriaClaimed as CaseDetailsView["criteriaClaimed"],
    },
  }));
}
