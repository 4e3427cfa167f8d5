// Mentorship: the requests the member sent or received and, for each space they are part of, both
// sides' messages, the checklist, the goals; and the feedback they wrote as a mentee.
import { asc, eq, inArray, or, sql } from "drizzle-orm";
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
import { mapped, perPage, whoIs, type ExportMember, type Section } from "../paging";
import { ownRows, pickColumns } from "../own-rows";

const r = mentorshipRequests;

function isParty(member: ExportMember) {
  return or(eq(r.applicantId, member.id), eq(r.mentorId, member.id));
}

/** The member's requests, a page of ids at a time (served by the applicant and mentor indexes). */
function requestIdPages(member: ExportMember, where = isParty(member)) {
  return ownRows(r, { id: r.id }, where, ["id"]);
}

function requests(member: ExportMember) {
  const counterpart = sql`case when ${r.applicantId} = ${member.id} then ${r.mentorId} else ${r.applicantId} end`;
  // The counterpart's name and handle last: they leave the row for `with`.
  const columns = {
    ...pickColumns(r, [
      "id",
      "applicantId",
      "goals",
      "message",
      "state",
      "deadlineAt",
      "infoQuestion",
      "infoAnswer",
      "declineReason",
      "declineText",
      "respondedAt",
      "acceptedAt",
      "closedAt",
      "endedBy",
      "createdAt",
      "updatedAt",
    ]),
    counterpartName: users.displayName,
    counterpartHandle: users.handle,
  };
  return ownRows(r, columns, isParty(member), ["id"], {
    inner: [users, eq(users.id, counterpart)],
  });
}

/** One space's messages in order, on its (request_id, created_at, id) index; an author may be gone. */
function spaceMessages(requestId: string) {
  const m = mentorshipMessages;
  const columns = {
    ...pickColumns(m, ["id", "requestId", "authorId", "body", "createdAt"]),
    authorName: users.displayName,
  };
  return ownRows(m, columns, eq(m.requestId, requestId), ["createdAt", "id"], {
    left: [users, eq(users.id, m.authorId)],
  });
}

async function* messages(member: ExportMember): AsyncGenerator<object[]> {
  for await (const requests of requestIdPages(member)) {
    for (const request of requests) {
      yield* mapped(spaceMessages(request.id), ({ authorId, authorName, ...msg }) => ({
        ...msg,
        from: whoIs(member, authorId, authorName ?? "") ?? "a former member",
      }));
    }
  }
}

function checklists(member: ExportMember) {
  const c = checklistItems;
  // A few rows per request at most, as for the goals and the feedback.
  return perPage(requestIdPages(member), (ids) =>
    db
      .select(
        pickColumns(c, [
          "requestId",
          "pathway",
          "criterion",
          "status",
          "applicantNote",
          "mentorComment",
          "updatedBy",
          "updatedAt",
        ]),
      )
      .from(c)
      .where(inArray(c.requestId, ids))
      .orderBy(asc(c.requestId), asc(c.pathway), asc(c.criterion)),
  );
}

function goals(member: ExportMember) {
  const g = mentorshipGoals;
  return perPage(requestIdPages(member), (ids) =>
    db
      .select()
      .from(g)
      .where(inArray(g.requestId, ids))
      .orderBy(asc(g.requestId), asc(g.createdAt), asc(g.id)),
  );
}

function feedback(member: ExportMember) {
  const f = mentorshipFeedback;
  // Only what the member wrote as the mentee: a mentor sees no single mentee's rating in Landed.
  return perPage(requestIdPages(member, eq(r.applicantId, member.id)), (ids) =>
    db.select().from(f).where(inArray(f.requestId, ids)).orderBy(asc(f.requestId)),
  );
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
      mapped(requests(member), ({ applicantId, counterpartName, counterpartHandle, ...req }) => ({
        ...req,
        role: applicantId === member.id ? "applicant" : "mentor",
        state: effectiveState(req.state, req.deadlineAt),
        with: { name: counterpartName, handle: counterpartHandle },
        endedBy: whoIs(member, req.endedBy, "the other member"),
      })),
  },
  {
    file: "mentorship/messages.json",
    about:
      "Every message in the mentorship spaces you are part of, both sides (the other member's messages are yours to read there); `from` is you or their name.",
    covers: ["mentorship_messages.author_id"],
    shape: "list",
    rows: messages,
  },
  {
    file: "mentorship/checklists.json",
    about:
      "The evidence checklist of each of your mentorships: status, the mentee's notes, the mentor's comments.",
    covers: ["checklist_items.updated_by"],
    shape: "list",
    rows: async function* (member) {
      for await (const items of checklists(member)) {
        yield items.map(({ updatedBy, ...item }) => ({
          ...item,
          updatedBy: whoIs(member, updatedBy, "the other member"),
        }));
      }
    },
  },
  {
    file: "mentorship/goals.json",
    about: "The goals and due dates of each of your mentorships.",
    covers: [],
    shape: "list",
    rows: goals,
  },
  {
    file: "mentorship/feedback.json",
    about: "The feedback (rating and text) you gave as a mentee when a mentorship ended.",
    covers: [],
    shape: "list",
    rows: feedback,
  },
];
