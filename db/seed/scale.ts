// The benchmark data set (`npm run db:seed -- --scale N`, docs/performance.md): at scale 1,
// 20,000 members of whom 2,000 mentors, 2,000 content items, 20,000 threads, 200,000 replies and
// 5,000 mentorships, on top of the demo data. Deterministic (stable ids, seeded randomness), so a
// second run inserts nothing and an interrupted run picks up where it stopped. Rows go in batches
// that stay under the 65,535 bind parameters of one PostgreSQL statement.
import { createHash } from "node:crypto";
import { en } from "@faker-js/faker";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  applicantProfiles,
  caseRecords,
  communityPosts,
  communityThreads,
  contentItems,
  criterionAssessments,
  mentorProfiles,
  mentorshipRequests,
  users,
} from "@/db/schema";
import { categorySlugs } from "@/lib/community/vocabulary";
import type { ContentKind } from "@/lib/content/vocabulary";
import { fieldCodes } from "@/lib/domain/case-facts";
import { pathwayRequirements } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import { stageCodes } from "@/lib/domain/stages";
import type { RequestState } from "@/lib/mentorship/vocabulary";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { buildMember, seededRandom } from "@/tests/factories";
import { generatedApplicant, generatedMentor } from "./generated-profiles";
import { recordSeededAcceptances } from "./policies";
import { caseRecordRow, mentorProfileRow, stableUuid } from "./profiles";

/** Per unit of scale. */
export const SCALE_UNIT = {
  members: 20_000,
  /** One member in ten is a mentor. */
  mentorEvery: 10,
  content: 2_000,
  threads: 20_000,
  /** Ten a thread on average; one thread in ten has exactly 50 (the benchmark's thread page). */
  repliesPerThread: [0, 1, 3, 5, 7, 9, 10, 12, 3, 50],
  mentorships: 5_000,
} as const;

export const SCALE_EMAIL_DOMAIN = "scale.landed.test";
/** Generated-member numbers for the scale set start here, clear of the demo's 200 × scale. */
const MEMBER_OFFSET = 1_000_000;
const DAY = 86_400_000;

export interface ScaleCounts {
  members: number;
  mentors: number;
  content: number;
  threads: number;
  replies: number;
  mentorships: number;
}

export function scaleCounts(scale: number): ScaleCounts {
  const members = Math.max(20, Math.round(SCALE_UNIT.members * scale));
  const threads = Math.max(10, Math.round(SCALE_UNIT.threads * scale));
  const pattern = SCALE_UNIT.repliesPerThread;
  let replies = 0;
  for (let t = 0; t < threads; t++) replies += pattern[t % pattern.length]!;
  return {
    members,
    mentors: Math.floor(members / SCALE_UNIT.mentorEvery),
    content: Math.max(10, Math.round(SCALE_UNIT.content * scale)),
    threads,
    replies,
    mentorships: Math.max(5, Math.round(SCALE_UNIT.mentorships * scale)),
  };
}

const userId = (i: number) => stableUuid(`scale-user-${i}`);
const isMentor = (i: number) => i % SCALE_UNIT.mentorEvery === 0;
/** Four in five generated mentors are verified (their replies carry the badge). */
const isVerifiedMentor = (i: number) => isMentor(i) && (i / SCALE_UNIT.mentorEvery) % 5 !== 0;

const words = [
  "judging",
  "peer review",
  "recommendation letters",
  "citations",
  "original contributions",
  "press coverage",
  "critical role",
  "high salary",
  "national importance",
  "well positioned",
  "Dhanasar",
  "RFE response",
  "premium processing",
  "priority date",
  "exhibit list",
  "petition letter",
  "expert letters",
  "awards",
  "membership",
  "scholarly articles",
  "final merits",
  "service centre",
  "adjustment of status",
  "visa bulletin",
];

// Everyday English around the occasional domain phrase, so a search for a phrase matches a few
// per cent of posts (as in a real forum), not nearly all of them.
const vocabulary = [
  ...en.word!.noun!,
  ...en.word!.adjective!,
  ...en.word!.verb!,
  ...en.word!.adverb!,
];

function sentence(rand: () => number, n: number, domainChance = 0.2): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(vocabulary[Math.floor(rand() * vocabulary.length)]!);
  if (rand() < domainChance) {
    out[Math.floor(rand() * n)] = words[Math.floor(rand() * words.length)]!;
  }
  const text = out.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function paragraph(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rand, 8 + Math.floor(rand() * 7))).join(
    " ",
  );
}

function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/g, "") || "post"
  );
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Inserts `total` rows made by `make(index)` in batches; rows already there are skipped. */
async function fill<T extends Record<string, unknown>>(
  label: string,
  total: number,
  make: (i: number) => T | T[],
  insert: (rows: T[]) => Promise<unknown>,
  log: (line: string) => void,
): Promise<void> {
  const started = Date.now();
  let batch: T[] = [];
  let done = 0;
  let lastLog = started;
  // Stay well under 65,535 parameters: no table here has more than 25 columns.
  const flush = async () => {
    if (batch.length) await insert(batch);
    batch = [];
  };
  for (let i = 0; i < total; i++) {
    const made = make(i);
    if (Array.isArray(made)) batch.push(...made);
    else batch.push(made);
    if (batch.length >= 1_000) await flush();
    done = i + 1;
    if (Date.now() - lastLog > 2_000) {
      lastLog = Date.now();
      log(`  ${label}: ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`);
    }
  }
  await flush();
  log(
    `  ${label}: ${total.toLocaleString("en-US")} done in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

export interface ScaleOptions {
  passwordHash: string;
  log?: (line: string) => void;
  /** "Now" for the generated dates (tests pin it). */
  now?: Date;
}

/** Adds the scale data set; the demo seed must have run first (the demo admin authors nothing here). */
export async function seedScale(
  db: Db,
  scale: number,
  options: ScaleOptions,
): Promise<ScaleCounts> {
  const log = options.log ?? (() => {});
  const now = (options.now ?? new Date()).getTime();
  const counts = scaleCounts(scale);
  const n = counts.members;
  log(
    `Scale ${scale}: ${counts.members.toLocaleString("en-US")} members (${counts.mentors.toLocaleString("en-US")} mentors), ${counts.content.toLocaleString("en-US")} content items, ${counts.threads.toLocaleString("en-US")} threads, ${counts.replies.toLocaleString("en-US")} replies, ${counts.mentorships.toLocaleString("en-US")} mentorships`,
  );

  // Members: the names of the demo's generated members, with their own emails and handles.
  await fill(
    "members",
    n,
    (i) => {
      const person = buildMember(MEMBER_OFFSET + i);
      const joined = new Date(now - (60 + (i % 700)) * DAY - (i % 1440) * 60_000);
      return {
        id: userId(i),
        email: `s${i}@${SCALE_EMAIL_DOMAIN}`,
        handle: `s-${i.toString(36)}`,
        displayName: person.displayName,
        passwordHash: options.passwordHash,
        createdAt: joined,
        emailVerifiedAt: joined,
        lastActiveAt: new Date(now - (i % 30) * DAY),
        policyVersion: CURRENT_POLICY_VERSION,
        policyAcceptedAt: joined,
      };
    },
    (rows) => db.insert(users).values(rows).onConflictDoNothing(),
    log,
  );
  await recordSeededAcceptances(db);

  // Mentorships first in memory: each mentor's counters must match the requests they hold.
  const applicantsList: number[] = [];
  const mentorsList: number[] = [];
  for (let i = 0; i < n; i++) (isMentor(i) ? mentorsList : applicantsList).push(i);
  const requestOf = (r: number) => {
    const mentor = mentorsList[r % mentorsList.length]!;
    const applicant = applicantsList[(r * 7) % applicantsList.length]!;
    // Round 0: every mentor's first request is an active mentorship; later rounds close or wait.
    const round = Math.floor(r / mentorsList.length);
    const state: RequestState =
      round === 0 ? "accepted" : round % 3 === 1 ? "completed" : r % 2 ? "pending" : "declined";
    return { mentor, applicant, state };
  };
  const active = new Map<number, number>();
  const pending = new Map<number, number>();
  for (let r = 0; r < counts.mentorships; r++) {
    const { mentor, state } = requestOf(r);
    if (state === "accepted") active.set(mentor, (active.get(mentor) ?? 0) + 1);
    if (state === "pending") pending.set(mentor, (pending.get(mentor) ?? 0) + 1);
  }

  await fill(
    "mentor profiles",
    mentorsList.length,
    (k) => {
      const i = mentorsList[k]!;
      const m = generatedMentor(MEMBER_OFFSET + i, "");
      const activeMentees = active.get(i) ?? 0;
      return {
        ...mentorProfileRow(userId(i), m),
        capacity: Math.max(m.capacity, activeMentees, 2),
        activeMentees,
        pendingRequests: pending.get(i) ?? 0,
        accepting: k % 12 !== 0,
        createdAt: new Date(now - (60 + (i % 700)) * DAY),
      };
    },
    (rows) => db.insert(mentorProfiles).values(rows).onConflictDoNothing(),
    log,
  );
  await fill(
    "case records",
    mentorsList.length,
    (k) => {
      const i = mentorsList[k]!;
      const c = generatedMentor(MEMBER_OFFSET + i, "").cases[0]!;
      const verified = isVerifiedMentor(i);
      return {
        ...caseRecordRow(userId(i), { ...c, verified }),
        id: stableUuid(`scale-case-${i}`),
        verifiedAt: verified ? new Date(now - 30 * DAY) : null,
      };
    },
    (rows) => db.insert(caseRecords).values(rows).onConflictDoNothing(),
    log,
  );
  await fill(
    "applicant profiles",
    applicantsList.length,
    (k) => {
      const i = applicantsList[k]!;
      const a = generatedApplicant(MEMBER_OFFSET + i, "");
      return {
        userId: userId(i),
        targetPathways: a.targetPathways,
        field: a.field,
        keywords: a.keywords,
        countryOfBirth: a.countryOfBirth,
        currentStatus: a.currentStatus,
        stage: a.stage,
        languages: a.languages,
        timezone: a.timezone,
        onboardingStep: 6,
        onboardingCompletedAt: new Date(now - 50 * DAY),
      };
    },
    (rows) => db.insert(applicantProfiles).values(rows).onConflictDoNothing(),
    log,
  );
  await fill(
    "criterion assessments",
    applicantsList.length,
    (k) => {
      const i = applicantsList[k]!;
      const a = generatedApplicant(MEMBER_OFFSET + i, "");
      return a.targetPathways.flatMap((p) =>
        pathwayRequirements[p].criteria.map((criterion) => {
          const given = a.assessment[p]?.[criterion] ?? "none";
          const strength = Array.isArray(given) ? given[0] : given;
          return { userId: userId(i), pathway: p, criterion, strength };
        }),
      );
    },
    (rows) => db.insert(criterionAssessments).values(rows).onConflictDoNothing(),
    log,
  );

  await fill(
    "mentorships",
    counts.mentorships,
    (r) => {
      const { mentor, applicant, state } = requestOf(r);
      const rand = seededRandom(50_000 + r);
      const sent = now - (1 + (r % 120)) * DAY;
      const open = state === "pending";
      return {
        id: stableUuid(`scale-request-${r}`),
        applicantId: userId(applicant),
        mentorId: userId(mentor),
        goals: sentence(rand, 6),
        message: paragraph(rand, 2),
        state,
        // A pending request sent more than a week ago would read as expired: keep those fresh.
        deadlineAt: new Date(open ? now + 5 * DAY : sent + 7 * DAY),
        declineReason: state === "declined" ? ("timing" as const) : null,
        respondedAt: open ? null : new Date(sent + 20 * 3_600_000),
        acceptedAt:
          state === "accepted" || state === "completed" ? new Date(sent + 20 * 3_600_000) : null,
        closedAt: state === "completed" || state === "declined" ? new Date(sent + 40 * DAY) : null,
        idempotencyKey: `scale-${r}`,
        createdAt: new Date(open ? now - (r % 3) * DAY : sent),
      };
    },
    (rows) => db.insert(mentorshipRequests).values(rows).onConflictDoNothing(),
    log,
  );

  const kinds: ContentKind[] = ["guide", "article", "checklist", "opportunity"];
  const pathwayCycle: PathwayCode[] = ["eb1a", "eb2_niw", "o1a", "eb1b"];
  await fill(
    "content items",
    counts.content,
    (c) => {
      const rand = seededRandom(60_000 + c);
      const author = mentorsList[(c * 13) % mentorsList.length]!;
      const kind = kinds[c % kinds.length]!;
      const pathway = pathwayCycle[c % pathwayCycle.length]!;
      const criteria = pathwayRequirements[pathway].criteria;
      const criterion = criteria[(c * 3) % criteria.length]!;
      const title = `${sentence(rand, 4, 1).slice(0, -1)} (${kind} ${c + 1})`.slice(0, 150);
      const published = c % 20 !== 19;
      const publishedAt = new Date(now - (c % 400) * DAY - (c % 97) * 60_000);
      return {
        id: stableUuid(`scale-content-${c}`),
        authorId: userId(author),
        kind,
        title,
        slug: slugify(title),
        summary: sentence(rand, 8).slice(0, 300),
        body: Array.from({ length: 6 }, () => paragraph(rand, 4)).join("\n\n"),
        pathways: [pathway],
        criteria: [criterion],
        stages: [stageCodes[c % 5]!],
        fields: [fieldCodes[c % fieldCodes.length]!],
        status: published ? ("published" as const) : ("draft" as const),
        publishedAt: published ? publishedAt : null,
        closesOn:
          kind === "opportunity"
            ? new Date(now + ((c % 90) - 20) * DAY).toISOString().slice(0, 10)
            : null,
        saveCount: Math.floor(rand() * 40),
        idempotencyKey: `scale-${c}`,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      };
    },
    (rows) => db.insert(contentItems).values(rows).onConflictDoNothing(),
    log,
  );

  // Threads, spread evenly over the past year; each thread's replies follow its opening post.
  const pattern = SCALE_UNIT.repliesPerThread;
  const span = 365 * DAY;
  const threadAt = (t: number) => now - span + Math.floor((t * span) / counts.threads);
  const replyAuthor = (t: number, j: number) => (t * 31 + j * 17 + 1) % n;
  await fill(
    "threads",
    counts.threads,
    (t) => {
      const rand = seededRandom(70_000 + t);
      const replies = pattern[t % pattern.length]!;
      const pathway = pathwayCycle[t % pathwayCycle.length]!;
      const criteria = pathwayRequirements[pathway].criteria;
      const kind = t % 4 === 3 ? ("discussion" as const) : ("question" as const);
      const title = `${sentence(rand, 5, 1).slice(0, -1)}: ${kind === "question" ? "how did you handle it?" : "notes"} #${t + 1}`;
      const created = threadAt(t);
      const lastReply = replies ? created + replies * 3_600_000 : created;
      let mentorAnswer = false;
      for (let j = 0; j < replies; j++)
        if (isVerifiedMentor(replyAuthor(t, j))) mentorAnswer = true;
      return {
        id: stableUuid(`scale-thread-${t}`),
        authorId: userId((t * 7) % n),
        category: categorySlugs[t % (categorySlugs.length - 1)]!,
        kind,
        title: title.slice(0, 150),
        slug: slugify(title),
        pathways: [pathway],
        criteria: [criteria[t % criteria.length]!],
        anonymous: t % 25 === 0,
        idempotencyKey: `scale-${t}`,
        replyCount: replies,
        hasMentorAnswer: mentorAnswer,
        lastActivityAt: new Date(Math.min(lastReply, now)),
        createdAt: new Date(created),
        updatedAt: new Date(created),
      };
    },
    (rows) => db.insert(communityThreads).values(rows).onConflictDoNothing(),
    log,
  );
  await fill(
    "posts (opening posts and replies)",
    counts.threads,
    (t) => {
      const rand = seededRandom(80_000 + t);
      const created = threadAt(t);
      const threadId = stableUuid(`scale-thread-${t}`);
      const opening = paragraph(rand, 3);
      const rows = [
        {
          id: stableUuid(`scale-post-${t}-open`),
          threadId,
          authorId: userId((t * 7) % n),
          isOpening: true,
          anonymous: t % 25 === 0,
          body: opening,
          bodyHash: sha256(opening),
          createdAt: new Date(created),
          updatedAt: new Date(created),
          idempotencyKey: null as string | null,
          authorVerifiedMentor: false,
          voteScore: Math.floor(rand() * 12),
        },
      ];
      for (let j = 0; j < pattern[t % pattern.length]!; j++) {
        const author = replyAuthor(t, j);
        const body = paragraph(rand, 1 + Math.floor(rand() * 3));
        const at = new Date(Math.min(created + (j + 1) * 3_600_000, now));
        rows.push({
          id: stableUuid(`scale-post-${t}-${j}`),
          threadId,
          authorId: userId(author),
          isOpening: false,
          anonymous: false,
          body,
          bodyHash: sha256(body),
          createdAt: at,
          updatedAt: at,
          idempotencyKey: `scale-${t}-${j}`,
          authorVerifiedMentor: isVerifiedMentor(author),
          voteScore: Math.floor(rand() * 5),
        });
      }
      return rows;
    },
    (rows) => db.insert(communityPosts).values(rows).onConflictDoNothing(),
    log,
  );
  // A third of the answered questions have an accepted answer: the first reply.
  await db.execute(sql`
    update community_threads t set accepted_post_id = p.id
    from community_posts p
    where p.thread_id = t.id and p.idempotency_key = t.idempotency_key || '-0'
      and t.idempotency_key like 'scale-%' and t.kind = 'question' and t.accepted_post_id is null
      and t.reply_count > 0 and (t.reply_count % 3) = 0`);
  // VACUUM, not only ANALYZE: a bulk load leaves each GIN index's pending list (fastupdate) full
  // of unmerged entries, which makes full-text search scan the list on every query and the planner
  // avoid the index (content search took 12 ms instead of 2 ms). Autovacuum would merge them a
  // little later on a live server; the benchmark should not measure that window.
  await db.execute(sql`vacuum analyze`);
  log("Scale data set ready (tables vacuumed and analysed).");
  return counts;
}
