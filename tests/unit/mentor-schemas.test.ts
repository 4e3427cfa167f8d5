// The mentor form schemas: what a form sends becomes what the database stores, and parsing twice
// gives the same (the action and the domain function both parse).
import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import {
  caseRecordSchema,
  currentMonth,
  directoryFiltersSchema,
  mentorProfileSchema,
} from "@/lib/mentors/schemas";
import { bioExcerpt } from "@/lib/mentors/summary";

const profile = {
  bio: "  Hello.  ",
  field: "physical_sciences",
  topics: "Patents, patents ,  peer   review,,",
  languages: "ja",
  timezone: "Asia/Tokyo",
  countryOfBirth: "",
  countryVisibility: "private",
  caseDetailsVisibility: "public",
  capacity: "4",
};

test("a mentor profile form parses into stored values, and parsing again changes nothing", () => {
  const once = mentorProfileSchema.parse(profile);
  expect(once).toEqual({
    bio: "Hello.",
    field: "physical_sciences",
    topics: ["Patents", "peer review"],
    languages: ["ja"],
    timezone: "Asia/Tokyo",
    countryOfBirth: null,
    countryVisibility: "private",
    caseDetailsVisibility: "public",
    capacity: 4,
    accepting: false,
  });
  expect(mentorProfileSchema.parse(once)).toEqual(once);
});

test("a checkbox posts 'on'; anything else is not accepting", () => {
  expect(mentorProfileSchema.parse({ ...profile, accepting: "on" }).accepting).toBe(true);
  expect(mentorProfileSchema.parse({ ...profile, accepting: "yes please" }).accepting).toBe(false);
});

test("capacity must be a whole number from 0 to 20", () => {
  for (const bad of ["2.5", "abc", "21", "-1"]) {
    expect(mentorProfileSchema.safeParse({ ...profile, capacity: bad }).success).toBe(false);
  }
  expect(mentorProfileSchema.parse({ ...profile, capacity: "0" }).capacity).toBe(0);
});

const record = {
  pathway: "eb2_niw",
  filedMonth: "2022-11",
  decidedMonth: "2023-04",
  serviceCentre: "tsc",
  premium: "no",
  selfFiled: "unknown",
  rfe: "yes",
  rfeCriteria: "merit_importance",
  outcome: "approved",
  criteriaClaimed: ["merit_importance", "well_positioned", "balance"],
  criteriaAccepted: ["well_positioned", "balance", "merit_importance"],
};

test("a case record form parses into stored values, and parsing again changes nothing", () => {
  const once = caseRecordSchema.parse(record);
  expect(once).toMatchObject({
    filedMonth: "2022-11-01",
    decidedMonth: "2023-04-01",
    premium: false,
    selfFiled: null,
    rfe: true,
    rfeCriteria: ["merit_importance"],
  });
  expect(caseRecordSchema.parse(once)).toEqual(once);
});

function errorsOf(input: Record<string, unknown>) {
  const result = caseRecordSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

test("case record rules between fields", () => {
  expect(errorsOf({ ...record, criteriaClaimed: ["judging"], criteriaAccepted: [] })).toEqual({
    criteriaClaimed: ["Choose only criteria of this case's pathway."],
  });
  expect(errorsOf({ ...record, criteriaClaimed: ["balance"] }).criteriaAccepted).toEqual([
    "An accepted criterion must also be one you claimed.",
  ]);
  expect(errorsOf({ ...record, rfe: "no" }).rfeCriteria).toHaveLength(1);
  expect(errorsOf({ ...record, filedMonth: "2023-05" }).decidedMonth).toEqual([
    "The decision cannot come before the filing.",
  ]);
  const [y, m] = currentMonth().split("-").map(Number) as [number, number];
  const nextMonth = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  expect(errorsOf({ ...record, decidedMonth: nextMonth, filedMonth: "" }).decidedMonth).toEqual([
    "The decision month cannot be in the future.",
  ]);
  expect(errorsOf({ ...record, decidedMonth: currentMonth().slice(0, 7) })).toEqual({});
  expect(errorsOf({ ...record, filedMonth: "2023-13" }).filedMonth).toEqual([
    "Enter a month like 2024-03.",
  ]);
  expect(errorsOf({ ...record, rfe: undefined }).rfe).toEqual(["Say whether you received an RFE."]);
});

test("directory filters ignore values that are not valid instead of failing", () => {
  expect(
    directoryFiltersSchema.parse({
      q: "  ",
      pathway: "h1b",
      criterion: ["judging", "press"],
      field: "business",
      country: "ZZ",
      language: "es",
      verified: "1",
      after: "whatever",
    }),
  ).toEqual({
    q: undefined,
    pathway: undefined,
    criterion: undefined,
    field: "business",
    country: undefined,
    language: "es",
    verified: true,
    accepting: false,
  });
});

test("cursors survive a round trip and forged ones are refused", () => {
  const id = crypto.randomUUID();
  const time = { k: "time", t: "2026-01-10 12:00:00.123456+00", id } as const;
  const rank = { k: "rank", r: "0.607927", id } as const;
  expect(decodeCursor(encodeCursor(time))).toEqual(time);
  expect(decodeCursor(encodeCursor(rank))).toEqual(rank);
  const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  expect(decodeCursor(forge({ ...time, t: "now(); drop table users" }))).toBeUndefined();
  expect(decodeCursor(forge({ ...rank, r: "1 or 1=1" }))).toBeUndefined();
  expect(decodeCursor(forge({ ...time, id: "x" }))).toBeUndefined();
  expect(decodeCursor(forge({ ...time, extra: 1 }))).toBeUndefined();
  expect(decodeCursor("%%%")).toBeUndefined();
  expect(decodeCursor(undefined)).toBeUndefined();
});

test("bio excerpts cut at a word, with an ellipsis only when cut", () => {
  expect(bioExcerpt("Short and sweet.")).toBe("Short and sweet.");
  const long = `${"immigration ".repeat(30)}end`;
  const excerpt = bioExcerpt(long);
  expect(excerpt.length).toBeLessThanOrEqual(201);
  expect(excerpt).toMatch(/immigration…$/);
  expect(bioExcerpt("a".repeat(300))).toBe(`${"a".repeat(200)}…`);
  expect(bioExcerpt("Line one.\n\nLine   two.")).toBe("Line one. Line two.");
});
