// docs/security.md #23: a receipt number, an A-number or a passport number is caught in every text
// a member writes, not only in community posts (which are held instead: community-posting.test.ts).
// Each row is one free-text field of one server action, called as its form would call it: with a
// number, the action answers with an error beside that field naming what was found (shortened),
// the form gets the typed text back, and the database is as it was; with the number taken out, the
// same form goes through and writes (so each row can fail). A new free-text field belongs here.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  appeals,
  applicantProfiles,
  caseRecords,
  checklistItems,
  contentItems,
  evidenceFiles,
  mentorProfiles,
  mentorshipFeedback,
  mentorshipGoals,
  mentorshipMessages,
  mentorshipRequests,
  moderationDecisions,
  queueItems,
  reports,
  users,
  type User,
} from "@/db/schema";
import { appealDecisionAction, moderateAction } from "@/app/(admin)/admin/queue/actions";
import { suspendUserAction } from "@/app/(admin)/admin/users/actions";
import { decideVerificationAction } from "@/app/(admin)/admin/verification/actions";
import {
  addGoalAction,
  leaveFeedbackAction,
  postMessageAction,
  updateChecklistItemAction,
} from "@/app/(member)/mentorships/[id]/actions";
import {
  answerQuestionAction,
  askQuestionAction,
  declineRequestAction,
} from "@/app/(member)/mentorships/actions";
import { requestMentorshipAction } from "@/app/_actions/mentorship-request";
import { appealAction } from "@/app/(member)/moderation/actions";
import { reportAction } from "@/app/_actions/report";
import { saveOnboardingStepAction } from "@/app/(member)/onboarding/actions";
import { saveMentorProfileAction } from "@/app/(member)/profile/mentor/actions";
import { createContentAction } from "@/app/(member)/write/actions";
import { signUpAction } from "@/app/(public)/(auth)/actions";
import { tokenAppealAction } from "@/app/(public)/(auth)/appeal/actions";
import { signInWithProvider } from "@/lib/auth/oauth";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import type { ActionState } from "@/lib/form-state";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { issueAppealToken } from "@/lib/moderation/appeal-token";
import { appealDecision } from "@/lib/moderation/appeals";
import { reportTarget } from "@/lib/moderation/reports";
import { submitEvidence } from "@/lib/verification/mutations";
import { LocalDiskStorage, setEvidenceStorage } from "@/lib/verification/storage";
import { ask, member } from "./community-fixtures";
import { item } from "./content-fixtures";
import { uploadEvidenceAction } from "./evidence-upload";
import { insertMentor, profileForm } from "./mentor-fixtures";
import { fillProfile, step2, step4, step5 } from "./profiles-fixtures";

vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ "x-landed-peer": "198.51.100.23" })),
  cookies: vi.fn(async () => ({ get: () => undefined, set: () => {}, delete: () => {} })),
}));

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "landed-sensitive-"));
  setEvidenceStorage(new LocalDiskStorage(dir));
});
afterAll(() => {
  setEvidenceStorage(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

const NUMBER = "EAC2190012345";
const FOUND = "a USCIS receipt number (EAC…45)";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n", "latin1");
const key = () => randomBytes(12).toString("base64url");

type Field = string | string[] | File;
type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

interface Case {
  /** Who sends the form (null: signed out). */
  actor: User | null;
  form: Record<string, Field>;
  /** What the form would write, read back: must not change when refused. */
  written: () => PromiseLike<unknown>;
}

function form(fields: Record<string, Field>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123456789abcdef", "");
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

/** The action's answer; a redirect (a success that moves on) reads as success. */
async function send(action: Action, c: Case, fields: Record<string, Field>): Promise<ActionState> {
  if (c.actor) signInAs(c.actor);
  else signOutAll();
  try {
    return await action({ status: "idle" }, form(fields));
  } catch (err) {
    if (/^NEXT_REDIRECT/.test((err as { digest?: string }).digest ?? "")) {
      return { status: "success" };
    }
    throw err;
  }
}

// Setups ------------------------------------------------------------------------------------------

async function pendingRequest() {
  const applicant = await member();
  await db.insert(applicantProfiles).values({ userId: applicant.id, targetPathways: ["eb2_niw"] });
  const mentor = await insertMentor({ capacity: 3 });
  const request = await requestMentorship(applicant, {
    mentorId: mentor.id,
    goals: "File NIW",
    message: "Please help",
    idempotencyKey: key(),
  });
  const row = () =>
    db.select().from(mentorshipRequests).where(eq(mentorshipRequests.id, request.id));
  return { applicant, mentor, requestId: request.id, row };
}

async function acceptedRequest() {
  const r = await pendingRequest();
  await moveRequest({ id: r.mentor.id }, r.requestId, { action: "accept" });
  const [item] = await db
    .select({ criterion: checklistItems.criterion, pathway: checklistItems.pathway })
    .from(checklistItems)
    .where(eq(checklistItems.requestId, r.requestId))
    .limit(1);
  const checklist = () =>
    db.select().from(checklistItems).where(eq(checklistItems.requestId, r.requestId));
  return { ...r, checklistItem: item!, checklist };
}

async function decisionFor(subject: User, action: "warn" | "suspend" = "warn") {
  const moderator = await member({ role: "moderator" });
  const [decision] = await db
    .insert(moderationDecisions)
    .values({ subjectUserId: subject.id, action, reason: "Off-topic posts", actorId: moderator.id })
    .returning();
  const appealOf = () => db.select().from(appeals).where(eq(appeals.decisionId, decision!.id));
  return { moderator, decision: decision!, appealOf };
}

async function mentorWithCase() {
  const mentor = await insertMentor({}, [{ pathway: "eb2_niw" }]);
  const [record] = await db
    .select({ id: caseRecords.id })
    .from(caseRecords)
    .where(eq(caseRecords.mentorUserId, mentor.id));
  return { mentor, caseId: record!.id };
}

const notice = () => new File([PDF], "notice.pdf", { type: "application/pdf" });

// The table -----------------------------------------------------------------------------------------

const table: Array<[string, Action, string, (text: string) => string, () => Promise<Case>]> = [
  [
    "sign-up: display name",
    signUpAction,
    "displayName",
    (t) => `Priya ${t}`.trim(),
    async () => {
      const email = `sensitive-${key()}@example.test`.toLowerCase();
      return {
        actor: null,
        form: {
          email,
          password: "a long and unusual passphrase 2026",
          acceptPolicies: CURRENT_POLICY_VERSION,
        },
        written: () => db.select().from(users).where(eq(users.email, email)),
      };
    },
  ],
  [
    "mentorship request: goals",
    requestMentorshipAction,
    "goals",
    (t) => `File EB-2 NIW by spring. ${t}`,
    async () => {
      const applicant = await member();
      const mentor = await insertMentor({ capacity: 3 });
      return {
        actor: applicant,
        form: { mentorId: mentor.id, message: "Hello, could you help?", idempotencyKey: key() },
        written: () =>
          db
            .select()
            .from(mentorshipRequests)
            .where(eq(mentorshipRequests.applicantId, applicant.id)),
      };
    },
  ],
  [
    "mentorship request: message",
    requestMentorshipAction,
    "message",
    (t) => `Hello, my case is ${t || "pending"}.`,
    async () => {
      const applicant = await member();
      const mentor = await insertMentor({ capacity: 3 });
      return {
        actor: applicant,
        form: { mentorId: mentor.id, goals: "File EB-2 NIW by spring.", idempotencyKey: key() },
        written: () =>
          db
            .select()
            .from(mentorshipRequests)
            .where(eq(mentorshipRequests.applicantId, applicant.id)),
      };
    },
  ],
  [
    "the mentor's question",
    askQuestionAction,
    "question",
    (t) => `Which receipt is it? ${t}`,
    async () => {
      const r = await pendingRequest();
      return { actor: r.mentor, form: { requestId: r.requestId }, written: r.row };
    },
  ],
  [
    "the applicant's answer",
    answerQuestionAction,
    "answer",
    (t) => `It is the I-140. ${t}`,
    async () => {
      const r = await pendingRequest();
      await moveRequest({ id: r.mentor.id }, r.requestId, {
        action: "ask_info",
        input: { requestId: r.requestId, question: "Which petition is it?" },
      });
      return { actor: r.applicant, form: { requestId: r.requestId }, written: r.row };
    },
  ],
  [
    "decline text",
    declineRequestAction,
    "text",
    (t) => `I am full this season. ${t}`,
    async () => {
      const r = await pendingRequest();
      return {
        actor: r.mentor,
        form: { requestId: r.requestId, reason: "timing" },
        written: r.row,
      };
    },
  ],
  [
    "space message",
    postMessageAction,
    "body",
    (t) => `My receipt: ${t || "not yet"}`,
    async () => {
      const r = await acceptedRequest();
      return {
        actor: r.applicant,
        form: { requestId: r.requestId },
        written: () =>
          db.select().from(mentorshipMessages).where(eq(mentorshipMessages.requestId, r.requestId)),
      };
    },
  ],
  [
    "checklist note (the applicant's)",
    updateChecklistItemAction,
    "applicantNote",
    (t) => `Letters drafted. ${t}`,
    async () => {
      const r = await acceptedRequest();
      return {
        actor: r.applicant,
        form: { requestId: r.requestId, ...r.checklistItem },
        written: r.checklist,
      };
    },
  ],
  [
    "checklist comment (the mentor's)",
    updateChecklistItemAction,
    "mentorComment",
    (t) => `Add the citation counts. ${t}`,
    async () => {
      const r = await acceptedRequest();
      return {
        actor: r.mentor,
        form: { requestId: r.requestId, ...r.checklistItem },
        written: r.checklist,
      };
    },
  ],
  [
    "space goal",
    addGoalAction,
    "text",
    (t) => `Answer the RFE. ${t}`,
    async () => {
      const r = await acceptedRequest();
      return {
        actor: r.applicant,
        form: { requestId: r.requestId },
        written: () =>
          db.select().from(mentorshipGoals).where(eq(mentorshipGoals.requestId, r.requestId)),
      };
    },
  ],
  [
    "mentorship feedback",
    leaveFeedbackAction,
    "text",
    (t) => `Very helpful with my case. ${t}`,
    async () => {
      const r = await acceptedRequest();
      await moveRequest({ id: r.applicant.id }, r.requestId, { action: "end" });
      return {
        actor: r.applicant,
        form: { requestId: r.requestId, rating: "5" },
        written: () =>
          db.select().from(mentorshipFeedback).where(eq(mentorshipFeedback.requestId, r.requestId)),
      };
    },
  ],
  ...(["bio", "topics"] as const).map(
    (field): [string, Action, string, (t: string) => string, () => Promise<Case>] => [
      `mentor profile: ${field}`,
      saveMentorProfileAction,
      field,
      (t) => (field === "bio" ? `Approved EB-1A in 2024. ${t}` : `peer review, ${t || "NLP"}`),
      async () => {
        const mentor = await insertMentor();
        const { [field]: _typed, ...rest } = profileForm() as Record<string, Field>;
        return {
          actor: mentor,
          form: rest,
          written: () =>
            db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, mentor.id)),
        };
      },
    ],
  ),
  ...(
    [
      ["onboarding: keywords", "keywords", 2, step2],
      ["onboarding: a criterion's note", "assessment.eb1a.judging.note", 4, step4],
      ["onboarding: goals", "goals", 5, step5],
    ] as const
  ).map(
    ([name, field, step, fields]): [
      string,
      Action,
      string,
      (t: string) => string,
      () => Promise<Case>,
    ] => [
      name,
      saveOnboardingStepAction,
      field,
      (t) => `reviewer for CVPR ${t}`.trim(),
      async () => {
        const applicant = await member();
        await fillProfile(applicant, step - 1);
        const { [field]: _typed, ...rest } = fields as Record<string, Field>;
        return {
          actor: applicant,
          form: { step: String(step), ...rest },
          written: () =>
            db.select().from(applicantProfiles).where(eq(applicantProfiles.userId, applicant.id)),
        };
      },
    ],
  ),
  [
    "evidence note",
    uploadEvidenceAction,
    "note",
    (t) => `My approval notice, redacted. ${t}`,
    async () => {
      const { mentor, caseId } = await mentorWithCase();
      return {
        actor: mentor,
        form: { caseRecordId: caseId, file: notice() },
        written: () =>
          db.select().from(evidenceFiles).where(eq(evidenceFiles.caseRecordId, caseId)),
      };
    },
  ],
  ...(["title", "summary", "body"] as const).map(
    (field): [string, Action, string, (t: string) => string, () => Promise<Case>] => [
      `content: ${field}`,
      createContentAction,
      field,
      (t) => `${item()[field]} ${t}`.trim(),
      async () => {
        const mentor = await insertMentor();
        const { [field]: _typed, ...rest } = item();
        return {
          actor: mentor,
          form: Object.fromEntries(
            Object.entries(rest).flatMap(([k, v]) =>
              v === null || v === false ? [] : [[k, Array.isArray(v) ? v : String(v)]],
            ),
          ) as Record<string, Field>,
          written: () => db.select().from(contentItems).where(eq(contentItems.authorId, mentor.id)),
        };
      },
    ],
  ),
  [
    "report details",
    reportAction,
    "details",
    (t) => `They posted someone's case number. ${t}`,
    async () => {
      const reporter = await member();
      const { threadId } = await ask(await member());
      return {
        actor: reporter,
        form: { targetType: "thread", targetId: threadId, reason: "other" },
        written: () => db.select().from(reports).where(eq(reports.reporterId, reporter.id)),
      };
    },
  ],
  [
    "appeal, signed in",
    appealAction,
    "text",
    (t) => `That post was on topic, see my case ${t}`.trim(),
    async () => {
      const subject = await member();
      const { decision, appealOf } = await decisionFor(subject);
      return { actor: subject, form: { decisionId: decision.id }, written: appealOf };
    },
  ],
  [
    "appeal, by the emailed link",
    tokenAppealAction,
    "text",
    (t) => `I was suspended by mistake, my case ${t}`.trim(),
    async () => {
      const subject = await member({ status: "suspended" });
      const { decision, appealOf } = await decisionFor(subject, "suspend");
      return {
        actor: null,
        form: {
          token: await db.transaction((tx) => issueAppealToken(tx, subject.id, decision.id)),
        },
        written: appealOf,
      };
    },
  ],
  [
    "staff: a moderator's reason",
    moderateAction,
    "reason",
    (t) => `Nothing wrong here ${t}`.trim(),
    async () => {
      const { threadId } = await ask(await member());
      await reportTarget(await member(), {
        targetType: "thread",
        targetId: threadId,
        reason: "spam",
        details: null,
      });
      const [open] = await db
        .select()
        .from(queueItems)
        .where(and(eq(queueItems.targetId, threadId), eq(queueItems.kind, "reports")));
      return {
        actor: await member({ role: "moderator" }),
        form: { itemId: open!.id, action: "dismiss" },
        written: () => db.select().from(queueItems).where(eq(queueItems.id, open!.id)),
      };
    },
  ],
  [
    "staff: an appeal's answer",
    appealDecisionAction,
    "response",
    (t) => `The decision stands ${t}`.trim(),
    async () => {
      const subject = await member();
      const { decision, appealOf } = await decisionFor(subject);
      await appealDecision(subject, { decisionId: decision.id, text: "Please look again at it." });
      const [open] = await db
        .select()
        .from(queueItems)
        .where(and(eq(queueItems.decisionId, decision.id), eq(queueItems.kind, "appeal")));
      return {
        actor: await member({ role: "moderator" }),
        form: { itemId: open!.id, outcome: "uphold" },
        written: appealOf,
      };
    },
  ],
  [
    "staff: a suspension's reason",
    suspendUserAction,
    "reason",
    (t) => `Spam in every thread ${t}`.trim(),
    async () => {
      const target = await member();
      return {
        actor: await member({ role: "moderator" }),
        form: { userId: target.id, duration: "7d" },
        written: () => db.select().from(users).where(eq(users.id, target.id)),
      };
    },
  ],
  [
    "staff: a verification's rejection reason",
    decideVerificationAction,
    "reason",
    (t) => `The notice is not readable ${t}`.trim(),
    async () => {
      const { mentor, caseId } = await mentorWithCase();
      await submitEvidence(mentor, { caseRecordId: caseId, file: notice() });
      return {
        actor: await member({ role: "admin" }),
        form: { caseRecordId: caseId, decision: "reject" },
        written: () => db.select().from(caseRecords).where(eq(caseRecords.id, caseId)),
      };
    },
  ],
];

describe("every member-written text refuses a sensitive number before anything is written", () => {
  it.each(table)("%s", async (_name, action, field, text, setup) => {
    const c = await setup();
    const before = JSON.stringify(await c.written());
    const typed = text(NUMBER);
    expect(typed).toContain(NUMBER);

    const refused = await send(action, c, { ...c.form, [field]: typed });
    expect(refused.status).toBe("error");
    const error = refused.status === "error" ? refused : null;
    expect(error?.fieldErrors?.[field]?.[0]).toContain(FOUND);
    expect(error?.values?.[field]).toBe(typed);
    expect(JSON.stringify(error?.fieldErrors)).not.toContain("2190012345");
    expect(JSON.stringify(await c.written())).toBe(before);

    // The same form without the number goes through: the refusal was the number's doing.
    const clean = await send(action, c, { ...c.form, [field]: text("") });
    expect(clean, JSON.stringify(clean)).toMatchObject({ status: "success" });
    expect(JSON.stringify(await c.written())).not.toBe(before);
  });
});

describe("a name that is not typed into a form", () => {
  it("an OAuth provider's display name keeps no number: it is masked, so the sign-in still works", async () => {
    const outcome = await signInWithProvider({
      provider: "github",
      providerAccountId: key(),
      type: "oauth",
      email: `oauth-${key()}@example.test`.toLowerCase(),
      name: `Wei ${NUMBER}`,
      emailVerified: true,
    });
    if (!outcome.ok) throw new Error(`refused: ${outcome.refusal}`);
    const user = outcome.user;
    expect(user.displayName).toBe("Wei EAC…45");
    expect(JSON.stringify(user)).not.toContain("2190012345");
  });
});
