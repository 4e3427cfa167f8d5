// Shared by the feed integration tests: an applicant with a profile and self-assessed gaps, and
// the titles of a page's entries.
import { db } from "@/db/client";
import { applicantProfiles, criterionAssessments, type User } from "@/db/schema";
import type { FeedEntry } from "@/lib/feed/entries";
import { member } from "./content-fixtures";

export type Profile = {
  pathways: ("eb1a" | "eb2_niw" | "o1a")[];
  stage: "exploring" | "assessing" | "building_evidence" | "rfe" | null;
  field?: string;
  country?: string;
  gaps?: { pathway: "eb1a" | "eb2_niw" | "o1a"; criterion: string; strength: "none" | "some" }[];
};

export async function applicant(p: Profile): Promise<User> {
  const user = await member();
  await db.insert(applicantProfiles).values({
    userId: user.id,
    targetPathways: p.pathways,
    stage: p.stage,
    field: p.field ?? null,
    countryOfBirth: p.country ?? null,
  });
  if (p.gaps?.length) {
    await db.insert(criterionAssessments).values(p.gaps.map((g) => ({ userId: user.id, ...g })));
  }
  return user;
}

export const titles = (entries: FeedEntry[]) =>
  entries.map((e) => (e.type === "content" ? e.content.title : e.thread.title));

