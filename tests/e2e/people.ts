// The people an e2e test needs, made for that test (docs/decisions/018-e2e-people.md): rows
// written into the server's own database through db-bridge.mjs, and a session cookie signed with
// the server's secret exactly as next-auth signs its own (bench/lib/session.ts), so a test starts
// signed in without going through the sign-in form. accounts.spec.ts keeps the journeys through it.
import type { BrowserContext } from "@playwright/test";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pg-proxy";
import * as schema from "@/db/schema";
import {
  applicantProfiles,
  caseRecords,
  criterionAssessments,
  mentorProfiles,
  policyAcceptances,
  users,
  type UserRole,
} from "@/db/schema";
import type { DemoApplicant, DemoMentor } from "@/db/seed/demo-profiles";
import { generatedApplicant, generatedMentor } from "@/db/seed/generated-profiles";
import { applicantProfileRow, caseRecordRow, mentorProfileRow } from "@/db/seed/profiles";
import { hashPassword } from "@/lib/auth/password";
import { pathwayRequirements } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import { mintSessionCookie, SESSION_COOKIE } from "../../bench/lib/session";
import { buildUser, DEMO_PASSWORD, type UserSeed } from "../factories";
import { AUTH_SECRET, baseURL, DB_BRIDGE_PORT } from "./playwright.config";

/** The server's database, as Drizzle over the bridge: one statement per request, no transactions. */
export const serverDb = drizzle(
  async (sql, params, method) => {
    const response = await fetch(`http://127.0.0.1:${DB_BRIDGE_PORT}/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sql, params, method }),
    });
    const body = (await response.json()) as { rows?: unknown[]; error?: string };
    if (!response.ok) throw new Error(`e2e database: ${body.error}\n${sql}`);
    return { rows: body.rows as never[] };
  },
  { schema },
);

export interface PersonOptions {
  role?: UserRole;
  /** Shown on their posts and profile; a unique "Test Member …" otherwise. */
  displayName?: string;
  /** The sign-in password (DEMO_PASSWORD unless given); null for a provider-only account. */
  password?: string | null;
  /** False: joined before the current terms, so they are asked to accept them first. */
  acceptedPolicies?: boolean;
  /** An applicant profile with onboarding done; the fields given replace generated ones. */
  applicant?: true | Partial<Omit<DemoApplicant, "email">>;
  /** A mentor with one approved case (on `pathway` if given): verified unless `verified: false`. */
  mentor?:
    | true
    | (Partial<Omit<DemoMentor, "email" | "cases">> & {
        verified?: boolean;
        pathway?: PathwayCode;
      });
  user?: Partial<UserSeed>;
}

export interface Person {
  id: string;
  email: string;
  handle: string;
  displayName: string;
  password: string;
  sessionVersion: number;
}

let demoHash: Promise<string> | undefined;
let n = 0;

/** Writes one person (their user row, policy acceptance, and profiles) and returns them. */
export async function createPerson(options: PersonOptions = {}): Promise<Person> {
  n += 1;
  const password = options.password === undefined ? DEMO_PASSWORD : options.password;
  const passwordHash =
    password === null
      ? null
      : password === DEMO_PASSWORD
        ? await (demoHash ??= hashPassword(DEMO_PASSWORD))
        : await hashPassword(password);
  // Joined a month ago, as the seeded members did: past the first day's stricter posting limits
  // and new-account holds, unless a test gives its own dates.
  const joined = new Date(Date.now() - 30 * 86_400_000);
  const seed = buildUser({
    createdAt: joined,
    emailVerifiedAt: joined,
    policyAcceptedAt: joined,
    ...(options.displayName ? { displayName: options.displayName } : {}),
    ...(options.acceptedPolicies === false ? { policyVersion: null, policyAcceptedAt: null } : {}),
    ...options.user,
  });
  const [user] = await serverDb
    .insert(users)
    .values({ ...seed, passwordHash, role: options.role ?? "member" })
    .returning();
  if (!user) throw new Error("e2e: the person was not created");
  if (user.policyVersion && user.policyAcceptedAt) {
    await serverDb
      .insert(policyAcceptances)
      .values({ userId: user.id, version: user.policyVersion, acceptedAt: user.policyAcceptedAt });
  }

  if (options.applicant) {
    const given = options.applicant === true ? {} : options.applicant;
    const a = { ...generatedApplicant(n, user.email), ...given };
    await serverDb.insert(applicantProfiles).values(applicantProfileRow(user.id, a, joined));
    const assessments = a.targetPathways.flatMap((p) =>
      pathwayRequirements[p].criteria.map((criterion) => {
        const given = a.assessment[p]?.[criterion] ?? "none";
        const [strength, note] = Array.isArray(given) ? given : [given, null];
        return { userId: user.id, pathway: p, criterion, strength, note };
      }),
    );
    if (assessments.length) await serverDb.insert(criterionAssessments).values(assessments);
  }

  if (options.mentor) {
    const { verified = true, pathway, ...given } = options.mentor === true ? {} : options.mentor;
    const m = { ...generatedMentor(n, user.email), ...given };
    if (pathway) {
      const criteria = pathwayRequirements[pathway].criteria.slice(0, 3);
      m.cases = [
        { ...m.cases[0]!, pathway, claimed: criteria, accepted: criteria, rfeCriteria: null },
      ];
    }
    await serverDb.insert(mentorProfiles).values(mentorProfileRow(user.id, m));
    await serverDb.insert(caseRecords).values(
      m.cases.map((c) => ({
        ...caseRecordRow(user.id, { ...c, verified }),
        verifiedAt: verified ? joined : null,
      })),
    );
  }

  return {
    id: user.id,
    email: user.email,
    handle: user.handle,
    displayName: user.displayName,
    password: password ?? "",
    sessionVersion: user.sessionVersion,
  };
}

/** A demo account of docs/demo.md (seeded with the demo password), for specs about the demo. */
export async function demoPerson(email: string): Promise<Person> {
  const [user] = await serverDb.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`e2e: no demo account ${email}`);
  const { id, handle, displayName, sessionVersion } = user;
  return { id, email, handle, displayName, sessionVersion, password: DEMO_PASSWORD };
}

/** Signs `context` in as `person`: the session cookie the server would set after the form. */
export async function signInAs(context: BrowserContext, person: Person): Promise<void> {
  const cookie = await mintSessionCookie(AUTH_SECRET, {
    id: person.id,
    email: person.email,
    name: person.displayName,
    sessionVersion: person.sessionVersion,
  });
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: cookie.slice(SESSION_COOKIE.length + 1),
      url: baseURL,
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
}
