// The account and the profiles: who the member is on Landed and what they told us about their case.
import { asc, eq, getTableColumns } from "drizzle-orm";
import { db } from "@/db/client";
import {
  accounts,
  applicantProfiles,
  caseRecords,
  criterionAssessments,
  evidenceFiles,
  knownSignInAddresses,
  mentorProfiles,
  policyAcceptances,
  users,
  verificationTokens,
} from "@/db/schema";
import { mapped, type ExportMember, type Section } from "../paging";
import { ownRows, pickColumns } from "../own-rows";

/** Where a live evidence file's bytes sit in the ZIP (deleted files have none). */
export function evidencePath(file: { id: string; caseRecordId: string; fileName: string }): string {
  const name = file.fileName.replace(/[\\/]/g, "_");
  return `evidence/${file.caseRecordId}/${file.id}-${name}`;
}

async function* account(member: ExportMember): AsyncGenerator<object[]> {
  // Never the password hash, a token hash or the session version: secrets and internal counters.
  const [user] = await db
    .select(
      pickColumns(users, [
        "id",
        "email",
        "handle",
        "displayName",
        "role",
        "status",
        "suspendedUntil",
        "emailVerifiedAt",
        "lastActiveAt",
        "createdAt",
        "updatedAt",
        "passwordHash",
      ]),
    )
    .from(users)
    .where(eq(users.id, member.id));
  if (!user) return;
  const [links, emailLinks, signInPlaces, policies] = await Promise.all([
    db
      .select({
        provider: accounts.provider,
        providerAccountId: accounts.providerAccountId,
        linkedAt: accounts.createdAt,
        provenAt: accounts.verifiedAt,
      })
      .from(accounts)
      .where(eq(accounts.userId, member.id))
      .orderBy(asc(accounts.createdAt)),
    db
      .select(pickColumns(verificationTokens, ["purpose", "createdAt", "expiresAt", "usedAt"]))
      .from(verificationTokens)
      .where(eq(verificationTokens.userId, member.id))
      .orderBy(asc(verificationTokens.createdAt)),
    // Kept only as a keyed hash of the address (docs/decisions/013): the hash says nothing, the
    // dates say when.
    db
      .select({ lastSignInAt: knownSignInAddresses.lastSignInAt })
      .from(knownSignInAddresses)
      .where(eq(knownSignInAddresses.userId, member.id))
      .orderBy(asc(knownSignInAddresses.lastSignInAt)),
    db
      .select(pickColumns(policyAcceptances, ["version", "acceptedAt"]))
      .from(policyAcceptances)
      .where(eq(policyAcceptances.userId, member.id))
      .orderBy(asc(policyAcceptances.acceptedAt)),
  ]);
  const { passwordHash, ...rest } = user;
  yield [
    {
      ...rest,
      hasPassword: passwordHash !== null,
      signInProviders: links,
      emailLinks,
      signInPlaces,
      policiesAccepted: policies,
    },
  ];
}

async function* applicantProfile(member: ExportMember): AsyncGenerator<object[]> {
  yield await db.select().from(applicantProfiles).where(eq(applicantProfiles.userId, member.id));
}

async function* mentorProfile(member: ExportMember): AsyncGenerator<object[]> {
  const { searchVector: _, ...columns } = getTableColumns(mentorProfiles);
  yield await db.select(columns).from(mentorProfiles).where(eq(mentorProfiles.userId, member.id));
}

async function* assessments(member: ExportMember): AsyncGenerator<object[]> {
  // At most one row per criterion of each pathway: a few dozen.
  yield await db
    .select()
    .from(criterionAssessments)
    .where(eq(criterionAssessments.userId, member.id))
    .orderBy(asc(criterionAssessments.pathway), asc(criterionAssessments.criterion));
}

const { verifiedBy: _verifiedBy, ...caseColumns } = getTableColumns(caseRecords);

const {
  storageKey: _storageKey,
  ownerId: _ownerId,
  ...fileColumns
} = getTableColumns(evidenceFiles);

/** The member's evidence files, oldest id first, with where each one's bytes are stored. */
export function evidenceRows(member: ExportMember) {
  const columns = { ...fileColumns, storageKey: evidenceFiles.storageKey };
  return ownRows(evidenceFiles, columns, eq(evidenceFiles.ownerId, member.id), ["id"]);
}

export const accountSections: Section[] = [
  {
    file: "account.json",
    about:
      "Your account: email, handle, name, role and status, when you joined and were last active, how you sign in (never your password or any token), the email links we sent you, and when you last signed in from each place we keep (as a keyed hash of the address, never the address) so you can get in while someone guesses at your password, and each version of the terms, privacy notice and guidelines you accepted, with when.",
    covers: [
      "users.id",
      "accounts.user_id",
      "accounts.provider_account_id",
      "verification_tokens.user_id",
      "known_sign_in_addresses.user_id",
      "policy_acceptances.user_id",
    ],
    shape: "object",
    rows: account,
  },
  {
    file: "profile/applicant.json",
    about:
      "Your applicant profile: pathways, field, country of birth, visa status, stage, goals, languages, time zone and who may see each field (null if you have none).",
    covers: ["applicant_profiles.user_id"],
    shape: "object",
    rows: applicantProfile,
  },
  {
    file: "profile/self-assessments.json",
    about: "Your self-assessment of each criterion of your pathways, with your notes.",
    covers: ["criterion_assessments.user_id"],
    shape: "list",
    rows: assessments,
  },
  {
    file: "profile/mentor.json",
    about:
      "Your mentor profile: bio, topics, capacity, who may see your case details (null if you have none).",
    covers: ["mentor_profiles.user_id"],
    shape: "object",
    rows: mentorProfile,
  },
  {
    file: "profile/case-records.json",
    about: "The case records on your mentor profile, with their verification status and note.",
    covers: ["case_records.mentor_user_id"],
    shape: "list",
    rows: (member) =>
      ownRows(caseRecords, caseColumns, eq(caseRecords.mentorUserId, member.id), ["id"]),
  },
  {
    file: "profile/evidence-files.json",
    about:
      "The evidence files you sent for verification; `fileInThisZip` is where a file still held is in this ZIP (deleted files are listed without their bytes).",
    covers: ["evidence_files.owner_id"],
    shape: "list",
    rows: (member) =>
      mapped(evidenceRows(member), ({ storageKey: _, ...file }) => ({
        ...file,
        fileInThisZip: file.deletedAt ? null : evidencePath(file),
      })),
  },
];
