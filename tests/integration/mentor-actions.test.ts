// The mentor actions called as a crafted POST would: no session, extra fields, another member's ids.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { bookmarks, caseRecords, mentorProfiles } from "@/db/schema";
import { setBookmarkAction } from "@/app/_actions/bookmark";
import {
  addCaseRecordAction,
  deleteCaseRecordAction,
  saveMentorProfileAction,
  updateCaseRecordAction,
} from "@/app/(member)/profile/mentor/actions";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

const idle = { status: "idle" } as const;
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

const profileFields = {
  bio: "Approved EB-1A.",
  field: "ai_computing",
  topics: "peer review",
  languages: ["en", "hi"],
  timezone: "Asia/Kolkata",
  countryOfBirth: "IN",
  countryVisibility: "private",
  caseDetailsVisibility: "members",
  capacity: "2",
  accepting: "on",
};

const caseFields = {
  pathway: "eb1a",
  filedMonth: "2023-01",
  decidedMonth: "2023-06",
  serviceCentre: "tsc",
  premium: "no",
  selfFiled: "yes",
  rfe: "no",
  outcome: "approved",
  criteriaClaimed: ["judging", "press", "awards"],
  criteriaAccepted: ["judging", "press"],
};

const profileOf = (id: string) =>
  db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, id));
const casesOf = (id: string) =>
  db.select().from(caseRecords).where(eq(caseRecords.mentorUserId, id));
const bookmarksOf = (id: string) =>
  db
    .select()
    .from(bookmarks)
    .where(and(eq(bookmarks.userId, id), eq(bookmarks.targetType, "mentor")));

beforeEach(() => {
  signOutAll();
});

describe("with no session nothing changes", () => {
  test("save profile, add, edit and delete a record, bookmark", async () => {
    const mentor = await insertMentor({}, [{ pathway: "eb2_niw" }]);
    const [record] = await casesOf(mentor.id);
    const before = await profileOf(mentor.id);
    expect(await saveMentorProfileAction(idle, form(profileFields))).toMatchObject(sessionEnded);
    expect(await addCaseRecordAction(idle, form(caseFields))).toMatchObject(sessionEnded);
    expect(
      await updateCaseRecordAction(idle, form({ id: record!.id, ...caseFields })),
    ).toMatchObject(sessionEnded);
    expect(await deleteCaseRecordAction(idle, form({ id: record!.id }))).toMatchObject(
      sessionEnded,
    );
    expect(
      await setBookmarkAction(idle, form({ mentorUserId: mentor.id, on: "true" })),
    ).toMatchObject(sessionEnded);
    expect(await profileOf(mentor.id)).toEqual(before);
    expect(await casesOf(mentor.id)).toEqual([record]);
    expect(await db.select().from(bookmarks)).toEqual([]);
  });

  test("a suspended member's session counts as none", async () => {
    const user = await insertUser({ status: "suspended" });
    signInAs(user);
    expect(await saveMentorProfileAction(idle, form(profileFields))).toMatchObject(sessionEnded);
    expect(await profileOf(user.id)).toEqual([]);
  });
});

describe("signed in", () => {
  test("saves my own profile; a userId in the form is refused", async () => {
    const me = await insertUser();
    const other = await insertUser();
    signInAs(me);
    expect(
      await saveMentorProfileAction(idle, form({ ...profileFields, userId: other.id })),
    ).toMatchObject({ status: "error", message: extraFields });
    expect(await profileOf(me.id)).toEqual([]);
    expect(await profileOf(other.id)).toEqual([]);

    expect(await saveMentorProfileAction(idle, form(profileFields))).toMatchObject({
      status: "success",
    });
    expect((await profileOf(me.id))[0]).toMatchObject({ languages: ["en", "hi"], capacity: 2 });
    expect(await profileOf(other.id)).toEqual([]);
  });

  test("a bad field comes back beside the field, with what was typed, and nothing is saved", async () => {
    const me = await insertUser();
    signInAs(me);
    const result = await saveMentorProfileAction(
      idle,
      form({ ...profileFields, bio: "b".repeat(2001), field: "astrology" }),
    );
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: {
        bio: ["Keep your bio under 2000 characters."],
        field: ["Choose your field."],
      },
      values: { topics: "peer review", timezone: "Asia/Kolkata" },
    });
    expect(await profileOf(me.id)).toEqual([]);
  });

  test("adds a record to my profile; a verificationStatus in the form is refused", async () => {
    const me = await insertMentor();
    signInAs(me);
    expect(
      await addCaseRecordAction(idle, form({ ...caseFields, verificationStatus: "verified" })),
    ).toMatchObject({ status: "error", message: extraFields });
    expect(await casesOf(me.id)).toEqual([]);
    expect(await redirectOf(addCaseRecordAction(idle, form(caseFields)))).toBe(
      "/profile/mentor?saved=added",
    );
    expect(await casesOf(me.id)).toMatchObject([
      { pathway: "eb1a", criteriaAccepted: ["judging", "press"], verificationStatus: "unverified" },
    ]);
  });

  test("adding a record before the profile exists asks for the profile first", async () => {
    const me = await insertUser();
    signInAs(me);
    expect(await addCaseRecordAction(idle, form(caseFields))).toMatchObject({
      status: "error",
      message: "Save your mentor profile first; then you can add the cases you went through.",
    });
  });

  test("another member's record id changes nothing", async () => {
    const owner = await insertMentor({}, [{ pathway: "eb2_niw", verificationStatus: "verified" }]);
    const [record] = await casesOf(owner.id);
    const me = await insertMentor();
    signInAs(me);
    const notFound = {
      status: "error",
      message: "We could not find this case record among yours.",
    };
    expect(
      await updateCaseRecordAction(idle, form({ id: record!.id, ...caseFields })),
    ).toMatchObject(notFound);
    expect(await deleteCaseRecordAction(idle, form({ id: record!.id }))).toMatchObject(notFound);
    expect(await casesOf(owner.id)).toEqual([record]);
    expect(await casesOf(me.id)).toEqual([]);
  });

  test("editing my verified record says it is unverified again", async () => {
    const me = await insertMentor({}, [
      { pathway: "eb1a", verificationStatus: "verified", criteriaClaimed: ["judging"] },
    ]);
    const [record] = await casesOf(me.id);
    signInAs(me);
    expect(
      await redirectOf(updateCaseRecordAction(idle, form({ id: record!.id, ...caseFields }))),
    ).toBe("/profile/mentor?saved=unverified");
    expect((await casesOf(me.id))[0]).toMatchObject({
      serviceCentre: "tsc",
      verificationStatus: "unverified",
    });
    expect(await deleteCaseRecordAction(idle, form({ id: record!.id }))).toMatchObject({
      status: "success",
    });
    expect(await casesOf(me.id)).toEqual([]);
  });

  test("bookmarks: the form's state is set, twice is once, extra fields are refused", async () => {
    const me = await insertUser();
    const mentor = await insertMentor();
    signInAs(me);
    expect(
      await setBookmarkAction(
        idle,
        form({ mentorUserId: mentor.id, on: "true", userId: mentor.id }),
      ),
    ).toMatchObject({ status: "error", message: extraFields });
    expect(await bookmarksOf(me.id)).toEqual([]);
    for (let i = 0; i < 2; i++) {
      expect(
        await setBookmarkAction(idle, form({ mentorUserId: mentor.id, on: "true" })),
      ).toMatchObject({ status: "success", message: "Bookmarked." });
    }
    expect((await bookmarksOf(me.id)).map((b) => b.targetId)).toEqual([mentor.id]);
    expect(await bookmarksOf(mentor.id)).toEqual([]);
    expect(await setBookmarkAction(idle, form({ mentorUserId: me.id, on: "true" }))).toMatchObject({
      status: "error",
      message: "You cannot bookmark your own mentor profile.",
    });
    expect(
      await setBookmarkAction(idle, form({ mentorUserId: mentor.id, on: "false" })),
    ).toMatchObject({ status: "success", message: "Bookmark removed." });
    expect(await bookmarksOf(me.id)).toEqual([]);
  });
});
