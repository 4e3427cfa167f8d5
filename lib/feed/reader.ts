// Who reads the feed: their profile, evidence gaps, "not interested" marks and followed authors,
// in one query (docs/decisions/008-feed.md).
import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  authorFollows,
  criterionAssessments,
  feedDismissals,
  mentorshipRequests,
  users,
} from "@/db/schema";
import { chargeabilityOf, type Chargeability } from "@/lib/domain/countries";
import { isCriterionOf, type CriterionCode } from "@/lib/domain/criteria";
import type { FieldCode } from "@/lib/domain/case-facts";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";
import type { FeedPage } from "./entries";
import { readMoment, type ReadMoment } from "@/lib/change-marks";
import type { FeedPerson, FeedSignals } from "./types";
import type { Actor } from "@/lib/auth/actor";

/** The reader as the candidates and the ranking use them. */
export interface Reader {
  onboarding: FeedPage["onboarding"];
  person: FeedPerson;
  signals: FeedSignals;
  dismissed: Set<string>;
  followedAuthors: string[];
  /** The database's clock and snapshot when this was read: a ranking from it is reused while
   * every later change it depends on was already visible (lib/feed/snapshot.ts). */
  rankedUnder: ReadMoment;
}

/** The reader's profile, gaps, "not interested" marks and followed authors, in one query. */
export async function loadReader(viewer: Actor): Promise<Reader> {
  const [row] = await db
    .select({
      profileOf: applicantProfiles.userId,
      onboardedAt: applicantProfiles.onboardingCompletedAt,
      pathways: applicantProfiles.targetPathways,
      stage: applicantProfiles.stage,
      field: applicantProfiles.field,
      countryOfBirth: applicantProfiles.countryOfBirth,
      gaps: sql<
        { pathway: PathwayCode; criterion: string; strength: "none" | "some" }[] | null
      >`(select json_agg(json_build_object('pathway', ${criterionAssessments.pathway}, 'criterion', ${criterionAssessments.criterion}, 'strength', ${criterionAssessments.strength})) from ${criterionAssessments} where ${criterionAssessments.userId} = ${users.id} and ${criterionAssessments.strength} in ('none', 'some'))`,
      dismissed: sql<
        { t: string; id: string; tags: string[] }[] | null
      >`(select json_agg(json_build_object('t', d.item_type, 'id', d.item_id, 'tags', d.tags)) from (select * from ${feedDismissals} where ${feedDismissals.userId} = ${users.id} order by ${feedDismissals.createdAt} desc limit 200) d)`,
      ...readMoment,
      authors: sql<
        string[] | null
      >`(select array_agg(a) from (select ${authorFollows.authorId} as a from ${authorFollows} where ${authorFollows.followerId} = ${users.id} union select ${mentorshipRequests.mentorId} from ${mentorshipRequests} where ${mentorshipRequests.applicantId} = ${users.id} and ${mentorshipRequests.state} = 'accepted') f)`,
    })
    .from(users)
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, users.id))
    .where(eq(users.id, viewer.id));
  const pathways = (row?.pathways ?? []) as PathwayCode[];
  const weakCriteria = (row?.gaps ?? [])
    .filter((g) => pathways.includes(g.pathway) && isCriterionOf(g.pathway, g.criterion))
    .map((g) => ({ ...g, criterion: g.criterion as CriterionCode }));
  const dismissedRows = row?.dismissed ?? [];
  return {
    onboarding: row?.onboardedAt ? "done" : row?.profileOf ? "started" : "none",
    person: {
      pathways,
      weakCriteria,
      stage: (row?.stage ?? null) as StageCode | null,
      field: (row?.field ?? null) as FieldCode | null,
      chargeability: chargeabilityOf(row?.countryOfBirth) as Chargeability | null,
    },
    signals: { dismissedTags: dismissedRows.flatMap((d) => d.tags) },
    dismissed: new Set(dismissedRows.map((d) => `${d.t}:${d.id}`)),
    followedAuthors: row?.authors ?? [],
    rankedUnder: { rankedAt: row?.rankedAt ?? new Date(), seen: row?.seen ?? null },
  };
}
