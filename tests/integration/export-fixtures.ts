// A member with data in every area Landed keeps (and neighbours whose private data must stay out of
// the member's export), and a reader for the ZIP the export stores.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { db } from "@/db/client";
import {
  accounts,
  appeals,
  applicantProfiles,
  authorFollows,
  bookmarks,
  caseRecords,
  checklistItems,
  communityFollows,
  communityPostRevisions,
  communityPosts,
  communityThreads,
  communityVotes,
  contentItems,
  contentRevisions,
  criterionAssessments,
  dataExports,
  emailOutbox,
  evidenceFiles,
  feedDismissals,
  moderationDecisions,
  mentorshipFeedback,
  mentorshipGoals,
  mentorshipMessages,
  mentorshipRequests,
  notificationPreferences,
  notifications,
  reports,
  type User,
} from "@/db/schema";
import { evidenceStorage, exportStorage } from "@/lib/verification/storage";
import { buildContentItem, buildMentorshipRequest, buildThread } from "@/tests/factories";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

export const PDF = Buffer.from(
  "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",
  "latin1",
);
const key = () => randomBytes(12).toString("base64url");

export interface EverythingMember {
  member: User;
  mentor: User;
  other: User;
  otherReporter: User;
  caseId: string;
  evidenceId: string;
  requestId: string;
  githubId: string;
  /** Text of other people's that the member's export must not hold. */
  secrets: string[];
}

async function thread(authorId: string, title: string, body: string, extra: object = {}) {
  const [t] = await db
    .insert(communityThreads)
    .values(buildThread({ authorId, title, ...extra }))
    .returning();
  await db
    .insert(communityPosts)
    .values({ threadId: t!.id, authorId, isOpening: true, body, bodyHash: key() });
  return t!;
}

async function post(threadId: string, authorId: string, body: string, extra: object = {}) {
  const [p] = await db
    .insert(communityPosts)
    .values({ threadId, authorId, body, bodyHash: key(), idempotencyKey: key(), ...extra })
    .returning();
  return p!;
}

/** Everything at once: profiles, a mentorship on each side, community, library, moderation, mail. */
export async function memberWithEverything(): Promise<EverythingMember> {
  const now = new Date();
  const member = await insertMentor(
    { bio: "Member's own mentor bio" },
    [{ pathway: "eb1a", outcome: "approved" }],
    {
      displayName: "Export Member",
    },
  );
  const mentor = await insertMentor({ bio: "Counterpart bio" }, [], {
    displayName: "Counterpart Mentor",
  });
  const other = await insertUser({ displayName: "Other Member" });
  // Unique per call: a test file may build several of these members.
  const githubId = `gh-${key()}`;
  const otherReporter = await insertUser({ displayName: "Other Reporter" });
  const applicant = await insertUser({ displayName: "Incoming Applicant" });

  await db
    .insert(accounts)
    .values({ userId: member.id, type: "oidc", provider: "github", providerAccountId: githubId });
  await db.insert(applicantProfiles).values({
    userId: member.id,
    targetPathways: ["eb1a"],
    field: "ai_computing",
    countryOfBirth: "IN",
    goals: "Member's applicant goals",
  });
  await db.insert(criterionAssessments).values({
    userId: member.id,
    pathway: "eb1a",
    criterion: "judging",
    strength: "some",
    note: "Member's judging note",
  });
  const [caseRow] = await db
    .select()
    .from(caseRecords)
    .where(eq(caseRecords.mentorUserId, member.id));
  const storageKey = await evidenceStorage().put(PDF);
  const [evidence] = await db
    .insert(evidenceFiles)
    .values({
      ownerId: member.id,
      caseRecordId: caseRow!.id,
      storageKey,
      fileName: "I-797 notice.pdf",
      contentType: "application/pdf",
      size: PDF.byteLength,
      note: "Member's evidence note",
    })
    .returning();

  // The member as applicant, accepted by the mentor: a space with both sides' messages.
  const [request] = await db
    .insert(mentorshipRequests)
    .values(
      buildMentorshipRequest({
        applicantId: member.id,
        mentorId: mentor.id,
        goals: "Member's request goals",
        message: "Member's request message",
        state: "accepted",
        acceptedAt: now,
        createdAt: now,
      }),
    )
    .returning();
  await db.insert(mentorshipMessages).values([
    { requestId: request!.id, authorId: member.id, body: "Message from the member" },
    { requestId: request!.id, authorId: mentor.id, body: "Message from the counterpart" },
  ]);
  await db.insert(checklistItems).values({
    requestId: request!.id,
    pathway: "eb1a",
    criterion: "judging",
    status: "gathering",
    applicantNote: "Member's checklist note",
    mentorComment: "Counterpart's checklist comment",
    updatedBy: mentor.id,
  });
  await db
    .insert(mentorshipGoals)
    .values({ requestId: request!.id, text: "Space goal: draft the petition" });
  await db
    .insert(mentorshipFeedback)
    .values({ requestId: request!.id, rating: 5, text: "Member's feedback text" });
  // The member as mentor: a request they received.
  await db.insert(mentorshipRequests).values(
    buildMentorshipRequest({
      applicantId: applicant.id,
      mentorId: member.id,
      goals: "Incoming goals",
      message: "Incoming message to the member",
      createdAt: now,
    }),
  );
  // A space between two other people, which the member must not see.
  const [foreign] = await db
    .insert(mentorshipRequests)
    .values(
      buildMentorshipRequest({
        applicantId: other.id,
        mentorId: mentor.id,
        goals: "Foreign goals",
        message: "Foreign request message",
        state: "accepted",
        createdAt: now,
      }),
    )
    .returning();
  await db
    .insert(mentorshipMessages)
    .values({ requestId: foreign!.id, authorId: other.id, body: "Foreign space message" });

  // Community: the member's thread, their held reply (its earlier text kept), a reply in someone
  // else's thread that is now hidden, another member's hidden reply, and a vote and a follow.
  const own = await thread(member.id, "Member's own question", "Member's opening post");
  const othersThread = await thread(
    other.id,
    "Other member's thread",
    "Other member's opening post",
  );
  const held = await post(othersThread.id, member.id, "Member's held reply", {
    hiddenAt: now,
    version: 2,
    editedAt: now,
  });
  await db
    .insert(communityPostRevisions)
    .values({ postId: held.id, version: 1, body: "Member's earlier text", editorId: member.id });
  const visible = await post(own.id, other.id, "Other member's visible reply");
  await post(own.id, other.id, "Other member's hidden reply", { hiddenAt: now });
  const hiddenThread = await thread(
    other.id,
    "Other member's hidden thread title",
    "Hidden opening",
    { hiddenAt: now },
  );
  await post(hiddenThread.id, member.id, "Member's reply in a hidden thread");
  await db.insert(communityVotes).values({ postId: visible.id, userId: member.id });
  await db.insert(communityFollows).values({ threadId: othersThread.id, userId: member.id });

  // Library and feed.
  const [draft] = await db
    .insert(contentItems)
    .values(
      buildContentItem({
        authorId: member.id,
        title: "Member's draft guide",
        summary: "Draft summary",
        body: "Draft body v2",
        version: 2,
      }),
    )
    .returning();
  await db.insert(contentRevisions).values({
    contentId: draft!.id,
    version: 1,
    title: "Member's draft guide",
    summary: "Draft summary",
    body: "Draft body v1",
    editorId: member.id,
  });
  await db.insert(authorFollows).values({ followerId: member.id, authorId: mentor.id });
  await db.insert(authorFollows).values({ followerId: other.id, authorId: member.id });
  await db
    .insert(bookmarks)
    .values({ userId: member.id, targetType: "mentor", targetId: mentor.id });
  await db
    .insert(feedDismissals)
    .values({ userId: member.id, itemType: "content", itemId: draft!.id, tags: ["pathway:eb1a"] });

  // Notifications: ones the member can read, one about another member's hidden reply.
  const hiddenReply = await post(own.id, other.id, "Other member's second hidden reply", {
    hiddenAt: now,
  });
  await db.insert(notifications).values([
    { recipientId: member.id, type: "message_new", actorId: mentor.id, requestId: request!.id },
    {
      recipientId: member.id,
      type: "thread_reply",
      actorId: other.id,
      data: { postId: visible.id, threadId: own.id, title: "Member's own question" },
    },
    {
      recipientId: member.id,
      type: "thread_reply",
      actorId: other.id,
      data: { postId: hiddenReply.id, threadId: own.id, title: "About a hidden reply" },
    },
  ]);
  await db
    .insert(notificationPreferences)
    .values({ userId: member.id, type: "mention", inApp: true, email: false });

  // Moderation: the member's report and another member's report of the same post; a decision
  // about the member and their appeal.
  await db.insert(reports).values([
    {
      reporterId: member.id,
      targetType: "post",
      targetId: visible.id,
      targetUserId: other.id,
      reason: "spam",
      details: "Member's report details",
    },
    {
      reporterId: otherReporter.id,
      targetType: "post",
      targetId: visible.id,
      targetUserId: other.id,
      reason: "spam",
      details: "Other reporter's details",
    },
    {
      reporterId: otherReporter.id,
      targetType: "post",
      targetId: held.id,
      targetUserId: member.id,
      reason: "legal_advice_scam",
      details: "Report against the member",
    },
  ]);
  const [decision] = await db
    .insert(moderationDecisions)
    .values({
      subjectUserId: member.id,
      action: "hide",
      targetType: "post",
      targetId: held.id,
      reason: "Held for a receipt number",
      actorId: otherReporter.id,
    })
    .returning();
  await db.insert(appeals).values({
    decisionId: decision!.id,
    appellantId: member.id,
    text: "Member's appeal: the number was removed.",
  });

  // Mail: one with a one-time link, one to someone else.
  await db.insert(emailOutbox).values([
    {
      to: member.email.toUpperCase(),
      subject: "Reset your password",
      text: "Open http://localhost:3000/reset-password?token=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde to reset.",
      kind: "reset_password",
    },
    {
      to: mentor.email,
      subject: "For the counterpart only",
      text: "Counterpart's own mail",
      kind: "message_new",
    },
  ]);

  return {
    member,
    mentor,
    other,
    otherReporter,
    caseId: caseRow!.id,
    evidenceId: evidence!.id,
    requestId: request!.id,
    githubId,
    secrets: [
      mentor.email,
      other.email,
      otherReporter.email,
      otherReporter.id,
      "Other member's hidden reply",
      "Other member's second hidden reply",
      "Other member's hidden thread title",
      "Other reporter's details",
      "Report against the member",
      "Foreign space message",
      "Foreign request message",
      "Counterpart's own mail",
      "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde",
      "$argon2",
      member.passwordHash!,
    ],
  };
}

export interface ExportZip {
  files: Record<string, Uint8Array>;
  json: (name: string) => unknown;
  text: string;
}

export function readZip(bytes: Uint8Array): ExportZip {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const text = Object.entries(files)
    .filter(([name]) => !name.startsWith("evidence/"))
    .map(([, data]) => decoder.decode(data))
    .join("\n");
  return {
    files,
    text,
    json: (name) => {
      const data = files[name];
      if (!data) throw new Error(`${name} is not in the export`);
      return JSON.parse(decoder.decode(data));
    },
  };
}

/** The stored ZIP of an export, read back from storage. */
export async function storedZip(exportId: string): Promise<ExportZip> {
  const [row] = await db.select().from(dataExports).where(eq(dataExports.id, exportId));
  if (!row?.storageKey) throw new Error(`export ${exportId} has no file (${row?.state})`);
  const bytes = await exportStorage().get(row.storageKey);
  return readZip(new Uint8Array(bytes!));
}
