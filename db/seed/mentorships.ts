// Requests and mentorships for the demo story (docs/demo.md): Wei and Lin mid-mentorship, Amara
// waiting on Kwame, Diego declined by Olena (paused), Yuki full with two mentees, and Arjun with
// three finished mentorships whose feedback puts a rating on his profile. Dates are relative to the
// seed's run, so a fresh demo always has a live pending request and recent messages.
import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  checklistItems,
  mentorProfiles,
  mentorshipFeedback,
  mentorshipGoals,
  mentorshipMessages,
  mentorshipRequests,
  users,
} from "@/db/schema";
import { createChecklist } from "@/lib/mentorship/moves";
import type { ChecklistStatus } from "@/lib/mentorship/vocabulary";
import type { DeclineReason, RequestState } from "@/lib/mentorship/vocabulary";
import { buildMember, buildMentorshipRequest } from "@/tests/factories";
import { stableUuid } from "./profiles";

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface DemoRequest {
  key: string;
  applicant: string;
  mentor: string;
  state: RequestState;
  /** Days before the seed ran that the request was sent. */
  sentDaysAgo: number;
  /** Hours the mentor took to answer (accept, decline or ask). */
  respondedAfterHours?: number;
  endedDaysAgo?: number;
  goals: string;
  message: string;
  decline?: { reason: DeclineReason; text: string };
  messages?: Array<{ from: "applicant" | "mentor"; daysAgo: number; body: string }>;
  checklist?: Array<{
    criterion: string;
    status: ChecklistStatus;
    applicantNote?: string;
    mentorComment?: string;
  }>;
  goalsList?: Array<{ text: string; dueInDays?: number; done?: boolean }>;
  feedback?: { rating: number; text: string };
}

const generated = (n: number) => buildMember(n).email;

const demoRequests: DemoRequest[] = [
  {
    key: "wei-lin",
    applicant: "wei@example.com",
    mentor: "lin@example.com",
    state: "accepted",
    sentDaysAgo: 24,
    respondedAfterHours: 9,
    goals:
      "Answer the RFE on prong 1 (national importance) before the deadline, with a stronger framing of how my battery-materials work matters beyond my lab.",
    message:
      "Hi Lin, your NIW also got an RFE on prong 1 and was approved after it. I have 60 days left to respond and would value your eyes on my outline.",
    messages: [
      {
        from: "mentor",
        daysAgo: 23,
        body: "Hi Wei, happy to help. Could you share the RFE's exact wording on prong 1? In my case the officer wanted **national** impact spelled out, not just the field's importance.",
      },
      {
        from: "applicant",
        daysAgo: 22,
        body: "It says the record does not establish that the endeavor has national importance. My draft response is organised around:\n\n1. the DOE programme that funds my work\n2. two industry adoptions\n3. the citations from other national labs",
      },
      {
        from: "mentor",
        daysAgo: 20,
        body: "Good order. Lead with the adoptions: they show impact *outside* academia. For the letters, ask the industry users rather than collaborators, as I note on the checklist.",
      },
      {
        from: "applicant",
        daysAgo: 3,
        body: "Two new letters arrived this week. I updated the checklist; could you look at the one from the battery maker?",
      },
    ],
    checklist: [
      {
        criterion: "merit_importance",
        status: "drafted",
        applicantNote: "Draft response: DOE programme, two adoptions, citations by national labs.",
        mentorComment: "Lead with the industry adoptions; quote the RFE's words back in headings.",
      },
      {
        criterion: "well_positioned",
        status: "strong",
        applicantNote: "Publications, 2 patents, funding record.",
      },
      {
        criterion: "balance",
        status: "gathering",
        mentorComment: "Explain why a job offer and labour certification would not fit your work.",
      },
    ],
    goalsList: [
      { text: "Send the RFE outline to Lin", done: true },
      { text: "Collect two independent letters from industry users", dueInDays: 10 },
      { text: "File the RFE response", dueInDays: 35 },
    ],
  },
  {
    key: "amara-kwame",
    applicant: "amara@example.com",
    mentor: "kwame@example.com",
    state: "pending",
    sentDaysAgo: 2,
    goals:
      "Understand whether my epidemiology work fits EB-2 NIW and what I should gather during OPT.",
    message:
      "Hello Kwame, you self-filed your NIW in public health without an RFE. I am on OPT and exploring; could you help me judge whether my work is ready?",
  },
  {
    key: "diego-olena",
    applicant: "diego@example.com",
    mentor: "olena@example.com",
    state: "declined",
    sentDaysAgo: 40,
    respondedAfterHours: 30,
    goals: "Plan the press and awards evidence for an O-1A, and later an EB-1A.",
    message: "Hi Olena, your press evidence is what I most need to learn about.",
    decline: {
      reason: "outside_experience",
      text: "My case was in the arts; a founder who went through O-1A would serve you better. Try Sofia!",
    },
  },
  {
    key: "yuki-1",
    applicant: generated(41),
    mentor: "yuki@example.com",
    state: "accepted",
    sentDaysAgo: 30,
    respondedAfterHours: 20,
    goals: "Prepare an EB-1B petition with my employer's counsel.",
    message: "Hi Yuki, my university is filing EB-1B for me and I want to understand the evidence.",
    messages: [
      {
        from: "mentor",
        daysAgo: 29,
        body: "Welcome! Start by listing your reviews and citations; counsel will ask first.",
      },
    ],
  },
  {
    key: "yuki-2",
    applicant: generated(42),
    mentor: "yuki@example.com",
    state: "accepted",
    sentDaysAgo: 12,
    respondedAfterHours: 14,
    goals: "Choose between EB-1B and EB-1A for a physics postdoc.",
    message: "Hi Yuki, I am a physicist like you and unsure which path fits.",
  },
  ...[43, 44, 45].map((n, i): DemoRequest => ({
    key: `arjun-done-${i}`,
    applicant: generated(n),
    mentor: "arjun@example.com",
    state: "completed",
    sentDaysAgo: 200 - i * 30,
    respondedAfterHours: 6 + i * 4,
    endedDaysAgo: 120 - i * 30,
    goals: "Decide whether my record is ready for a self-filed EB-1A and plan the gaps.",
    message: "Hi Arjun, I am in NLP too and would value your view of my evidence.",
    feedback: [
      { rating: 5, text: "Arjun's notes on my judging evidence changed my whole plan." },
      { rating: 5, text: "Clear, kind and fast." },
      { rating: 4, text: "Very helpful on original contributions." },
    ][i],
  })),
];

export async function seedMentorships(tx: Tx, now = new Date()): Promise<number> {
  const emails = [...new Set(demoRequests.flatMap((r) => [r.applicant, r.mentor]))];
  const rows = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const idOf = new Map(rows.map((r) => [r.email, r.id]));
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  let created = 0;

  for (const r of demoRequests) {
    const applicantId = idOf.get(r.applicant);
    const mentorId = idOf.get(r.mentor);
    // With a small --scale the generated members may not exist; their requests are skipped.
    if (!applicantId || !mentorId) continue;
    const id = stableUuid(`request#${r.key}`);
    const sentAt = ago(r.sentDaysAgo);
    const respondedAt =
      r.respondedAfterHours === undefined
        ? null
        : new Date(sentAt.getTime() + r.respondedAfterHours * HOUR);
    const [inserted] = await tx
      .insert(mentorshipRequests)
      .values(
        buildMentorshipRequest({
          id,
          applicantId,
          mentorId,
          goals: r.goals,
          message: r.message,
          state: r.state,
          declineReason: r.decline?.reason ?? null,
          declineText: r.decline?.text ?? null,
          respondedAt,
          acceptedAt: r.state === "accepted" || r.state === "completed" ? respondedAt : null,
          closedAt:
            r.state === "completed" && r.endedDaysAgo !== undefined
              ? ago(r.endedDaysAgo)
              : r.state === "declined"
                ? respondedAt
                : null,
          endedBy: r.state === "completed" ? mentorId : null,
          feedbackAskedAt: r.state === "completed" ? ago(r.endedDaysAgo ?? 0) : null,
          idempotencyKey: `seed-${r.key}`,
          createdAt: sentAt,
          updatedAt: respondedAt ?? sentAt,
        }),
      )
      .onConflictDoNothing()
      .returning({ id: mentorshipRequests.id });
    if (!inserted) continue; // seeded before: running the seed again changes nothing
    created += 1;

    if (r.state === "accepted" || r.state === "completed") {
      await createChecklist(tx, { id, applicantId });
      if (r.state === "accepted") {
        await tx
          .update(mentorProfiles)
          .set({
            activeMentees: sql`least(${mentorProfiles.activeMentees} + 1, ${mentorProfiles.capacity})`,
          })
          .where(eq(mentorProfiles.userId, mentorId));
      }
    }
    for (const item of r.checklist ?? []) {
      await tx
        .update(checklistItems)
        .set({
          status: item.status,
          applicantNote: item.applicantNote ?? null,
          mentorComment: item.mentorComment ?? null,
          updatedBy: item.mentorComment ? mentorId : applicantId,
        })
        .where(
          sql`${checklistItems.requestId} = ${id} and ${checklistItems.criterion} = ${item.criterion}`,
        );
    }
    if (r.messages?.length) {
      await tx.insert(mentorshipMessages).values(
        r.messages.map((m) => ({
          requestId: id,
          authorId: m.from === "mentor" ? mentorId : applicantId,
          body: m.body,
          createdAt: ago(m.daysAgo),
        })),
      );
    }
    if (r.goalsList?.length) {
      await tx.insert(mentorshipGoals).values(
        r.goalsList.map((g, i) => ({
          requestId: id,
          createdAt: new Date(sentAt.getTime() + (i + 1) * HOUR),
          text: g.text,
          done: g.done ?? false,
          dueDate:
            g.dueInDays === undefined
              ? null
              : new Date(now.getTime() + g.dueInDays * DAY).toISOString().slice(0, 10),
        })),
      );
    }
    if (r.feedback) {
      await tx.insert(mentorshipFeedback).values({
        requestId: id,
        rating: r.feedback.rating,
        text: r.feedback.text,
        createdAt: ago((r.endedDaysAgo ?? 0) - 1),
      });
    }
  }
  return created;
}
