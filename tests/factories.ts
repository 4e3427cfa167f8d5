// Deterministic test and demo data: a seeded faker, shared by the tests and by db/seed.
import {
  Faker,
  base,
  de,
  en,
  en_IN,
  en_NG,
  es,
  es_MX,
  fr,
  it,
  pl,
  pt_BR,
  tr,
  vi,
} from "@faker-js/faker";
import { randomBytes } from "node:crypto";
import type {
  caseRecords,
  communityThreads,
  contentItems,
  mentorProfiles,
  mentorshipRequests,
  NewUser,
} from "@/db/schema";
import { handleBase } from "@/lib/auth/handles";
import { slugify } from "@/lib/community/text";
import { REQUEST_TTL_DAYS } from "@/lib/mentorship/states";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";

export const DEMO_PASSWORD = "landed-demo-2026";

// Latin-script locales only, so handles derived from names stay readable; each with the country
// and languages a member from there plausibly has.
const locales = [en_IN, es_MX, pt_BR, en_NG, vi, tr, pl, de, fr, it, es];
const localeCountries = ["IN", "MX", "BR", "NG", "VN", "TR", "PL", "DE", "FR", "IT", "ES"];
const localeLanguages = [
  ["hi", "en"],
  ["es", "en"],
  ["pt", "en"],
  ["en", "yo"],
  ["vi", "en"],
  ["tr", "en"],
  ["pl", "en"],
  ["de", "en"],
  ["fr", "en"],
  ["it", "en"],
  ["es", "en"],
];

/** Country of birth and languages of generated member `n` (they follow the name's locale). */
export function memberOrigin(n: number): { countryOfBirth: string; languages: string[] } {
  const i = n % locales.length;
  return { countryOfBirth: localeCountries[i]!, languages: localeLanguages[i]! };
}

/** A small deterministic random generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const localeFakers = locales.map((locale) => new Faker({ locale: [locale, en, base] }));

/** The same `n` and `seed` always give the same person: the faker is re-seeded for every call. */
function fakerFor(n: number, seed: number): Faker {
  const f = localeFakers[n % localeFakers.length]!;
  f.seed(seed + n);
  return f;
}

export interface UserSeed extends Omit<NewUser, "passwordHash"> {
  email: string;
  handle: string;
  displayName: string;
}

/** A member with a realistic name from one of many countries; unique by `n`. */
export function buildMember(n: number, seed = 2026): UserSeed {
  const f = fakerFor(n, seed);
  const first = f.person.firstName();
  const last = f.person.lastName();
  const displayName = `${first} ${last}`.slice(0, 80);
  const handle = `${handleBase(displayName).slice(0, 22)}-${n.toString(36)}`;
  return {
    displayName,
    handle,
    email: `${handle}@members.landed.test`,
    // Joined over the past months, one every 17 hours, so lists and pagination look lived-in.
    createdAt: new Date(Date.UTC(2026, 0, 10) + n * 17 * 3_600_000),
    emailVerifiedAt: new Date(Date.UTC(2026, 0, 10) + n * 17 * 3_600_000 + 600_000),
    // They accepted the policies when they signed up (so the seeded demo is never interrupted).
    policyVersion: CURRENT_POLICY_VERSION,
    policyAcceptedAt: new Date(Date.UTC(2026, 0, 10) + n * 17 * 3_600_000),
  };
}

let counter = 0;

/** For tests: a unique verified member; pass overrides for anything that matters to the test. */
export function buildUser(overrides: Partial<UserSeed> = {}): UserSeed {
  counter += 1;
  const id = `${process.pid.toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return {
    displayName: `Test Member ${id}`,
    handle: `test-${id}`,
    email: `test-${id}@example.test`,
    emailVerifiedAt: new Date(),
    policyVersion: CURRENT_POLICY_VERSION,
    policyAcceptedAt: new Date(),
    ...overrides,
  };
}

// Domain rows with the rules every writer of them keeps, for the tests and the seed that insert rows
// directly (the app writes them through lib/): each takes its owners and anything that matters.

type NewMentorProfile = typeof mentorProfiles.$inferInsert;
type NewCaseRecord = typeof caseRecords.$inferInsert;
type NewMentorshipRequest = typeof mentorshipRequests.$inferInsert;
type NewCommunityThread = typeof communityThreads.$inferInsert;
type NewContentItem = typeof contentItems.$inferInsert;

const DAY_MS = 86_400_000;

function idempotencyKey(): string {
  return randomBytes(12).toString("base64url");
}

/** A mentor profile: accepting, with room, in one field and time zone. */
export function buildMentorProfile(
  userId: string,
  overrides: Partial<NewMentorProfile> = {},
): NewMentorProfile {
  return {
    userId,
    bio: "I mentor people preparing their own petition.",
    field: "ai_computing",
    languages: ["en"],
    timezone: "America/New_York",
    ...overrides,
  };
}

/** An approved EB-1A case record; `verificationStatus: "verified"` makes a verified mentor. */
export function buildCaseRecord(
  mentorUserId: string,
  overrides: Partial<NewCaseRecord> = {},
): NewCaseRecord {
  return { pathway: "eb1a", outcome: "approved", ...overrides, mentorUserId };
}

/**
 * A mentorship request, sent at `createdAt` (now): it waits for the mentor REQUEST_TTL_DAYS from
 * then, as requestMentorship() sets it.
 */
export function buildMentorshipRequest(
  fields: Pick<NewMentorshipRequest, "applicantId" | "mentorId"> & Partial<NewMentorshipRequest>,
): NewMentorshipRequest {
  const sentAt = fields.createdAt ?? new Date();
  return {
    goals: "Plan my evidence",
    message: "Could you look at my plan?",
    deadlineAt: new Date(sentAt.getTime() + REQUEST_TTL_DAYS * DAY_MS),
    idempotencyKey: idempotencyKey(),
    ...fields,
  };
}

/** A community question; its slug is made from its title, as createThread() makes it. */
export function buildThread(
  fields: Pick<NewCommunityThread, "authorId"> & Partial<NewCommunityThread>,
): NewCommunityThread {
  const title = fields.title ?? "How do I document judging?";
  return {
    category: "evidence-criteria",
    kind: "question",
    title,
    slug: slugify(title),
    idempotencyKey: idempotencyKey(),
    ...fields,
  };
}

/** A library item (a draft guide unless told); its slug is made from its title, as createContent() does. */
export function buildContentItem(
  fields: Pick<NewContentItem, "authorId" | "title"> & Partial<NewContentItem>,
): NewContentItem {
  return {
    kind: "guide",
    slug: slugify(fields.title, "item"),
    summary: "What worked, step by step.",
    body: "## What worked\n\nKeep every invitation and confirmation.",
    ...fields,
  };
}
