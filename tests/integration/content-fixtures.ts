// Shared by the content and feed integration tests: authors, and a form-shaped item to write.
import { db } from "@/db/client";
import { mentorProfiles, type User } from "@/db/schema";
import { createContent } from "@/lib/content/mutations";
import type { CreateContentInput } from "@/lib/content/schemas";
import { key, member, verifiedMentor } from "./community-fixtures";

export { key, member, verifiedMentor };

/** A mentor without a verified case (may write, shows "unverified"). */
export async function mentor(): Promise<User> {
  const user = await member();
  await db.insert(mentorProfiles).values({ userId: user.id, bio: "Approved O-1A" });
  return user;
}

export function admin(): Promise<User> {
  return member({ role: "admin" });
}

let n = 0;
export function item(overrides: Partial<CreateContentInput> = {}): CreateContentInput {
  n += 1;
  return {
    kind: "guide",
    title: `How I documented judging for EB-1A, part ${n}`,
    summary: "The invitations, the review records and the letter that made judging count.",
    body: `## What worked\n\nI kept every invitation email and the confirmation page of each review (${n}).`,
    pathways: ["eb1a"],
    criteria: ["judging"],
    stages: ["building_evidence"],
    fields: [],
    chargeability: [],
    closesOn: null,
    official: false,
    pinned: false,
    intent: "publish",
    idempotencyKey: key(),
    ...overrides,
  };
}

export function publish(
  author: Pick<User, "id">,
  overrides: Partial<CreateContentInput> = {},
  now?: Date,
) {
  return createContent(author, item(overrides), now);
}
