// getMentorSummaries: the cards shared by matches, the directory and bookmarks.
import { db } from "@/db/client";
import { caseRecords, mentorProfiles } from "@/db/schema";
import { getMentorSummaries } from "@/lib/mentors/queries";
import { insertUser } from "./helpers";

async function mentor(
  bio = "I help researchers.",
  status: "active" | "suspended" | "banned" = "active",
) {
  const user = await insertUser({ status });
  await db
    .insert(mentorProfiles)
    .values({ userId: user.id, bio, field: "ai_computing", languages: ["en", "hi"] });
  return user;
}

test("returns summaries in the order asked, with cases, verified label and a cut bio", async () => {
  const viewer = await insertUser();
  const long = `${"word ".repeat(60)}end`;
  const a = await mentor(long);
  const b = await mentor("Short bio.");
  await db.insert(caseRecords).values([
    {
      mentorUserId: a.id,
      pathway: "eb1a",
      outcome: "approved",
      decidedMonth: "2024-03-01",
      verificationStatus: "verified",
    },
    { mentorUserId: a.id, pathway: "o1a", outcome: "approved", decidedMonth: "2021-05-01" },
    {
      mentorUserId: b.id,
      pathway: "eb2_niw",
      outcome: "approved",
      verificationStatus: "unverified",
    },
  ]);
  const result = await getMentorSummaries(viewer, [b.id, a.id, crypto.randomUUID(), "not-a-uuid"]);
  expect(result.map((m) => m.userId)).toEqual([b.id, a.id]);
  const [sb, sa] = result;
  expect(sb!.verified).toBe(false);
  expect(sb!.cases).toEqual([
    { pathway: "eb2_niw", outcome: "approved", decidedYear: null, verified: false },
  ]);
  expect(sa!.verified).toBe(true);
  expect(sa!.cases).toEqual([
    { pathway: "eb1a", outcome: "approved", decidedYear: 2024, verified: true },
    { pathway: "o1a", outcome: "approved", decidedYear: 2021, verified: false },
  ]);
  expect(sa!.bioExcerpt.length).toBeLessThanOrEqual(201);
  expect(sa!.bioExcerpt).toMatch(/word…$/);
  expect(sa!.languages).toEqual(["en", "hi"]);
  expect(sa!.field).toBe("ai_computing");
});

test("leaves out suspended and banned mentors", async () => {
  const viewer = await insertUser();
  const ok = await mentor();
  const suspended = await mentor("x", "suspended");
  const banned = await mentor("x", "banned");
  const result = await getMentorSummaries(viewer, [suspended.id, ok.id, banned.id]);
  expect(result.map((m) => m.userId)).toEqual([ok.id]);
});
