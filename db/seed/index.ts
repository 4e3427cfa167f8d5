// Deterministic demo data: the named people of docs/demo.md, then generated members around them.
import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type NewUser } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { buildMember, DEMO_PASSWORD } from "@/tests/factories";
import { demoPeople } from "./demo-people";
import { seedCommunity } from "./community";
import { seedContent } from "./content";
import { seedMentorships } from "./mentorships";
import { seedModeration } from "./moderation";
import { MEMBER_BEFORE_POLICIES, recordSeededAcceptances } from "./policies";
import { seedProfiles } from "./profiles";

export const DEFAULT_GENERATED_MEMBERS = 200;

export interface SeedOptions {
  /** Multiplies the generated members (200 at scale 1). */
  scale?: number;
  log?: (line: string) => void;
}

export interface SeedResult {
  demoAccounts: number;
  generatedMembers: number;
}

/** Inserts what is missing; running it again changes nothing. */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<SeedResult> {
  const scale = options.scale ?? 1;
  const log = options.log ?? (() => {});
  // One hash for every seeded account: they share the demo password, and Argon2 is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const joinedAt = new Date("2025-09-01T12:00:00Z");

  const demo: NewUser[] = demoPeople.map((p) => ({
    email: p.email,
    displayName: p.displayName,
    handle: p.handle,
    role: p.role,
    passwordHash,
    createdAt: joinedAt,
    emailVerifiedAt: joinedAt,
    policyVersion: CURRENT_POLICY_VERSION,
    policyAcceptedAt: joinedAt,
  }));
  const total = Math.round(DEFAULT_GENERATED_MEMBERS * scale);
  const generated: NewUser[] = Array.from({ length: total }, (_, i) => ({
    ...buildMember(i),
    passwordHash,
    ...(i === MEMBER_BEFORE_POLICIES ? { policyVersion: null, policyAcceptedAt: null } : {}),
  }));

  const profiles = await db.transaction(async (tx) => {
    await tx.insert(users).values(demo).onConflictDoNothing();
    for (let i = 0; i < generated.length; i += 500) {
      await tx
        .insert(users)
        .values(generated.slice(i, i + 500))
        .onConflictDoNothing();
    }
    await recordSeededAcceptances(tx);
    const counts = await seedProfiles(
      tx,
      generated.map((g) => g.email),
    );
    const mentorships = await seedMentorships(tx);
    return {
      ...counts,
      mentorships,
      threads: await seedCommunity(tx, generated.length),
      content: await seedContent(tx),
      moderation: await seedModeration(tx),
    };
  });
  log(
    `Seeded ${demo.length} demo accounts and ${total} generated members, ${profiles.mentors} mentor and ${profiles.applicants} applicant profiles, ${profiles.mentorships} mentorship requests, ${profiles.threads} community threads, ${profiles.content} content items and ${profiles.moderation} items to moderate (password for all: ${DEMO_PASSWORD}).`,
  );
  return { demoAccounts: demo.length, generatedMembers: total };
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}
