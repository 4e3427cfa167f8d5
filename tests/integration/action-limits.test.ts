// docs/security.md #30: every mutating action has a per-user rate limit and a body limit fitted
// to it. The floor in lib/action.ts counts every call in PostgreSQL; the named mutations (mentor
// profile, case records, bookmarks, onboarding steps, evidence uploads) have their own.
import { signInAs } from "@/tests/support/next-mocks";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { markAllReadAction } from "@/app/(member)/notifications/actions";
import { setBookmarkAction } from "@/app/_actions/bookmark";
import { actionLimits, DEFAULT_MAX_CHARS } from "@/lib/action";
import { mentorRateLimits } from "@/lib/mentors/mutations";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

const idle = { status: "idle" } as const;

function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** `count` attempts already made in this window and the next (so a boundary cannot reset it). */
async function spent(
  rule: { name: string; windowSeconds: number },
  subject: string,
  count: number,
) {
  const ms = rule.windowSeconds * 1000;
  const now = Math.floor(Date.now() / ms) * ms;
  await db.insert(rateLimitBuckets).values(
    [now, now + ms].map((start) => ({
      key: `${rule.name}:${subject}`,
      windowStart: new Date(start),
      count,
      expiresAt: new Date(start + ms),
    })),
  );
}

describe("every action is counted per member", () => {
  it("refuses a member past the floor, whatever the action, and only that member", async () => {
    const busy = await insertUser();
    signInAs(busy);
    // Most of the allowance already spent this minute (as many earlier calls would have).
    await spent(actionLimits.perUser, busy.id, actionLimits.perUser.limit - 1);
    expect(await markAllReadAction(idle, form())).toMatchObject({ status: "success" });
    // The next call goes over, in this window or the next.
    expect(await markAllReadAction(idle, form())).toMatchObject({
      status: "error",
      message: expect.stringMatching(/Too many attempts/),
    });
    const calm = await insertUser();
    signInAs(calm);
    expect(await markAllReadAction(idle, form())).toMatchObject({ status: "success" });
  });

  it("refuses a form over its size before anything is written", async () => {
    const user = await insertUser();
    signInAs(user);
    const state = await markAllReadAction(idle, form({ filler: "x".repeat(DEFAULT_MAX_CHARS) }));
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/too long/) });
    const [counted] = await db
      .select()
      .from(rateLimitBuckets)
      .where(eq(rateLimitBuckets.key, `${actionLimits.perUser.name}:${user.id}`));
    expect(counted).toBeUndefined();
  });
});

describe("the named mutations have their own limits", () => {
  it("bookmarking mentors stops past its limit", async () => {
    const member = await insertUser();
    const mentor = await insertMentor();
    signInAs(member);
    await spent(
      mentorRateLimits.bookmarksPerUser,
      member.id,
      mentorRateLimits.bookmarksPerUser.limit,
    );
    expect(
      await setBookmarkAction(idle, form({ mentorUserId: mentor.id, on: "true" })),
    ).toMatchObject({ status: "error", message: expect.stringMatching(/Too many attempts/) });
  });
});
