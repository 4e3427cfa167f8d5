// The mentor's own profile and case records: validation, ownership, verification reset.
import { eq } from "drizzle-orm";
import { ZodError } from "zod";
import { db } from "@/db/client";
import { caseRecords, mentorProfiles } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  addCaseRecord,
  deleteCaseRecord,
  updateCaseRecord,
  upsertMentorProfile,
} from "@/lib/mentors/mutations";
import { getOwnCaseRecord, getOwnMentorProfile } from "@/lib/mentors/queries";
import { CASE_RECORDS_MAX, type MentorProfileInput } from "@/lib/mentors/schemas";
import { insertUser } from "./helpers";
import { caseForm, insertMentor, profileForm } from "./mentor-fixtures";

async function profileOf(userId: string) {
  const [row] = await db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, userId));
  return row;
}

async function casesOf(userId: string) {
  return db.select().from(caseRecords).where(eq(caseRecords.mentorUserId, userId));
}

/** The field errors of a rejected write, as the form would show them. */
async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ZodError))
    throw new Error(`expected a validation error, got ${String(err)}`);
  const out: Record<string, string[]> = {};
  for (const issue of err.issues) {
    const key = String(issue.path[0] ?? "");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

describe("upsertMentorProfile", () => {
  test("creates the profile from form strings, then updates it", async () => {
    const user = await insertUser();
    expect(await upsertMentorProfile(user, profileForm())).toEqual({ created: true });
    let row = await profileOf(user.id);
    expect(row).toMatchObject({
      field: "ai_computing",
      topics: ["peer review", "NLP", "recommendation letters"],
      languages: ["hi", "en"],
      timezone: "America/Los_Angeles",
      countryOfBirth: "IN",
      countryVisibility: "members",
      caseDetailsVisibility: "private",
      capacity: 3,
      accepting: true,
    });
    // An unchecked checkbox is absent from FormData: not accepting.
    const { accepting: _a, ...rest } = profileForm({ capacity: "0", countryOfBirth: "" });
    expect(await upsertMentorProfile(user, rest as MentorProfileInput)).toEqual({ created: false });
    row = await profileOf(user.id);
    expect(row).toMatchObject({ capacity: 0, accepting: false, countryOfBirth: null });
  });

  test("current time-zone names that ICU lists under an old alias are accepted", async () => {
    const user = await insertUser();
    await upsertMentorProfile(user, profileForm({ timezone: "Asia/Kolkata" }));
    expect((await profileOf(user.id))!.timezone).toBe("Asia/Kolkata");
  });

  test("topics are split on commas, trimmed and de-duplicated ignoring case", async () => {
    const user = await insertUser();
    await upsertMentorProfile(
      user,
      profileForm({ topics: " NLP ,nlp, peer  review,, Peer review " }),
    );
    expect((await profileOf(user.id))!.topics).toEqual(["NLP", "peer review"]);
  });

  test.each([
    ["field", { field: "astrology" }, "Choose your field."],
    ["bio", { bio: "x".repeat(2001) }, "Keep your bio under 2000 characters."],
    [
      "topics",
      { topics: Array.from({ length: 16 }, (_, i) => `topic ${i}`).join(",") },
      "List at most 15 topics.",
    ],
    ["topics", { topics: "a".repeat(41) }, "Keep each topic under 40 characters."],
    ["languages", { languages: [] }, "Choose at least one language you can mentor in."],
    ["languages", { languages: ["en", "klingon"] }, "Choose languages from the list."],
    ["timezone", { timezone: "Mars/Olympus" }, "Choose your time zone from the list."],
    ["countryOfBirth", { countryOfBirth: "XX" }, "Choose a country from the list."],
    [
      "countryVisibility",
      { countryVisibility: "friends" },
      "Choose who may see your country of birth.",
    ],
    ["capacity", { capacity: "21" }, "Take at most 20 mentees at a time."],
    ["capacity", { capacity: "-1" }, "Capacity cannot be negative."],
  ])("rejects a bad %s and writes nothing", async (key, override, message) => {
    const user = await insertUser();
    const errors = await fieldErrorsOf(upsertMentorProfile(user, profileForm(override)));
    expect(errors[key]).toContain(message);
    expect(await profileOf(user.id)).toBeUndefined();
  });

  test("rejects fields the form does not have (userId, verified)", async () => {
    const user = await insertUser();
    const other = await insertUser();
    await expect(
      upsertMentorProfile(user, { ...profileForm(), userId: other.id } as never),
    ).rejects.toThrow(ZodError);
    expect(await profileOf(user.id)).toBeUndefined();
    expect(await profileOf(other.id)).toBeUndefined();
  });
});

describe("case records", () => {
  test("a mentor profile must exist before a case record", async () => {
    const user = await insertUser();
    await expect(addCaseRecord(user, caseForm())).rejects.toThrow(ValidationError);
    expect(await casesOf(user.id)).toHaveLength(0);
  });

  test("adds a record from form strings: months become the first of the month", async () => {
    const mentor = await insertMentor();
    const id = await addCaseRecord(mentor, caseForm());
    const [row] = await casesOf(mentor.id);
    expect(row).toMatchObject({
      id,
      pathway: "eb1a",
      filedMonth: "2023-09-01",
      decidedMonth: "2024-02-01",
      serviceCentre: "nsc",
      premium: true,
      selfFiled: true,
      rfe: true,
      rfeCriteria: ["original_contributions"],
      outcome: "approved",
      verificationStatus: "unverified",
    });
    expect(row!.criteriaAccepted).toEqual([
      "scholarly_articles",
      "judging",
      "original_contributions",
    ]);
  });

  test("unknown premium and filer are stored as not known", async () => {
    const mentor = await insertMentor();
    await addCaseRecord(mentor, caseForm({ premium: "unknown", selfFiled: "unknown" }));
    expect((await casesOf(mentor.id))[0]).toMatchObject({ premium: null, selfFiled: null });
  });

  test.each([
    [
      "criteriaClaimed",
      { criteriaClaimed: ["merit_importance"], criteriaAccepted: [] },
      "Choose only criteria of this case's pathway.",
    ],
    [
      "criteriaAccepted",
      { criteriaAccepted: ["scholarly_articles", "leading_role"] },
      "An accepted criterion must also be one you claimed.",
    ],
    [
      "rfeCriteria",
      { rfe: "no" },
      "Criteria an RFE asked about need an RFE: choose “Yes” above, or clear them.",
    ],
    [
      "rfeCriteria",
      { rfeCriteria: "critical_role" },
      "Choose only criteria of this case's pathway.",
    ],
    [
      "decidedMonth",
      { filedMonth: "2024-05", decidedMonth: "2024-01" },
      "The decision cannot come before the filing.",
    ],
    [
      "filedMonth",
      { filedMonth: "2999-01", decidedMonth: "" },
      "The filing month cannot be in the future.",
    ],
    [
      "decidedMonth",
      { outcome: "pending" },
      "A pending case has no decision month yet: leave it empty.",
    ],
    ["pathway", { pathway: "h1b" }, "Choose the pathway of this case."],
    ["outcome", { outcome: "maybe" }, "Choose the outcome."],
    ["serviceCentre", { serviceCentre: "vermont" }, "Choose a service centre from the list."],
    ["filedMonth", { filedMonth: "March 2024" }, "Enter a month like 2024-03."],
    ["criteriaClaimed", { criteriaClaimed: ["charm"] }, "Choose criteria from the list."],
  ])("rejects a bad %s and writes nothing", async (key, override, message) => {
    const mentor = await insertMentor();
    const errors = await fieldErrorsOf(addCaseRecord(mentor, caseForm(override)));
    expect(errors[key]).toContain(message);
    expect(await casesOf(mentor.id)).toHaveLength(0);
  });

  test("EB-1C has no criteria list, so no criteria may be claimed", async () => {
    const mentor = await insertMentor();
    await expect(
      addCaseRecord(
        mentor,
        caseForm({
          pathway: "eb1c",
          rfe: "no",
          rfeCriteria: [],
          criteriaAccepted: [],
          criteriaClaimed: ["awards"],
        }),
      ),
    ).rejects.toThrow(ZodError);
    await addCaseRecord(
      mentor,
      caseForm({
        pathway: "eb1c",
        rfe: "no",
        rfeCriteria: [],
        criteriaAccepted: [],
        criteriaClaimed: [],
      }),
    );
    expect(await casesOf(mentor.id)).toHaveLength(1);
  });

  test(`at most ${CASE_RECORDS_MAX} records`, async () => {
    const mentor = await insertMentor(
      {},
      Array.from({ length: CASE_RECORDS_MAX }, () => ({})),
    );
    await expect(addCaseRecord(mentor, caseForm())).rejects.toThrow(ConflictError);
    expect(await casesOf(mentor.id)).toHaveLength(CASE_RECORDS_MAX);
  });

  test("another member's record cannot be read, changed or deleted", async () => {
    const owner = await insertMentor({}, [{ pathway: "eb2_niw", verificationStatus: "verified" }]);
    const intruder = await insertMentor();
    const [record] = await casesOf(owner.id);
    await expect(updateCaseRecord(intruder, record!.id, caseForm())).rejects.toThrow(NotFoundError);
    await expect(deleteCaseRecord(intruder, record!.id)).rejects.toThrow(NotFoundError);
    await expect(updateCaseRecord(intruder, "not-a-uuid", caseForm())).rejects.toThrow(
      NotFoundError,
    );
    expect(await getOwnCaseRecord(intruder, record!.id)).toBeNull();
    expect(await casesOf(owner.id)).toEqual([record]);
    expect(await casesOf(intruder.id)).toEqual([]);
  });

  test("editing a verified record sends it back to unverified; saving it unchanged does not", async () => {
    const admin = await insertUser({ role: "admin" });
    const mentor = await insertMentor();
    const id = await addCaseRecord(mentor, caseForm());
    await db
      .update(caseRecords)
      .set({ verificationStatus: "verified", verifiedBy: admin.id, verifiedAt: new Date() })
      .where(eq(caseRecords.id, id));

    expect(await updateCaseRecord(mentor, id, caseForm())).toEqual({ backToUnverified: false });
    expect((await casesOf(mentor.id))[0]).toMatchObject({
      verificationStatus: "verified",
      verifiedBy: admin.id,
    });

    expect(await updateCaseRecord(mentor, id, caseForm({ serviceCentre: "tsc" }))).toEqual({
      backToUnverified: true,
    });
    expect((await casesOf(mentor.id))[0]).toMatchObject({
      serviceCentre: "tsc",
      verificationStatus: "unverified",
      verifiedBy: null,
      verifiedAt: null,
    });
  });

  test("an invalid edit changes nothing", async () => {
    const mentor = await insertMentor();
    const id = await addCaseRecord(mentor, caseForm());
    const before = await casesOf(mentor.id);
    await expect(
      updateCaseRecord(mentor, id, caseForm({ criteriaAccepted: ["exhibitions"] })),
    ).rejects.toThrow(ZodError);
    expect(await casesOf(mentor.id)).toEqual(before);
  });

  test("the owner deletes a record, and reads their profile with every record", async () => {
    const mentor = await insertMentor({}, [
      { pathway: "o1a", decidedMonth: "2021-01-01" },
      { pathway: "eb1a", decidedMonth: "2024-01-01" },
    ]);
    const own = await getOwnMentorProfile(mentor);
    expect(own!.cases.map((c) => c.pathway)).toEqual(["eb1a", "o1a"]);
    expect(own!.profile).not.toHaveProperty("searchVector");
    await deleteCaseRecord(mentor, own!.cases[0]!.id);
    expect((await casesOf(mentor.id)).map((c) => c.pathway)).toEqual(["o1a"]);
    await expect(deleteCaseRecord(mentor, own!.cases[0]!.id)).rejects.toThrow(NotFoundError);
  });

  test("no mentor profile yet: getOwnMentorProfile is null", async () => {
    const user = await insertUser();
    expect(await getOwnMentorProfile(user)).toBeNull();
  });
});
