// Mentorship: the requests the member sent or received and, for each space they are part of, both
// sides' messages, the checklist, the goals; and the feedback they wrote as a mentee.
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  checklistItems,
  mentorshipFeedback,
  mentorshipGoals,
  mentorshipMessages,
  mentorshipRequests,
  users,
} from "@/db/schema";
import { effectiveState } from "@/lib/mentorship/states";
import { after, mapped, PAGE_SIZE, whoIs, type ExportMember, type Section } from "../paging";

const r = mentorshipRequests;

function isParty(member: ExportMember) {
  return or(eq(r.applicantId, member.id), eq(r.mentorId, member.id));
}

/** The ids of every request the member is a party to (a subquery, never loaded whole). */
function ownRequestIds(member: ExportMember) {
  return db.select({ id: r.id }).from(r).where(isParty(member));
}

function requestPage(member: ExportMember) {
  const counterpart = sql`case when ${r.applicantId} = ${member.id} then ${r.mentorId} else ${r.applicantId} end`;
  return (last: { id: string } | undefined) =>
    db
      .select({
        id: r.id,
        applicantId: r.applicantId,
        counterpartName: users.displayName,
        counterpartHandle: users.handle,
        goals: r.goals,
        message: r.message,
        state: r.state,
        deadlineAt: r.deadlineAt,
        infoQuestion: r.infoQuestion,
        infoAnswer: r.infoAnswer,
        declineReason: r.declineReason,
        declineText: r.declineText,
        respondedAt: r.respondedAt,
        acceptedAt: r.acceptedAt,
        closedAt: r.closedAt,
        endedBy: r.endedBy,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      })
      .from(r)
      .innerJoin(users, eq(users.id, counterpart))
      .where(and(isParty(member), after([r.id], last && [last.id])))
      .orderBy(asc(r.id))
      .limit(PAGE_SIZE);
}

function messagePage(member: ExportMember) {
  const m = mentorshipMessages;
  return (last: { id: number } | undefined) =>
    db
      .select({
        id: m.id,
        requestId: m.requestId,
        authorId: m.authorId,
        authorName: users.displayName,
        body: m.body,
        createdAt: m.createdAt,
      })
      .from(m)
      .leftJoin(users, eq(users.id, m.authorId))
      .where(and(inArray(m.requestId, ownRequestIds(member)), after([m.id], last && [last.id])))
      .orderBy(asc(m.id))
      .limit(PAGE_SIZE);
}

function checklistPage(member: ExportMember) {
  const c = checklistItems;
  return (last: { requestId: string; pathway: string; criterion: string } | undefined) =>
    db
      .select({
        requestId: c.requestId,
        pathway: c.pathway,
        criterion: c.criterion,
        status: c.status,
        applicantNote: c.applicantNote,
        mentorComment: c.mentorComment,
        updatedBy: c.updatedBy,
        updatedAt: c.updatedAt,
      })
      .from(c)
      .where(
        and(
          inArray(c.requestId, ownRequestIds(member)),
          after(
            [c.requestId, c.pathway, c.criterion],
            last && [last.requestId, last.pathway, last.criterion],
          ),
        ),
      )
      .orderBy(asc(c.requestId), asc(c.pathway), asc(c.criterion))
      .limit(PAGE_SIZE);
}

function goalPage(member: ExportMember) {
  const g = mentorshipGoals;
  return (last: { id: string } | undefined) =>
    db
      .select()
      .from(g)
      .where(and(inArray(g.requestId, ownRequestIds(member)), after([g.id], last && [last.id])))
      .orderBy(asc(g.id))
      .limit(PAGE_SIZE);
}

function feedbackPage(member: ExportMember) {
  const f = mentorshipFeedback;
  // Only what the member wrote as the mentee: a mentor sees no single mentee's rating in Landed.
  const asApplicant = db.select({ id: r.id }).from(r).where(eq(r.applicantId, member.id));
  return (last: { requestId: string } | undefined) =>
    db
      .select()
      .from(f)
      .where(and(inArray(f.requestId, asApplicant), after([f.requestId], last && [last.requestId])))
      .orderBy(asc(f.requestId))
      .limit(PAGE_SIZE);
}

export const mentorshipSections: Section[] = [
  {
    file: "mentorship/requests.json",
    about:
      "Mentorship requests you sent (role: applicant) and received (role: mentor): goals, message, questions and answers, state, the other member's name and handle (never their email).",
    covers: [
      "mentorship_requests.applicant_id",
      "mentorship_requests.mentor_id",
      "mentorship_requests.ended_by",
    ],
    shape: "list",
    rows: (member) =>
      mapped(
        requestPage(member),
        ({ applicantId, counterpartName, counterpartHandle, ...req }) => ({
          ...req,
          role: applicantId === member.id ? "applicant" : "mentor",
          state: effectiveState(req.state, req.deadlineAt),
          with: { name: counterpartName, handle: counterpartHandle },
          endedBy: whoIs(member, req.endedBy, "the other member"),
        }),
      ),
  },
  {
    file: "mentorship/messages.json",
    about:
      "Every message in the mentorship spaces you are part of, both sides (the other member's messages are yours to read there); `from` is you or their name.",
    covers: ["mentorship_messages.author_id"],
    shape: "list",
    rows: (member) =>
      mapped(messagePage(member), ({ authorId, authorName, ...msg }) => ({
        ...msg,
        from: whoIs(member, authorId, authorName ?? "") ?? "a former member",
      })),
  },
  {
    file: "mentorship/checklists.json",
    about:
      "The evidence checklist of each of your mentorships: status, the mentee's notes, the mentor's comments.",
    covers: ["checklist_items.updated_by"],
    shape: "list",
    rows: (member) =>
      mapped(checklistPage(member), ({ updatedBy, ...item }) => ({
        ...item,
        updatedBy: whoIs(member, updatedBy, "the other member"),
      })),
  },
  {
    file: "mentorship/goals.json",
    about: "The goals and due dates of each of your mentorships.",
    covers: [],
    shape: "list",
    rows: (member) => mapped(goalPage(member), (goal) => goal),
  },
  {
    file: "mentorship/feedback.json",
    about: "The feedback (rating and text) you gave as a mentee when a mentorship ended.",
    covers: [],
    shape: "list",
    rows: (member) => mapped(feedbackPage(member), (feedback) => feedback),
  },
];
