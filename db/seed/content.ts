// Writes the library's demo content (db/seed/content-items.ts): the written items by the demo
// mentors and the Landed team, then short items by generated mentors. Ids come from the slug, so a
// second run inserts nothing; dates are relative to the seed's "now", as a real history would be.
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { contentItems, contentRevisions, mentorProfiles, users } from "@/db/schema";
import { slugify } from "@/lib/community/text";
import { buildMember } from "@/tests/factories";
import {
  demoContent,
  GENERATED_AUTHOR_POOL,
  GENERATED_CONTENT,
  generatedContentItem,
  type SeedContentItem,
} from "./content-items";
import { generatedMentor } from "./generated-profiles";
import { stableUuid } from "./profiles";

const DAY = 24 * 3_600_000;

/** The id a seeded item always gets: from its slug. */
export function seedContentId(title: string): string {
  return stableUuid(`content#${slugify(title)}`);
}

/** The generated mentors' items: the first plausible ones, then those whose author is seeded. */
async function generatedItems(tx: Tx): Promise<SeedContentItem[]> {
  const seen = new Set(demoContent.map((c) => slugify(c.title)));
  const candidates: SeedContentItem[] = [];
  for (let n = 0; n < GENERATED_AUTHOR_POOL && candidates.length < GENERATED_CONTENT; n++) {
    const item = generatedContentItem(n, generatedMentor(n, buildMember(n).email));
    if (!item || seen.has(slugify(item.title))) continue;
    seen.add(slugify(item.title));
    candidates.push(item);
  }
  // A small --scale seeds fewer members, and only one in five is a mentor.
  const rows = await tx
    .select({ email: users.email })
    .from(users)
    .innerJoin(mentorProfiles, eq(mentorProfiles.userId, users.id))
    .where(
      inArray(
        users.email,
        candidates.map((c) => c.author),
      ),
    );
  const mentors = new Set(rows.map((r) => r.email));
  return candidates.filter((c) => mentors.has(c.author));
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export async function seedContent(tx: Tx, now = new Date()): Promise<number> {
  const items = [...demoContent, ...(await generatedItems(tx))];
  const emails = [...new Set(items.map((c) => c.author))];
  const rows = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const ids = new Map(rows.map((r) => [r.email, r.id]));
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);

  const values = items.flatMap((c) => {
    const authorId = ids.get(c.author);
    if (!authorId) return [];
    const published = (c.status ?? "published") === "published";
    const publishedAt = published ? at(c.daysAgo) : null;
    const revisedAt = published && c.revision ? at(c.revision.daysAgo) : null;
    const body = c.revision ? `${c.body}\n\n_Updated: ${c.revision.note}_` : c.body;
    return [
      {
        item: c,
        row: {
          id: seedContentId(c.title),
          authorId,
          kind: c.kind,
          title: c.title,
          slug: slugify(c.title),
          summary: c.summary,
          body,
          pathways: c.pathways,
          criteria: c.criteria,
          stages: c.stages,
          fields: c.fields,
          chargeability: c.chargeability ?? [],
          status: published ? ("published" as const) : ("draft" as const),
          official: c.official ?? false,
          pinned: c.pinned ?? false,
          closesOn: c.closesInDays === undefined ? null : isoDate(at(-c.closesInDays)),
          publishedAt,
          revisedAt,
          version: c.revision ? 2 : 1,
          saveCount: published ? c.saves : 0,
          createdAt: at(c.daysAgo + (published ? 1 : 0)),
          updatedAt: revisedAt ?? publishedAt ?? at(c.daysAgo),
        },
      },
    ];
  });
  if (!values.length) return 0;

  const inserted = await tx
    .insert(contentItems)
    .values(values.map((v) => v.row))
    .onConflictDoNothing()
    .returning({ id: contentItems.id });
  const created = new Set(inserted.map((r) => r.id));

  // An edited item keeps its first version, as an edit through the app would.
  const revisions = values
    .filter((v) => created.has(v.row.id) && v.item.revision)
    .map((v) => ({
      contentId: v.row.id,
      version: 1,
      title: v.item.title,
      summary: v.item.summary,
      body: v.item.body,
      editorId: v.row.authorId,
      createdAt: v.row.revisedAt ?? v.row.updatedAt,
    }));
  if (revisions.length) await tx.insert(contentRevisions).values(revisions).onConflictDoNothing();
  return created.size;
}
