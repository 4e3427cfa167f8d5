// The demo story of docs/demo.md, on the default seed: who each applicant meets first.
import { inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { getMentorMatches } from "@/lib/matching/queries";
import type { MentorMatch } from "@/lib/matching/types";

let people: Map<string, User>;
let matchesOf: Map<string, MentorMatch[]>;

function person(name: string): User {
  const user = people.get(`${name}@example.com`);
  if (!user) throw new Error(`The seed has no ${name}@example.com`);
  return user;
}

function handles(name: string, top?: number): string[] {
  return (matchesOf.get(name) ?? []).slice(0, top).map((m) => m.mentor.handle);
}

beforeAll(async () => {
  await seedDatabase(db);
  const rows = await db
    .select()
    .from(users)
    .where(
      inArray(
        users.email,
        ["priya", "wei", "diego", "amara", "yuki", "olena"].map((n) => `${n}@example.com`),
      ),
    );
  people = new Map(rows.map((u) => [u.email, u]));
  matchesOf = new Map();
  // A summer moment, like most of the year in the US (daylight saving time).
  const now = new Date("2026-06-15T12:00:00Z");
  for (const name of ["priya", "wei", "diego", "amara"]) {
    const matches = await getMentorMatches(person(name), { now });
    expect(matches, `${name} has an applicant profile`).not.toBeNull();
    matchesOf.set(name, matches!);
  }
}, 120_000);

test("Priya's first match is Arjun, with the reasons the demo tells", () => {
  expect(handles("priya", 1)).toEqual(["arjun"]);
  const labels = matchesOf.get("priya")![0]!.reasons.map((r) => r.label);
  expect(labels).toEqual(
    expect.arrayContaining([
      "Approved EB-1A, your target",
      "Same chargeability: India",
      "Strong on judging, where you are weak",
      "Same field: Computer science and AI",
      "Speaks Hindi",
    ]),
  );
});

test("Wei's top 3 include Lin, for the RFE on national importance", () => {
  expect(handles("wei", 3)).toContain("lin");
  const lin = matchesOf.get("wei")!.find((m) => m.mentor.handle === "lin")!;
  expect(lin.reasons.map((r) => r.label)).toEqual(
    expect.arrayContaining([
      "Answered an RFE on merit and national importance",
      "Same chargeability: China (mainland-born)",
      "Speaks Chinese",
    ]),
  );
});

test("Diego's top 3 include Sofia", () => {
  expect(handles("diego", 3)).toContain("sofia");
  const sofia = matchesOf.get("diego")!.find((m) => m.mentor.handle === "sofia")!;
  expect(sofia.reasons.map((r) => r.label)).toEqual(
    expect.arrayContaining(["Also approved EB-1A, another of your targets", "Speaks Spanish"]),
  );
});

test("Amara's matches include Kwame, labelled unverified", () => {
  const kwame = matchesOf.get("amara")!.find((m) => m.mentor.handle === "kwame");
  expect(kwame).toBeDefined();
  expect(kwame!.mentor.verified).toBe(false);
  expect(kwame!.reasons.map((r) => r.code)).not.toContain("verified_outcome");
});

test("Yuki (full) and Olena (paused) are in nobody's matches", () => {
  const yuki = person("yuki").id;
  const olena = person("olena").id;
  for (const [name, matches] of matchesOf) {
    const ids = matches.map((m) => m.mentor.userId);
    expect(ids, name).not.toContain(yuki);
    expect(ids, name).not.toContain(olena);
  }
});

test("every demo applicant sees a full page of matches, each reason adding up to the score", () => {
  for (const [name, matches] of matchesOf) {
    expect(matches.length, name).toBeGreaterThanOrEqual(5);
    for (const m of matches) expect(m.reasons.reduce((s, r) => s + r.weight, 0)).toBe(m.score);
  }
});
