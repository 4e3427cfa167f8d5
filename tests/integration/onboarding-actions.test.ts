// The onboarding step action, called as a crafted POST would call it: no session changes nothing,
// another member's id is refused, and a good save moves on through the wizard.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { applicantProfiles, criterionAssessments } from "@/db/schema";
import { saveOnboardingStepAction } from "@/app/(member)/onboarding/actions";
import { insertUser } from "./helpers";
import { fillProfile, step2, step4 } from "./profiles-fixtures";

const sessionEnded = { status: "error", message: "Your session has ended. Please sign in again." };
const extraFields = "This form sent fields it should not have. Reload the page and try again.";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123456789abcdef", "");
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
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

async function profileOf(userId: string) {
  const [row] = await db
    .select()
    .from(applicantProfiles)
    .where(eq(applicantProfiles.userId, userId));
  return row;
}

const idle = { status: "idle" } as const;

beforeEach(() => {
  signOutAll();
  vi.mocked(revalidatePath).mockClear();
});

describe("the onboarding step action", () => {
  it("with no session: refused, and no profile is created or changed", async () => {
    const victim = await insertUser();
    await fillProfile(victim, 2);
    const before = await profileOf(victim.id);
    const result = await saveOnboardingStepAction(
      idle,
      form({ step: "1", targetPathways: ["o1a"], userId: victim.id }),
    );
    expect(result).toMatchObject(sessionEnded);
    expect(await profileOf(victim.id)).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses a form naming another member, changing neither profile", async () => {
    const me = await insertUser();
    const victim = await insertUser();
    await fillProfile(victim, 2);
    const before = await profileOf(victim.id);
    signInAs(me);
    const result = await saveOnboardingStepAction(
      idle,
      form({ step: "2", userId: victim.id, ...step2, field: "sports" }),
    );
    expect(result).toMatchObject({ status: "error", message: extraFields });
    expect(await profileOf(victim.id)).toEqual(before);
    expect(await profileOf(me.id)).toBeUndefined();
  });

  it("refuses an extra field on the first step before anything exists", async () => {
    const me = await insertUser();
    signInAs(me);
    const result = await saveOnboardingStepAction(
      idle,
      form({ step: "1", targetPathways: "eb1a", onboardingStep: "6" }),
    );
    expect(result).toMatchObject({ status: "error", message: extraFields });
    expect(await profileOf(me.id)).toBeUndefined();
  });

  it("saves a step for the signed-in member and goes on to the next", async () => {
    const me = await insertUser();
    signInAs(me);
    expect(
      await redirectOf(saveOnboardingStepAction(idle, form({ step: "1", targetPathways: "eb1a" }))),
    ).toBe("/onboarding?step=2");
    expect(await profileOf(me.id)).toMatchObject({ targetPathways: ["eb1a"], onboardingStep: 1 });
    expect(revalidatePath).toHaveBeenCalledWith("/profile", "layout");
  });

  it("sends the last step to the profile, and an edit back to it too", async () => {
    const me = await insertUser();
    await fillProfile(me, 5);
    signInAs(me);
    const privacy = {
      step: "6",
      countryVisibility: "private",
      statusVisibility: "members",
      stageVisibility: "public",
      evidenceVisibility: "private",
    };
    expect(await redirectOf(saveOnboardingStepAction(idle, form(privacy)))).toBe(
      "/profile?onboarded=1",
    );
    expect((await profileOf(me.id))?.onboardingCompletedAt).toBeInstanceOf(Date);
    expect(await redirectOf(saveOnboardingStepAction(idle, form({ step: "2", ...step2 })))).toBe(
      "/profile?updated=1",
    );
  });

  it("after adding a pathway to a finished profile, goes to the self-assessment", async () => {
    const me = await insertUser();
    await fillProfile(me);
    signInAs(me);
    const target = await redirectOf(
      saveOnboardingStepAction(
        idle,
        form({ step: "1", targetPathways: ["eb1a", "eb2_niw", "o1a"] }),
      ),
    );
    expect(target).toBe("/onboarding?step=4");
  });

  it("on an error, gives back what was sent, checkbox lists included, and writes nothing", async () => {
    const me = await insertUser();
    await fillProfile(me, 4);
    const before = await profileOf(me.id);
    signInAs(me);
    const result = await saveOnboardingStepAction(
      idle,
      form({
        step: "5",
        goals: "Find a mentor",
        languages: ["en", "zz"],
        timezone: "Mars/Olympus",
      }),
    );
    expect(result).toMatchObject({
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: {
        languages: ["Choose languages from the list."],
        timezone: ["Choose your time zone from the list."],
      },
      values: { goals: "Find a mentor", languages: "en,zz", timezone: "Mars/Olympus" },
    });
    expect(await profileOf(me.id)).toEqual(before);
  });

  it("shows a missing rating beside its criterion and keeps the ratings already saved", async () => {
    const me = await insertUser();
    await fillProfile(me, 4);
    signInAs(me);
    const rows = () =>
      db.select().from(criterionAssessments).where(eq(criterionAssessments.userId, me.id));
    const saved = await rows();
    const { ["assessment.eb2_niw.balance.strength"]: _missing, ...rest } = step4;
    const result = await saveOnboardingStepAction(idle, form({ step: "4", ...rest }));
    expect(result).toMatchObject({
      status: "error",
      message: "One criterion needs your attention: see the message beside it.",
      fieldErrors: {
        "assessment.eb2_niw.balance.strength": [
          "Choose how strong your evidence is for on balance.",
        ],
      },
    });
    expect(await rows()).toEqual(saved);
  });

  it("refuses a step number that does not exist", async () => {
    const me = await insertUser();
    signInAs(me);
    const result = await saveOnboardingStepAction(
      idle,
      form({ step: "9", targetPathways: "eb1a" }),
    );
    expect(result).toMatchObject({ status: "error", fieldErrors: { step: [expect.any(String)] } });
    expect(await profileOf(me.id)).toBeUndefined();
  });
});
