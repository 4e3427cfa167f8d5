// Writes of mentors: the actor's own mentor profile and case records, and bookmarks of mentors.
// Every function acts for `actor` only: ids in forms are checked against the owner here.
import "server-only";
import { and, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accountUsableSql } from "@/lib/auth/usable";
import {
  bookmarks,
  caseRecords,
  mentorProfiles,
  users,
  type CaseRecord,
  type User,
} from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import {
  CASE_RECORDS_MAX,
  caseRecordSchema,
  mentorProfileSchema,
  type CaseRecordData,
  type CaseRecordInput,
  type MentorProfileInput,
} from "./schemas";
import { isUuid } from "@/lib/ids";
import { bookmarkOf } from "@/lib/saved/mutations";

type Actor = Pick<User, "id">;

/** Per member, counted before each write (docs/security.md #30). */
export const mentorRateLimits = {
  profileWritesPerUser: { name: "mentor-profile:user", limit: 30, windowSeconds: 10 * 60 },
  caseWritesPerUser: { name: "case-record:user", limit: 30, windowSeconds: 10 * 60 },
  bookmarksPerUser: { name: "mentor-bookmark:user", limit: 60, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

function recordNotFound(): NotFoundError {
  return new NotFoundError("We could not find this case record among yours.");
}

/** Creates or updates the actor's own mentor profile. Returns whether it was created. */
export async function upsertMentorProfile(
  actor: Actor,
  input: MentorProfileInput,
): Promise<{ created: boolean }> {
  const data = mentorProfileSchema.parse(input);
  await enforceRateLimits([[mentorRateLimits.profileWritesPerUser, actor.id]]);
  const [row] = await db
    .insert(mentorProfiles)
    .values({ userId: actor.id, ...data })
    .onConflictDoUpdate({ target: mentorProfiles.userId, set: { ...data, updatedAt: new Date() } })
    .returning({ created: mentorProfiles.createdAt, updated: mentorProfiles.updatedAt });
  return { created: row !== undefined && row.created.getTime() === row.updated.getTime() };
}

/** Adds a case record to the actor's mentor profile, which must exist first. Returns its id. */
export async function addCaseRecord(actor: Actor, input: CaseRecordInput): Promise<string> {
  const data = caseRecordSchema.parse(input);
  await enforceRateLimits([[mentorRateLimits.caseWritesPerUser, actor.id]]);
  return db.transaction(async (tx) => {
    // Locks the profile row so two submits cannot both pass the count.
    const [profile] = await tx
      .select({ userId: mentorProfiles.userId })
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, actor.id))
      .for("update");
    if (!profile) {
      throw new ValidationError(
        "Save your mentor profile first; then you can add the cases you went through.",
      );
    }
    const [existing] = await tx
      .select({ n: count() })
      .from(caseRecords)
      .where(eq(caseRecords.mentorUserId, actor.id));
    if ((existing?.n ?? 0) >= CASE_RECORDS_MAX) {
      throw new ConflictError(`You can keep at most ${CASE_RECORDS_MAX} case records.`);
    }
    const [row] = await tx
      .insert(caseRecords)
      .values({ mentorUserId: actor.id, ...data })
      .returning({ id: caseRecords.id });
    return row!.id;
  });
}

const comparedKeys = [
  "pathway",
  "filedMonth",
  "decidedMonth",
  "serviceCentre",
  "premium",
  "selfFiled",
  "rfe",
  "rfeCriteria",
  "outcome",
  "criteriaClaimed",
  "criteriaAccepted",
] as const satisfies ReadonlyArray<keyof CaseRecordData>;

function sameFacts(a: CaseRecord, b: CaseRecordData): boolean {
  return comparedKeys.every((key) => {
    const x: unknown = a[key];
    const y: unknown = b[key];
    if (Array.isArray(x) && Array.isArray(y)) {
      return x.length === y.length && [...x].sort().join() === [...y].sort().join();
    }
    return x === y;
  });
}

/**
 * Changes one of the actor's case records. A changed record goes back to "unverified": the admin's
 * check was of the facts as they were. Another member's record id is not found and nothing changes.
 */
export async function updateCaseRecord(
  actor: Actor,
  id: string,
  input: CaseRecordInput,
): Promise<{ backToUnverified: boolean }> {
  if (!isUuid(id)) throw recordNotFound();
  const data = caseRecordSchema.parse(input);
  await enforceRateLimits([[mentorRateLimits.caseWritesPerUser, actor.id]]);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(caseRecords)
      .where(and(eq(caseRecords.id, id), eq(caseRecords.mentorUserId, actor.id)))
      .for("update");
    if (!current) throw recordNotFound();
    if (sameFacts(current, data)) return { backToUnverified: false };
    const wasChecked = current.verificationStatus !== "unverified";
    await tx
      .update(caseRecords)
      .set({
        ...data,
        verificationStatus: "unverified",
        verifiedBy: null,
        verifiedAt: null,
      })
      .where(and(eq(caseRecords.id, id), eq(caseRecords.mentorUserId, actor.id)));
    return { backToUnverified: wasChecked };
  });
}

/** Deletes one of the actor's case records; another member's record id is not found. */
export async function deleteCaseRecord(actor: Actor, id: string): Promise<void> {
  if (!isUuid(id)) throw recordNotFound();
  await enforceRateLimits([[mentorRateLimits.caseWritesPerUser, actor.id]]);
  const deleted = await db
    .delete(caseRecords)
    .where(and(eq(caseRecords.id, id), eq(caseRecords.mentorUserId, actor.id)))
    .returning({ id: caseRecords.id });
  if (deleted.length === 0) throw recordNotFound();
}

/**
 * Bookmarks a mentor (on) or removes the bookmark (off). Idempotent: sending the same state twice
 * changes nothing. Only existing, visible mentors other than oneself can be bookmarked.
 */
export async function setBookmark(actor: Actor, mentorUserId: string, on: boolean): Promise<void> {
  if (!isUuid(mentorUserId)) throw new NotFoundError("We could not find this mentor.");
  if (mentorUserId === actor.id) {
    throw new ValidationError("You cannot bookmark your own mentor profile.");
  }
  await enforceRateLimits([[mentorRateLimits.bookmarksPerUser, actor.id]]);
  const target = { userId: actor.id, targetType: "mentor" as const, targetId: mentorUserId };
  if (!on) {
    await db.delete(bookmarks).where(bookmarkOf(target));
    return;
  }
  const [mentor] = await db
    .select({ userId: mentorProfiles.userId })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(eq(mentorProfiles.userId, mentorUserId), accountUsableSql()));
  if (!mentor) throw new NotFoundError("We could not find this mentor.");
  await db.insert(bookmarks).values(target).onConflictDoNothing();
}
