// Writing the applicant profile: one onboarding step at a time, for first setup and later edits alike.
import "server-only";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { applicantProfiles, criterionAssessments, type User } from "@/db/schema";
import { pathwayRequirements } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import { ValidationError } from "@/lib/errors";
import { checkAssessments, stepSchemas, type AssessmentInput } from "./schemas";
import { isOnboardingStep, LAST_ONBOARDING_STEP, onboardingSteps } from "./steps";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";

/** Saving profile steps, per member (docs/security.md #30). */
export const profileRateLimits = {
  stepsPerUser: { name: "profile-step:user", limit: 40, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

export interface SaveStepResult {
  /** How many steps are saved now. */
  onboardingStep: number;
  completed: boolean;
  /** Whether onboarding was already complete before this save (an edit from the profile). */
  wasCompleted: boolean;
  /** Chosen pathways with criteria not all rated yet (checked after a change of pathways). */
  unratedPathways: PathwayCode[];
}

type ProfileChanges = Partial<typeof applicantProfiles.$inferInsert>;

/**
 * Validates one step of the actor's own applicant profile and saves it in one transaction: the
 * profile row is upserted, self-assessments follow the chosen pathways, and the saved-step counter
 * only moves forward. A step may be saved once the ones before it are.
 */
export async function saveOnboardingStep(
  actor: Pick<User, "id">,
  step: number,
  input: unknown,
): Promise<SaveStepResult> {
  if (!isOnboardingStep(step))
    throw new ValidationError("That step of your profile does not exist.");
  const parsed = stepSchemas[step].safeParse(input);
  if (!parsed.success) throw parsed.error;
  await enforceRateLimits([[profileRateLimits.stepsPerUser, actor.id]]);

  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({
        targetPathways: applicantProfiles.targetPathways,
        onboardingStep: applicantProfiles.onboardingStep,
        onboardingCompletedAt: applicantProfiles.onboardingCompletedAt,
      })
      .from(applicantProfiles)
      .where(eq(applicantProfiles.userId, actor.id))
      .for("update");
    const saved = existing?.onboardingStep ?? 0;
    if (step > saved + 1) {
      const next = onboardingSteps[saved]!;
      throw new ValidationError(
        `Please save step ${next.step}, ${next.title.toLowerCase()}, first.`,
      );
    }

    let changes: ProfileChanges = {};
    let chosen = existing?.targetPathways ?? [];
    let assessments: AssessmentInput[] = [];
    const data = parsed.data;
    if (step === 1) {
      chosen = (data as { targetPathways: PathwayCode[] }).targetPathways;
      changes = { targetPathways: chosen };
    } else if (step === 4) {
      assessments = data as AssessmentInput[];
      const errors = checkAssessments(chosen, assessments);
      const count = Object.keys(errors).length;
      if (count > 0) {
        throw new ValidationError(
          count === 1
            ? "One criterion needs your attention: see the message beside it."
            : `${count} criteria need your attention: see the messages beside them.`,
          errors,
        );
      }
    } else {
      changes = data as ProfileChanges;
    }

    const completing = step === LAST_ONBOARDING_STEP;
    const [row] = await tx
      .insert(applicantProfiles)
      .values({
        userId: actor.id,
        ...changes,
        onboardingStep: step,
        onboardingCompletedAt: completing ? new Date() : null,
      })
      .onConflictDoUpdate({
        target: applicantProfiles.userId,
        set: {
          ...changes,
          onboardingStep: sql`greatest(${applicantProfiles.onboardingStep}, ${step})`,
          ...(completing
            ? {
                onboardingCompletedAt: sql`coalesce(${applicantProfiles.onboardingCompletedAt}, now())`,
              }
            : {}),
          updatedAt: new Date(),
        },
      })
      .returning({
        onboardingStep: applicantProfiles.onboardingStep,
        onboardingCompletedAt: applicantProfiles.onboardingCompletedAt,
      });

    await dropAssessmentsOutside(tx, actor.id, chosen);
    if (step === 4) await replaceAssessments(tx, actor.id, assessments);

    return {
      onboardingStep: row!.onboardingStep,
      completed: row!.onboardingCompletedAt !== null,
      wasCompleted: Boolean(existing?.onboardingCompletedAt),
      unratedPathways: step === 1 ? await unratedPathways(tx, actor.id, chosen) : [],
    };
  });
}

/** Self-assessments of pathways no longer chosen go with them. */
async function dropAssessmentsOutside(tx: Tx, userId: string, chosen: PathwayCode[]) {
  await tx
    .delete(criterionAssessments)
    .where(
      chosen.length > 0
        ? and(
            eq(criterionAssessments.userId, userId),
            notInArray(criterionAssessments.pathway, chosen),
          )
        : eq(criterionAssessments.userId, userId),
    );
}

async function replaceAssessments(tx: Tx, userId: string, list: AssessmentInput[]) {
  if (list.length === 0) return;
  await tx
    .insert(criterionAssessments)
    .values(
      list.map((a) => ({
        userId,
        pathway: a.pathway,
        criterion: a.criterion,
        strength: a.strength!,
        note: a.note,
      })),
    )
    .onConflictDoUpdate({
      target: [
        criterionAssessments.userId,
        criterionAssessments.pathway,
        criterionAssessments.criterion,
      ],
      set: {
        strength: sql`excluded.strength`,
        note: sql`excluded.note`,
        updatedAt: new Date(),
      },
    });
}

async function unratedPathways(
  tx: Tx,
  userId: string,
  chosen: PathwayCode[],
): Promise<PathwayCode[]> {
  const rows = await tx
    .select({ pathway: criterionAssessments.pathway, criterion: criterionAssessments.criterion })
    .from(criterionAssessments)
    .where(eq(criterionAssessments.userId, userId));
  const rated = new Set(rows.map((r) => `${r.pathway}.${r.criterion}`));
  return chosen.filter((p) => pathwayRequirements[p].criteria.some((c) => !rated.has(`${p}.${c}`)));
}
