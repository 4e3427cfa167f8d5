// docs/security.md #6 and #7: a crafted POST to a request action, with no session or for someone
// else's request, changes nothing and reveals nothing.
import { nextState, signInAs, signOutAll } from "@/tests/support/next-mocks";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { mentorProfiles, mentorshipRequests, notifications } from "@/db/schema";
import {
  acceptRequestAction,
  answerQuestionAction,
  askQuestionAction,
  declineRequestAction,
  withdrawRequestAction,
} from "@/app/(member)/mentorships/actions";
import { requestMentorshipAction } from "@/app/_actions/mentorship-request";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { insertUser } from "./helpers";

const sessionEnded = { status: "error", message: "Your session has ended. Please sign in again." };
const notFound = { status: "error", message: "That request does not exist." };
const key = () => randomBytes(12).toString("base64url");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123456789abcdef", "");
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const err = (await promise.then(
    () => new Error("expected a redirect"),
    (e: unknown) => e,
  )) as { digest?: string };
  const match = /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(err.digest ?? "");
  if (!match) throw err;
  return match[1]!;
}

async function insertMentor() {
  const user = await insertUser();
  await db.insert(mentorProfiles).values({ userId: user.id, bio: "Mentor", capacity: 2 });
  return user;
}

async function setup() {
  const applicant = await insertUser();
  const mentor = await insertMentor();
  const request = await requestMentorship(applicant, {
    mentorId: mentor.id,
    goals: "File EB-1A",
    message: "Hello",
    idempotencyKey: key(),
  });
  return { applicant, mentor, request };
}

async function reloadRequest(id: string) {
  const [row] = await db.select().from(mentorshipRequests).where(eq(mentorshipRequests.id, id));
  return row!;
}

beforeEach(() => {
  signOutAll();
  nextState.afterCallbacks.length = 0;
  vi.mocked(revalidatePath).mockClear();
});

const moves = [
  ["withdraw", withdrawRequestAction, {}],
  ["answer", answerQuestionAction, { answer: "Yes" }],
  ["accept", acceptRequestAction, {}],
  ["decline", declineRequestAction, { reason: "timing" }],
  ["ask", askQuestionAction, { question: "Which field?" }],
] as const;

describe("request actions without a session", () => {
  it.each(moves)("%s changes nothing", async (_name, action, extra) => {
    const { request } = await setup();
    const result = await action({ status: "idle" }, form({ requestId: request.id, ...extra }));
    expect(result).toMatchObject(sessionEnded);
    expect(await reloadRequest(request.id)).toEqual(request);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("sending a request creates nothing", async () => {
    const mentor = await insertMentor();
    const result = await requestMentorshipAction(
      { status: "idle" },
      form({ mentorId: mentor.id, goals: "G", message: "M", idempotencyKey: key() }),
    );
    expect(result).toMatchObject(sessionEnded);
    expect(
      await db.select().from(mentorshipRequests).where(eq(mentorshipRequests.mentorId, mentor.id)),
    ).toEqual([]);
  });
});

describe("request actions on another member's request", () => {
  it.each(moves)("%s says not found and changes nothing", async (_name, action, extra) => {
    const { request, mentor } = await setup();
    const stranger = await insertMentor();
    signInAs(stranger);
    const result = await action({ status: "idle" }, form({ requestId: request.id, ...extra }));
    expect(result).toMatchObject(notFound);
    expect(await reloadRequest(request.id)).toEqual(request);
    const [seat] = await db
      .select()
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, mentor.id));
    expect(seat).toMatchObject({ activeMentees: 0, pendingRequests: 1 });
    expect(
      await db.select().from(notifications).where(eq(notifications.requestId, request.id)),
    ).toHaveLength(1); // only the mentor's "new request"
  });
});

describe("request actions for the parties", () => {
  it("the whole flow: request, question, answer, accept", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    signInAs(applicant);
    const to = await redirectOf(
      requestMentorshipAction(
        { status: "idle" },
        form({ mentorId: mentor.id, goals: "File EB-1A", message: "Hello", idempotencyKey: key() }),
      ),
    );
    expect(to).toBe("/mentorships?sent=1");
    const [request] = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.applicantId, applicant.id));
    expect(request?.state).toBe("pending");

    signInAs(mentor);
    expect(
      await askQuestionAction(
        { status: "idle" },
        form({ requestId: request!.id, question: "Which field?" }),
      ),
    ).toMatchObject({ status: "success", message: "Your question was sent." });
    signInAs(applicant);
    expect(
      await answerQuestionAction(
        { status: "idle" },
        form({ requestId: request!.id, answer: "AI" }),
      ),
    ).toMatchObject({ status: "success" });
    signInAs(mentor);
    expect(
      await acceptRequestAction({ status: "idle" }, form({ requestId: request!.id })),
    ).toMatchObject({ status: "success" });
    expect(await reloadRequest(request!.id)).toMatchObject({
      state: "accepted",
      infoQuestion: "Which field?",
      infoAnswer: "AI",
    });
    expect(revalidatePath).toHaveBeenCalledWith("/mentorships");
  });

  it("shows a conflict in the form message, and a missing decline reason beside the field", async () => {
    const { request, mentor, applicant } = await setup();
    signInAs(mentor);
    const noReason = await declineRequestAction(
      { status: "idle" },
      form({ requestId: request.id }),
    );
    expect(noReason).toMatchObject({
      status: "error",
      fieldErrors: { reason: ["Choose a reason."] },
    });
    signInAs(applicant);
    await withdrawRequestAction({ status: "idle" }, form({ requestId: request.id }));
    signInAs(mentor);
    const late = await acceptRequestAction({ status: "idle" }, form({ requestId: request.id }));
    expect(late).toMatchObject({
      status: "error",
      message: "This request is withdrawn, so that is no longer possible.",
    });
    expect((await reloadRequest(request.id)).state).toBe("withdrawn");
  });
});
