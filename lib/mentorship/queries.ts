// Reading mentorship requests: the applicant's own, the mentor's incoming ones (with the applicant's
// profile as the mentor may see it), one request for one of its two parties, and the mentor page's
// button state. Every read states who asks; nobody else's requests ever leave this module.
import "server-only";
import { and, asc, desc, eq, gt, inArray, lte, notInArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { mentorProfiles, mentorshipRequests, users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { getApplicantProfilesForViewer, type ApplicantProfileView } from "@/lib/profiles/queries";
import { effectiveState, OPEN_STATES } from "./states";
import { declineReasonLabels, type RequestState } from "./vocabulary";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

/** The lists show at most this many requests each, newest first (older ones are rarely needed). */
export const REQUEST_LIST_LIMIT = 50;

const openStates = [...OPEN_STATES];

/** Requests still open at `now`: an open state, before the deadline (effectiveState, in SQL). */
function openAt(now: Date) {
  return and(inArray(mentorshipRequests.state, openStates), gt(mentorshipRequests.deadlineAt, now));
}
const applicant = alias(users, "applicant");
const mentor = alias(users, "mentor");

export interface PersonRef {
  id: string;
  name: string;
  handle: string;
}

export interface RequestView {
  id: string;
  /** The effective state: an open request past its deadline reads as expired. */
  state: RequestState;
  applicant: PersonRef;
  mentor: PersonRef;
  goals: string;
  message: string;
  deadlineAt: Date;
  createdAt: Date;
  question: string | null;
  answer: string | null;
  /** The decline reason in words, and the mentor's own words if any. */
  declineReason: string | null;
  declineText: string | null;
  acceptedAt: Date | null;
  closedAt: Date | null;
}

const requestColumns = {
  id: mentorshipRequests.id,
  state: mentorshipRequests.state,
  goals: mentorshipRequests.goals,
  message: mentorshipRequests.message,
  deadlineAt: mentorshipRequests.deadlineAt,
  createdAt: mentorshipRequests.createdAt,
  question: mentorshipRequests.infoQuestion,
  answer: mentorshipRequests.infoAnswer,
  declineReason: mentorshipRequests.declineReason,
  declineText: mentorshipRequests.declineText,
  acceptedAt: mentorshipRequests.acceptedAt,
  closedAt: mentorshipRequests.closedAt,
  applicantId: applicant.id,
  applicantName: applicant.displayName,
  applicantHandle: applicant.handle,
  mentorId: mentor.id,
  mentorName: mentor.displayName,
  mentorHandle: mentor.handle,
};

/** One row of requestColumns, as selectRequests returns it. */
type RequestRow = Awaited<ReturnType<typeof selectRequests>>[number];

function toView(row: RequestRow, now: Date): RequestView {
  return {
    id: row.id,
    state: effectiveState(row.state, row.deadlineAt, now),
    applicant: { id: row.applicantId, name: row.applicantName, handle: row.applicantHandle },
    mentor: { id: row.mentorId, name: row.mentorName, handle: row.mentorHandle },
    goals: row.goals,
    message: row.message,
    deadlineAt: row.deadlineAt,
    createdAt: row.createdAt,
    question: row.question,
    answer: row.answer,
    declineReason: row.declineReason ? declineReasonLabels[row.declineReason] : null,
    declineText: row.declineText,
    acceptedAt: row.acceptedAt,
    closedAt: row.closedAt,
  };
}

function selectRequests() {
  return db
    .select(requestColumns)
    .from(mentorshipRequests)
    .innerJoin(applicant, eq(applicant.id, mentorshipRequests.applicantId))
    .innerJoin(mentor, eq(mentor.id, mentorshipRequests.mentorId));
}

/** The actor's own requests as an applicant: the 50 most recent, newest first. */
export async function listMyRequests(
  actor: Pick<User, "id">,
  now = new Date(),
): Promise<RequestView[]> {
  const rows = await selectRequests()
    .where(eq(mentorshipRequests.applicantId, actor.id))
    .orderBy(desc(mentorshipRequests.createdAt), desc(mentorshipRequests.id))
    .limit(REQUEST_LIST_LIMIT);
  return rows.map((row) => toView(row, now));
}

export interface IncomingRequest extends RequestView {
  /**
   * The applicant's profile as this mentor may see it. By sending the request the applicant shares
   * their goals and self-assessment with this mentor while it is open or accepted (the request form
   * says so); every other field keeps the applicant's own visibility choice.
   */
  profile: ApplicantProfileView | null;
}

export interface IncomingRequests {
  /** Open requests (waiting for the mentor or for the applicant's answer), oldest deadline first. */
  open: IncomingRequest[];
  /** Accepted, completed and closed requests, newest first (at most 50). */
  recent: RequestView[];
  seats: { capacity: number; active: number; accepting: boolean };
}

/** The requests addressed to the actor as a mentor; null when the actor has no mentor profile. */
export async function listIncomingRequests(
  actor: Actor,
  now = new Date(),
): Promise<IncomingRequests | null> {
  const [profile] = await db
    .select({
      capacity: mentorProfiles.capacity,
      active: mentorProfiles.activeMentees,
      accepting: mentorProfiles.accepting,
    })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, actor.id));
  if (!profile) return null;

  const openRows = await selectRequests()
    .where(and(eq(mentorshipRequests.mentorId, actor.id), openAt(now)))
    .orderBy(asc(mentorshipRequests.deadlineAt), asc(mentorshipRequests.id))
    .limit(REQUEST_LIST_LIMIT);
  const recentRows = await selectRequests()
    .where(
      and(
        eq(mentorshipRequests.mentorId, actor.id),
        // Not open any more, or open but past its deadline (expired as everyone sees it).
        or(
          notInArray(mentorshipRequests.state, openStates),
          lte(mentorshipRequests.deadlineAt, now),
        ),
      ),
    )
    .orderBy(desc(mentorshipRequests.createdAt), desc(mentorshipRequests.id))
    .limit(REQUEST_LIST_LIMIT);

  const open = openRows.map((row) => toView(row, now));
  const profiles = await sharedProfiles(
    actor,
    open.map((r) => r.applicant.id),
  );
  return {
    open: open.map((r) => ({ ...r, profile: profiles.get(r.applicant.id) ?? null })),
    recent: recentRows.map((row) => toView(row, now)),
    seats: profile,
  };
}

/**
 * The applicants' profiles as this mentor may see them, with the goals and self-assessment the
 * applicant shared by sending an open request (only ever called for requests addressed to the viewer).
 */
async function sharedProfiles(
  viewer: Actor,
  applicantIds: string[],
): Promise<Map<string, ApplicantProfileView>> {
  return getApplicantProfilesForViewer(viewer, applicantIds, applicantIds);
}

export type RequestParty = "applicant" | "mentor" | "admin";

export interface RequestForParty extends RequestView {
  party: RequestParty;
}

/**
 * One request, for its applicant or its mentor; an admin may read it too, and that read is
 * recorded in the audit log. Anyone else (and an unknown id) gets null.
 */
export async function getRequestForParty(
  actor: Actor,
  requestId: string,
  now = new Date(),
): Promise<RequestForParty | null> {
  if (!isUuid(requestId)) return null;
  const isAdmin = hasRoleAtLeast(actor, "admin");
  const partyOf = (row: RequestRow): RequestParty | null =>
    row.applicantId === actor.id ? "applicant" : row.mentorId === actor.id ? "mentor" : null;

  if (!isAdmin) {
    const [row] = await selectRequests().where(
      and(
        eq(mentorshipRequests.id, requestId),
        or(eq(mentorshipRequests.applicantId, actor.id), eq(mentorshipRequests.mentorId, actor.id)),
      ),
    );
    const party = row ? partyOf(row) : null;
    return row && party ? { ...toView(row, now), party } : null;
  }

  return db.transaction(async (tx) => {
    const [row] = await tx
      .select(requestColumns)
      .from(mentorshipRequests)
      .innerJoin(applicant, eq(applicant.id, mentorshipRequests.applicantId))
      .innerJoin(mentor, eq(mentor.id, mentorshipRequests.mentorId))
      .where(eq(mentorshipRequests.id, requestId));
    if (!row) return null;
    const party = partyOf(row);
    if (party) return { ...toView(row, now), party };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mentorship_request.read",
      targetType: "mentorship_request",
      targetId: row.id,
    });
    return { ...toView(row, now), party: "admin" as const };
  });
}

/** The actor's open request with this mentor (for the mentor page's button), or null. */
export async function openRequestWith(
  actor: Pick<User, "id">,
  mentorId: string,
  now = new Date(),
): Promise<{ id: string; state: RequestState } | null> {
  if (!isUuid(mentorId)) return null;
  const [row] = await db
    .select({ id: mentorshipRequests.id, state: mentorshipRequests.state })
    .from(mentorshipRequests)
    .where(
      and(
        eq(mentorshipRequests.applicantId, actor.id),
        eq(mentorshipRequests.mentorId, mentorId),
        openAt(now),
      ),
    )
    .limit(1);
  return row ?? null;
}
