// The mentor directory: full-text search, each filter, keyset pages, privacy of country of birth.
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { bookmarks, mentorProfiles } from "@/db/schema";
import { encodeCursor } from "@/lib/cursor";
import { DIRECTORY_PAGE_SIZE, searchMentorDirectory } from "@/lib/mentors/directory";
import type { DirectoryFilters } from "@/lib/mentors/schemas";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

// Every test file has its own database; each test adds mentors with a unique word to search for.
let seq = 0;
function tag(): string {
  seq += 1;
  return `zq${seq}${Math.random().toString(36).slice(2, 7)}`.replace(
    /\d/g,
    (d) => "abcdefghij"[Number(d)]!,
  );
}

async function ids(
  viewer: { id: string; role: "member" | "moderator" | "admin" },
  filters: DirectoryFilters,
) {
  const page = await searchMentorDirectory(viewer, filters);
  return page.mentors.map((m) => m.userId);
}

test("full-text search matches words of the bio, the topics and the field, best match first", async () => {
  const viewer = await insertUser();
  const word = tag();
  const inBio = await insertMentor({
    bio: `I wrote about ${word} in my petition.`,
    field: "arts_media",
  });
  const inTopics = await insertMentor({ topics: [word, "patents"], field: "arts_media" });
  const neither = await insertMentor({ bio: "Nothing relevant here.", field: "arts_media" });
  expect(await ids(viewer, { q: word })).toEqual([inTopics.id, inBio.id]);
  // The field code is searchable in words ("life_sciences" → "life sciences").
  const biologist = await insertMentor({ field: "life_sciences", bio: `Marker ${word}x` });
  expect(await ids(viewer, { q: `sciences ${word}x` })).toEqual([biologist.id]);
  // websearch syntax: a quoted phrase and a minus.
  expect(await ids(viewer, { q: `${word} -patents` })).toEqual([inBio.id]);
  expect(await ids(viewer, { q: `${word} OR ${word}x` })).toContain(biologist.id);
  expect(await ids(viewer, { q: word })).not.toContain(neither.id);
});

test("filters: pathway, criterion, field, language, verified, accepting", async () => {
  const viewer = await insertUser();
  const word = tag();
  const bio = `Directory filter ${word}`;
  const niw = await insertMentor({ bio, field: "life_sciences", languages: ["en", "yo"] }, [
    {
      pathway: "eb2_niw",
      criteriaClaimed: ["merit_importance"],
      criteriaAccepted: ["merit_importance"],
    },
  ]);
  const eb1a = await insertMentor({ bio, field: "ai_computing", languages: ["hi", "en"] }, [
    {
      pathway: "eb1a",
      criteriaClaimed: ["judging", "awards"],
      criteriaAccepted: ["judging"],
      verificationStatus: "verified",
    },
  ]);
  const o1a = await insertMentor({ bio, field: "business", languages: ["es"], accepting: false }, [
    { pathway: "o1a", criteriaClaimed: ["judging"], criteriaAccepted: ["judging"] },
  ]);
  const full = await insertMentor({ bio, field: "business", capacity: 2, activeMentees: 2 }, [
    {
      pathway: "eb1a",
      outcome: "denied",
      criteriaClaimed: ["awards"],
      criteriaAccepted: ["awards"],
      verificationStatus: "verified",
    },
  ]);
  const q = word;
  expect(new Set(await ids(viewer, { q, pathway: "eb1a" }))).toEqual(new Set([eb1a.id, full.id]));
  expect(await ids(viewer, { q, pathway: "eb2_niw" })).toEqual([niw.id]);
  expect(new Set(await ids(viewer, { q, criterion: "judging" }))).toEqual(
    new Set([eb1a.id, o1a.id]),
  );
  // Claimed but not accepted does not count.
  expect(await ids(viewer, { q, criterion: "awards" })).toEqual([full.id]);
  // Pathway and criterion together: accepted on a case of that pathway.
  expect(await ids(viewer, { q, pathway: "o1a", criterion: "judging" })).toEqual([o1a.id]);
  expect(await ids(viewer, { q, pathway: "eb2_niw", criterion: "judging" })).toEqual([]);
  expect(await ids(viewer, { q, field: "life_sciences" })).toEqual([niw.id]);
  expect(new Set(await ids(viewer, { q, field: "business" }))).toEqual(new Set([o1a.id, full.id]));
  expect(await ids(viewer, { q, language: "yo" })).toEqual([niw.id]);
  expect(new Set(await ids(viewer, { q, language: "en" }))).toEqual(
    new Set([niw.id, eb1a.id, full.id]),
  );
  // Verified = an approved case verified by an admin (a verified denial does not count).
  expect(await ids(viewer, { q, verified: "1" } as unknown as DirectoryFilters)).toEqual([eb1a.id]);
  // Accepting = accepting and a free seat.
  expect(new Set(await ids(viewer, { q, accepting: true }))).toEqual(new Set([niw.id, eb1a.id]));
  // Without the accepting filter, full and paused mentors appear, their state on the card.
  const all = (await searchMentorDirectory(viewer, { q })).mentors;
  expect(all.find((m) => m.userId === o1a.id)).toMatchObject({ accepting: false });
  expect(all.find((m) => m.userId === full.id)).toMatchObject({ capacity: 2, activeMentees: 2 });
  // Unknown filter values are ignored rather than failing the page.
  expect(
    new Set(
      await ids(viewer, { q, pathway: "h1b", field: "astrology" } as unknown as DirectoryFilters),
    ),
  ).toEqual(new Set([niw.id, eb1a.id, o1a.id, full.id]));
});

test("country of birth: only mentors whose country the viewer may see can be found by it", async () => {
  const viewer = await insertUser();
  const admin = await insertUser({ role: "admin" });
  const q = tag();
  const bio = `Country ${q}`;
  const pub = await insertMentor({ bio, countryOfBirth: "GH", countryVisibility: "public" });
  const members = await insertMentor({ bio, countryOfBirth: "GH", countryVisibility: "members" });
  const hidden = await insertMentor({ bio, countryOfBirth: "GH", countryVisibility: "private" });
  await insertMentor({ bio, countryOfBirth: "IN", countryVisibility: "public" });
  expect(new Set(await ids(viewer, { q, country: "GH" }))).toEqual(new Set([pub.id, members.id]));
  // The mentor finds themself; admins see every country.
  expect(new Set(await ids(hidden, { q, country: "GH" }))).toEqual(
    new Set([pub.id, members.id, hidden.id]),
  );
  expect(new Set(await ids(admin, { q, country: "GH" }))).toEqual(
    new Set([pub.id, members.id, hidden.id]),
  );
  // The hidden mentor is still in the directory without the country filter.
  expect(await ids(viewer, { q })).toContain(hidden.id);
});

test("suspended and banned mentors are hidden; an ended suspension shows them again", async () => {
  const viewer = await insertUser();
  const q = tag();
  const bio = `Status ${q}`;
  const active = await insertMentor({ bio });
  await insertMentor({ bio }, [], {
    status: "suspended",
    suspendedUntil: new Date(Date.now() + 86_400_000),
  });
  await insertMentor({ bio }, [], { status: "suspended" });
  await insertMentor({ bio }, [], { status: "banned" });
  const ended = await insertMentor({ bio }, [], {
    status: "suspended",
    suspendedUntil: new Date(Date.now() - 1000),
  });
  expect(new Set(await ids(viewer, { q }))).toEqual(new Set([active.id, ended.id]));
});

async function walk(
  viewer: { id: string; role: "member" | "moderator" | "admin" },
  filters: DirectoryFilters,
) {
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await searchMentorDirectory(viewer, filters, cursor);
    expect(page.mentors.length).toBeLessThanOrEqual(DIRECTORY_PAGE_SIZE);
    seen.push(...page.mentors.map((m) => m.userId));
    cursor = page.next;
    pages += 1;
  } while (cursor && pages < 20);
  return { seen, pages };
}

test("keyset pages without a query: newest profile first, none missing, none twice", async () => {
  const viewer = await insertUser();
  const field = "sports";
  const made: string[] = [];
  // Same created_at for some rows, so the user id must break ties.
  const sameMoment = new Date("2026-02-01T10:00:00.123456Z");
  for (let i = 0; i < 45; i++) {
    const m = await insertMentor({
      field,
      createdAt: i % 3 === 0 ? sameMoment : new Date(Date.UTC(2026, 1, 2, 0, i)),
    });
    made.push(m.id);
  }
  const { seen, pages } = await walk(viewer, { field });
  expect(pages).toBe(3);
  expect(seen).toHaveLength(45);
  expect(new Set(seen)).toEqual(new Set(made));
  const rows = await db
    .select({ id: mentorProfiles.userId, createdAt: mentorProfiles.createdAt })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.field, field));
  const expected = rows
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
    .map((r) => r.id);
  expect(seen).toEqual(expected);
});

test("keyset pages with microsecond timestamps lose nothing", async () => {
  const viewer = await insertUser();
  const field = "education";
  // Rows a few microseconds apart in the same millisecond: a millisecond cursor would skip some.
  const made: string[] = [];
  for (let i = 0; i < 25; i++) {
    const m = await insertMentor({ field });
    made.push(m.id);
    await db
      .update(mentorProfiles)
      .set({
        createdAt: sql`'2026-03-01 12:00:00.123'::timestamptz + make_interval(secs => ${i} / 1000000.0)`,
      })
      .where(eq(mentorProfiles.userId, m.id));
  }
  const [{ distinct } = { distinct: 0 }] = await db
    .select({ distinct: sql<number>`count(distinct ${mentorProfiles.createdAt})::int` })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.field, field));
  expect(distinct).toBe(25);
  const { seen } = await walk(viewer, { field });
  expect(new Set(seen)).toEqual(new Set(made));
  expect(seen).toHaveLength(25);
});

test("keyset pages with a query: by rank, then user id; none missing, none twice", async () => {
  const viewer = await insertUser();
  const word = tag();
  const made: string[] = [];
  for (let i = 0; i < 43; i++) {
    // Different numbers of mentions give different ranks; many share a rank.
    const m = await insertMentor({ bio: `${`${word} `.repeat((i % 4) + 1)}and other things` });
    made.push(m.id);
  }
  const { seen, pages } = await walk(viewer, { q: word });
  expect(pages).toBe(3);
  expect(seen).toHaveLength(43);
  expect(new Set(seen)).toEqual(new Set(made));
});

test("a damaged or forged cursor starts from the first page", async () => {
  const viewer = await insertUser();
  const q = tag();
  const m = await insertMentor({ bio: `Cursor ${q}` });
  for (const cursor of [
    "garbage",
    "eyJrIjoidGltZSJ9",
    encodeCursor({ k: "time", t: "2999-01-01 00:00:00+00", id: crypto.randomUUID() }),
  ]) {
    const page = await searchMentorDirectory(viewer, { q }, cursor);
    expect(page.mentors.map((x) => x.userId)).toEqual([m.id]);
  }
  const forged = Buffer.from(
    JSON.stringify({ k: "time", t: "now'); drop table users; --", id: m.id }),
  ).toString("base64url");
  expect((await searchMentorDirectory(viewer, { q }, forged)).mentors).toHaveLength(1);
});

test("marks which results the viewer bookmarked", async () => {
  const viewer = await insertUser();
  const q = tag();
  const a = await insertMentor({ bio: `Marked ${q}` });
  const b = await insertMentor({ bio: `Marked ${q}` });
  await db.insert(bookmarks).values({ userId: viewer.id, targetType: "mentor", targetId: a.id });
  const page = await searchMentorDirectory(viewer, { q });
  expect(new Set(page.mentors.map((m) => m.userId))).toEqual(new Set([a.id, b.id]));
  expect(page.bookmarkedIds).toEqual([a.id]);
});
