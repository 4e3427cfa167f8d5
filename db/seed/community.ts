// Writes the demo threads (db/seed/community-threads.ts) with their replies, votes and follows, and
// the counters a real write keeps (reply count, votes, last activity, accepted answer, mentor
// answered), so the seeded lists look exactly as if people had posted through the app.
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  caseRecords,
  communityFollows,
  communityPosts,
  communityThreads,
  communityVotes,
  users,
} from "@/db/schema";
import { bodyFingerprint } from "@/lib/community/text";
import { buildMember, buildThread } from "@/tests/factories";
import { demoThreads, generatedThreads, type SeedThread } from "./community-threads";
import { stableUuid } from "./profiles";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Generated members who may vote: everyone with an index below this (mentors and applicants). */
const VOTERS = 160;

export async function seedCommunity(
  tx: Tx,
  generatedCount: number,
  now = new Date(),
): Promise<number> {
  const threads: SeedThread[] = [
    ...demoThreads,
    ...generatedThreads(Math.min(48, Math.floor(generatedCount / 4))),
  ];
  const voterEmails = Array.from(
    { length: Math.min(VOTERS, generatedCount) },
    (_, i) => buildMember(i).email,
  );
  const emails = [
    ...new Set([
      ...threads.flatMap((t) => [t.author, ...t.replies.map((r) => r.author)]),
      ...voterEmails,
    ]),
  ];
  const ids = new Map<string, string>();
  for (let i = 0; i < emails.length; i += 1000) {
    const rows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, emails.slice(i, i + 1000)));
    for (const r of rows) ids.set(r.email, r.id);
  }
  const verifiedRows = await tx
    .selectDistinct({ id: caseRecords.mentorUserId })
    .from(caseRecords)
    .where(
      and(eq(caseRecords.outcome, "approved"), eq(caseRecords.verificationStatus, "verified")),
    );
  const verified = new Set(verifiedRows.map((r) => r.id));
  const voters = voterEmails.map((e) => ids.get(e)).filter((id): id is string => Boolean(id));

  /** `count` distinct voters for a post, never its author, the same ones on every run. */
  const votersFor = (postKey: string, authorId: string, count: number): string[] => {
    const pool = voters.filter((v) => v !== authorId);
    let h = 0;
    for (const ch of postKey) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    const picked = new Set<string>();
    for (let i = 0; picked.size < Math.min(count, pool.length); i++)
      picked.add(pool[(h + i * 37) % pool.length]!);
    return [...picked];
  };

  let created = 0;
  for (const t of threads) {
    const authorId = ids.get(t.author);
    const replies = t.replies
      .map((r, i) => ({ ...r, i, authorId: ids.get(r.author) }))
      .filter((r): r is typeof r & { authorId: string } => Boolean(r.authorId));
    if (!authorId) continue;
    const threadId = stableUuid(`thread#${t.key}`);
    const openingId = stableUuid(`post#${t.key}#opening`);
    const startedAt = new Date(now.getTime() - t.daysAgo * DAY);
    const replyIds = replies.map((r) => stableUuid(`post#${t.key}#reply${r.i}`));
    const acceptedIndex = replies.findIndex((r) => r.i === t.accepted);
    const lastActivityAt = replies.length
      ? new Date(startedAt.getTime() + Math.max(...replies.map((r) => r.hoursAfter)) * HOUR)
      : startedAt;

    const [inserted] = await tx
      .insert(communityThreads)
      .values(
        buildThread({
          id: threadId,
          authorId,
          category: t.category,
          kind: t.kind,
          title: t.title,
          pathways: t.pathways,
          criteria: t.criteria,
          anonymous: t.anonymous ?? false,
          idempotencyKey: `seed-${t.key}`,
          replyCount: replies.length,
          voteScore: 0,
          hasMentorAnswer: replies.some((r) => verified.has(r.authorId)),
          lastActivityAt,
          createdAt: startedAt,
          updatedAt: lastActivityAt,
        }),
      )
      .onConflictDoNothing()
      .returning({ id: communityThreads.id });
    if (!inserted) continue; // seeded before
    created += 1;

    const openingVoters = votersFor(openingId, authorId, t.votes ?? 0);
    await tx.insert(communityPosts).values([
      {
        id: openingId,
        threadId,
        authorId,
        isOpening: true,
        anonymous: t.anonymous ?? false,
        body: t.body,
        bodyHash: bodyFingerprint(t.body),
        voteScore: openingVoters.length,
        authorVerifiedMentor: verified.has(authorId),
        createdAt: startedAt,
        updatedAt: startedAt,
      },
      ...replies.map((r, j) => {
        const at = new Date(startedAt.getTime() + r.hoursAfter * HOUR);
        return {
          id: replyIds[j]!,
          threadId,
          authorId: r.authorId,
          body: r.body,
          bodyHash: bodyFingerprint(r.body),
          voteScore: votersFor(replyIds[j]!, r.authorId, r.votes ?? 0).length,
          authorVerifiedMentor: verified.has(r.authorId),
          idempotencyKey: `seed-${t.key}-${r.i}`,
          createdAt: at,
          updatedAt: at,
        };
      }),
    ]);
    const votes = [
      ...openingVoters.map((userId) => ({ postId: openingId, userId })),
      ...replies.flatMap((r, j) =>
        votersFor(replyIds[j]!, r.authorId, r.votes ?? 0).map((userId) => ({
          postId: replyIds[j]!,
          userId,
        })),
      ),
    ];
    if (votes.length) await tx.insert(communityVotes).values(votes).onConflictDoNothing();
    await tx
      .update(communityThreads)
      .set({
        voteScore: openingVoters.length,
        acceptedPostId: acceptedIndex >= 0 ? replyIds[acceptedIndex]! : null,
      })
      .where(eq(communityThreads.id, threadId));
    const followers = [...new Set([authorId, ...replies.map((r) => r.authorId)])];
    await tx
      .insert(communityFollows)
      .values(followers.map((userId) => ({ threadId, userId })))
      .onConflictDoNothing();
  }
  return created;
}
