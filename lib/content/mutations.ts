// Writes of content: mentors and admins write guides, articles, checklists and opportunities
// (admins also announcements, official and pinned items); drafts, publishing, edits with history
// and conflict detection, unpublishing, deleting a draft. Every function checks the actor itself.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import {
  authorFollows,
  contentItems,
  contentRevisions,
  mentorProfiles,
  type ContentItem,
  type User,
} from "@/db/schema";
import { lockActiveMember } from "@/lib/auth/accounts";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { slugify } from "@/lib/community/text";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from "@/lib/errors";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import { mentorContentKinds, type ContentKind } from "./vocabulary";
import type { CreateContentInput, UpdateContentInput } from "./schemas";
import { isUuid } from "@/lib/ids";

export interface ContentActor {
  id: string;
}

export const contentRateLimits = {
  writesPerUser: { name: "content-write:user", limit: 30, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

const EDIT_CONFLICT_MESSAGE =
  "This item was changed in another tab or by another save while you were editing. Your text was not saved: compare it with the current version below and try again.";

// Checks -----------------------------------------------------------------------------------------

async function isMentor(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ userId: mentorProfiles.userId })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, userId));
  return Boolean(row);
}

/** Mentors write the four member kinds; admins write everything and set official and pinned. */
async function checkMayWrite(
  tx: Tx,
  member: User,
  input: { kind: ContentKind; official: boolean; pinned: boolean },
): Promise<void> {
  const admin = hasRoleAtLeast(member, "admin");
  if (!admin && !(await isMentor(tx, member.id))) {
    throw new ForbiddenError("Only mentors and the Landed team can publish content.");
  }
  if (!admin && !(mentorContentKinds as readonly string[]).includes(input.kind)) {
    throw new ForbiddenError("Only the Landed team can post announcements.");
  }
  if (!admin && (input.official || input.pinned)) {
    throw new ForbiddenError("Only the Landed team can mark content official or pin it.");
  }
}

function checkClosesOn(input: { kind: ContentKind; closesOn: string | null }) {
  if (input.closesOn && input.kind !== "opportunity") {
    throw new ValidationError("Only opportunities have a closing date.", {
      closesOn: ["Only opportunities have a closing date."],
    });
  }
}

async function lockOwnItem(tx: Tx, member: User, id: string): Promise<ContentItem> {
  if (!isUuid(id)) throw new NotFoundError("That item does not exist.");
  const [item] = await tx.select().from(contentItems).where(eq(contentItems.id, id)).for("update");
  // Someone else's item answers as missing, so ids of drafts cannot be probed.
  if (!item || item.authorId !== member.id) throw new NotFoundError("That item does not exist.");
  return item;
}

/** The author's own item, locked; refused when a moderator took it down (it stays as it is). */
async function lockOwnLiveItem(
  tx: Tx,
  member: User,
  id: string,
  change: "edited" | "published",
): Promise<ContentItem> {
  const item = await lockOwnItem(tx, member, id);
  if (item.status === "hidden" || item.status === "removed") {
    throw new ConflictError(`A moderator took this item down, so it cannot be ${change}.`);
  }
  return item;
}

/** The edit started from an older version: nothing is saved, and the current text goes back. */
function editConflict(item: ContentItem): VersionConflictError {
  return new VersionConflictError(EDIT_CONFLICT_MESSAGE, {
    title: item.title,
    summary: item.summary,
    body: item.body,
    version: item.version,
  });
}

/**
 * One write by an author: counted against the write limit, then run in a transaction with the
 * author's row locked (a suspended or deleted account is refused there).
 */
async function asAuthor<T>(
  actor: ContentActor,
  now: Date,
  write: (tx: Tx, member: User) => Promise<T>,
): Promise<T> {
  await enforceRateLimits([[contentRateLimits.writesPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const member = await lockActiveMember(tx, actor.id, now, "write content");
    return write(tx, member);
  });
}

/** The columns an author writes, the same for a new item and an edit. */
function written(input: CreateContentInput | UpdateContentInput) {
  return {
    kind: input.kind,
    title: input.title,
    slug: slugify(input.title, "item"),
    summary: input.summary,
    body: input.body,
    closesOn: input.closesOn,
    official: input.official,
    pinned: input.pinned,
    pathways: input.pathways,
    criteria: input.criteria,
    stages: input.stages,
    fields: input.fields,
    chargeability: input.chargeability,
  };
}

// Writes -----------------------------------------------------------------------------------------

/**
 * Creates an item as a draft, or published at once (`intent: "publish"`). A second submit of the
 * same form (same idempotency key) returns the first item.
 */
export async function createContent(
  actor: ContentActor,
  input: CreateContentInput,
  now = new Date(),
): Promise<{ id: string; slug: string; created: boolean }> {
  checkClosesOn(input);
  return asAuthor(actor, now, async (tx, member) => {
    const [existing] = await tx
      .select({ id: contentItems.id, slug: contentItems.slug })
      .from(contentItems)
      .where(
        and(
          eq(contentItems.authorId, member.id),
          eq(contentItems.idempotencyKey, input.idempotencyKey),
        ),
      );
    if (existing) return { ...existing, created: false };
    await checkMayWrite(tx, member, input);
    const publish = input.intent === "publish";
    const [item] = await tx
      .insert(contentItems)
      .values({
        authorId: member.id,
        ...written(input),
        status: publish ? "published" : "draft",
        publishedAt: publish ? now : null,
        idempotencyKey: input.idempotencyKey,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: contentItems.id, slug: contentItems.slug });
    return { ...item!, created: true };
  });
}

/**
 * Saves an edit by the author. The edit names the version it started from; if the item changed
 * since, nothing is saved and the current text comes back in a VersionConflictError. The previous
 * text is kept as a revision; a published item's text change shows as "updated on".
 */
export async function updateContent(
  actor: ContentActor,
  input: UpdateContentInput,
  now = new Date(),
): Promise<{ id: string; slug: string; version: number }> {
  checkClosesOn(input);
  return asAuthor(actor, now, async (tx, member) => {
    const item = await lockOwnLiveItem(tx, member, input.id, "edited");
    if (item.version !== input.version) {
      throw editConflict(item);
    }
    await checkMayWrite(tx, member, input);
    const textChanged =
      item.title !== input.title || item.summary !== input.summary || item.body !== input.body;
    if (textChanged) {
      await tx.insert(contentRevisions).values({
        contentId: item.id,
        version: item.version,
        title: item.title,
        summary: item.summary,
        body: item.body,
        editorId: member.id,
        createdAt: now,
      });
    }
    const publish = input.intent === "publish";
    const wasPublished = item.status === "published";
    const [updated] = await tx
      .update(contentItems)
      .set({
        ...written(input),
        status: publish ? "published" : "draft",
        publishedAt: publish ? (item.publishedAt ?? now) : item.publishedAt,
        // "Updated on" means the text of something readers already saw changed.
        revisedAt: wasPublished && publish && textChanged ? now : item.revisedAt,
        version: item.version + 1,
        updatedAt: now,
      })
      .where(and(eq(contentItems.id, item.id), eq(contentItems.version, input.version)))
      .returning({ id: contentItems.id, slug: contentItems.slug, version: contentItems.version });
    if (!updated) {
      throw editConflict(item);
    }
    return updated;
  });
}

/** Publishes the author's draft, or takes a published item back to draft. */
export async function setContentPublished(
  actor: ContentActor,
  id: string,
  publish: boolean,
  now = new Date(),
): Promise<{ id: string; slug: string }> {
  return asAuthor(actor, now, async (tx, member) => {
    const item = await lockOwnLiveItem(tx, member, id, "published");
    if (publish) await checkMayWrite(tx, member, item);
    const status = publish ? "published" : "draft";
    if (item.status !== status) {
      await tx
        .update(contentItems)
        .set({
          status,
          publishedAt: publish ? (item.publishedAt ?? now) : item.publishedAt,
          version: sql`${contentItems.version} + 1`,
          updatedAt: now,
        })
        .where(eq(contentItems.id, item.id));
    }
    return { id: item.id, slug: item.slug };
  });
}

/** Deletes the author's draft for good; something once published is unpublished instead. */
export async function deleteDraft(actor: ContentActor, id: string, now = new Date()) {
  return asAuthor(actor, now, async (tx, member) => {
    const item = await lockOwnItem(tx, member, id);
    if (item.status !== "draft" || item.publishedAt) {
      throw new ConflictError(
        "Only a draft that was never published can be deleted. Unpublish this one instead.",
      );
    }
    await tx.delete(contentItems).where(eq(contentItems.id, item.id));
  });
}

/** Follows (on) or unfollows (off) an author: their new items rank higher in the member's feed. */
export async function setAuthorFollow(
  actor: ContentActor,
  authorId: string,
  on: boolean,
  now = new Date(),
): Promise<void> {
  if (!isUuid(authorId)) throw new NotFoundError("That author does not exist.");
  if (authorId === actor.id) throw new ValidationError("You cannot follow yourself.");
  await enforceRateLimits([[contentRateLimits.writesPerUser, actor.id]], now);
  const key = and(eq(authorFollows.followerId, actor.id), eq(authorFollows.authorId, authorId));
  if (!on) {
    await db.delete(authorFollows).where(key);
    return;
  }
  // Only people who have published something can be followed.
  const [author] = await db
    .select({ id: contentItems.authorId })
    .from(contentItems)
    .where(and(eq(contentItems.authorId, authorId), eq(contentItems.status, "published")))
    .limit(1);
  if (!author) throw new NotFoundError("That author does not exist.");
  await db
    .insert(authorFollows)
    .values({ followerId: actor.id, authorId, createdAt: now })
    .onConflictDoNothing();
}
