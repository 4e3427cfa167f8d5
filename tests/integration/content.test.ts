import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { contentItems, contentRevisions, users } from "@/db/schema";
import {
  createContent,
  deleteDraft,
  setAuthorFollow,
  setContentPublished,
  updateContent,
} from "@/lib/content/mutations";
import { createContentSchema } from "@/lib/content/schemas";
import { getContent, listLibrary, listOwnContent, listPopularContent } from "@/lib/content/queries";
import {
  ConflictError,
  VersionConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from "@/lib/errors";
import { listSaved } from "@/lib/saved/queries";
import { setSaved } from "@/lib/saved/mutations";
import { admin, item, key, member, mentor, publish, verifiedMentor } from "./content-fixtures";

async function row(id: string) {
  const [r] = await db.select().from(contentItems).where(eq(contentItems.id, id));
  return r!;
}

describe("writing content", () => {
  it("a mentor's draft is seen by the author and admins only, and published it is seen by all", async () => {
    const author = await verifiedMentor();
    const other = await member();
    const moderator = await member({ role: "moderator" });
    const boss = await admin();
    const { id } = await createContent(author, item({ intent: "draft" }));

    expect((await getContent(author, id)).status).toBe("ok");
    expect((await getContent(boss, id)).status).toBe("ok");
    for (const viewer of [other, moderator, null]) {
      expect((await getContent(viewer, id)).status).toBe("not_found");
    }
    expect((await listLibrary({})).items.map((i) => i.id)).not.toContain(id);
    expect((await row(id)).publishedAt).toBeNull();

    await setContentPublished(author, id, true);
    const page = await getContent(null, id);
    expect(page.status).toBe("ok");
    if (page.status === "ok") {
      expect(page.item.author).toMatchObject({ id: author.id, mentor: true, verified: true });
      expect(page.item.mine).toBe(false);
    }
    expect((await listLibrary({})).items.map((i) => i.id)).toContain(id);
  });

  it("only mentors and admins write; announcements, official and pinned are for admins", async () => {
    const applicant = await member();
    await expect(createContent(applicant, item())).rejects.toThrow(ForbiddenError);
    const writer = await mentor();
    await expect(createContent(writer, item({ kind: "announcement" }))).rejects.toThrow(
      ForbiddenError,
    );
    await expect(createContent(writer, item({ official: true }))).rejects.toThrow(ForbiddenError);
    await expect(createContent(writer, item({ pinned: true }))).rejects.toThrow(ForbiddenError);
    const boss = await admin();
    const { id } = await createContent(
      boss,
      item({ kind: "announcement", official: true, pinned: true }),
    );
    expect(await row(id)).toMatchObject({ official: true, pinned: true, status: "published" });
    const mine = await db
      .select()
      .from(contentItems)
      .where(eq(contentItems.authorId, applicant.id));
    expect(mine).toHaveLength(0);
  });

  it("a double submit makes one item", async () => {
    const author = await mentor();
    const input = item({ idempotencyKey: key() });
    const first = await createContent(author, input);
    const second = await createContent(author, input);
    expect(second).toEqual({ ...first, created: false });
    expect(
      await db.select().from(contentItems).where(eq(contentItems.authorId, author.id)),
    ).toHaveLength(1);
  });

  it("refuses receipt numbers (in the form's schema) and a closing date on anything but an opportunity", async () => {
    const author = await mentor();
    const parsed = createContentSchema.safeParse(
      item({ body: "My receipt IOE0912345678 came back after 3 weeks, which was fast." }),
    );
    expect(parsed.success).toBe(false);
    expect(z.flattenError(parsed.error!).fieldErrors.body?.[0]).toContain("(IOE…78)");
    await expect(publish(author, { closesOn: "2030-01-01" })).rejects.toThrow(ValidationError);
    const { id } = await publish(author, { kind: "opportunity", closesOn: "2030-01-01" });
    expect((await row(id)).closesOn).toBe("2030-01-01");
  });

  it("an edit by someone else, even an admin, changes nothing", async () => {
    const author = await mentor();
    const { id } = await publish(author);
    const before = await row(id);
    for (const intruder of [await mentor(), await admin()]) {
      await expect(
        updateContent(intruder, {
          ...item({ title: "Taken over by someone else" }),
          id,
          version: 1,
        }),
      ).rejects.toThrow(NotFoundError);
      await expect(setContentPublished(intruder, id, false)).rejects.toThrow(NotFoundError);
      await expect(deleteDraft(intruder, id)).rejects.toThrow(NotFoundError);
    }
    expect(await row(id)).toEqual(before);
  });

  it("an edit from a stale version is refused with the current text; history is kept", async () => {
    const author = await mentor();
    const published = new Date("2026-10-01T00:00:00Z");
    const { id } = await publish(author, {}, published);
    const first = await updateContent(
      author,
      { ...item({ title: "Judging for EB-1A, revised" }), id, version: 1 },
      new Date("2026-10-05T00:00:00Z"),
    );
    expect(first.version).toBe(2);
    const stale = updateContent(author, {
      ...item({ title: "Judging for EB-1A, from an old tab" }),
      id,
      version: 1,
    });
    await expect(stale).rejects.toThrow(VersionConflictError);
    await stale.catch((err: VersionConflictError) => {
      expect(err.current).toMatchObject({ title: "Judging for EB-1A, revised", version: 2 });
    });
    const saved = await row(id);
    expect(saved).toMatchObject({ title: "Judging for EB-1A, revised", version: 2 });
    expect(saved.publishedAt).toEqual(published);
    expect(saved.revisedAt).toEqual(new Date("2026-10-05T00:00:00Z"));
    const revisions = await db
      .select()
      .from(contentRevisions)
      .where(eq(contentRevisions.contentId, id));
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.version).toBe(1);
  });

  it("editing a draft does not mark it updated; unpublishing keeps the first publication date", async () => {
    const author = await mentor();
    const { id } = await createContent(author, item({ intent: "draft" }));
    await updateContent(author, { ...item({ intent: "draft" }), id, version: 1 });
    expect((await row(id)).revisedAt).toBeNull();
    await setContentPublished(author, id, true, new Date("2026-11-01T00:00:00Z"));
    await setContentPublished(author, id, false);
    const r = await row(id);
    expect(r).toMatchObject({ status: "draft", publishedAt: new Date("2026-11-01T00:00:00Z") });
    expect((await getContent(await member(), id)).status).toBe("not_found");
    await expect(deleteDraft(author, id)).rejects.toThrow(ConflictError);
  });

  it("a never-published draft can be deleted by its author", async () => {
    const author = await mentor();
    const { id } = await createContent(author, item({ intent: "draft" }));
    await deleteDraft(author, id);
    expect(await db.select().from(contentItems).where(eq(contentItems.id, id))).toHaveLength(0);
    expect((await listOwnContent(author)).items).toHaveLength(0);
  });

  it("a suspended author cannot write", async () => {
    const author = await mentor();
    const { id } = await publish(author);
    await db
      .update(users)
      .set({ status: "suspended", suspendedUntil: new Date(Date.now() + 86_400_000) })
      .where(eq(users.id, author.id));
    await expect(publish(author)).rejects.toThrow(ForbiddenError);
    await expect(updateContent(author, { ...item(), id, version: 1 })).rejects.toThrow(
      ForbiddenError,
    );
  });
});

describe("reading content", () => {
  it("the library filters and pages by keyset with no duplicates or gaps", async () => {
    const author = await mentor();
    const base = Date.parse("2026-06-01T00:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const { id } = await publish(
        author,
        { kind: "checklist", pathways: ["eb1b"], criteria: ["awards"] },
        new Date(base + i * 60_000),
      );
      ids.push(id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listLibrary({ kind: "checklist", pathway: "eb1b", cursor }, 3);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    expect((await listLibrary({ kind: "checklist", criterion: "press" })).items).toHaveLength(0);
  });

  it("related items share tags; the visitors' list puts pinned first, then the most saved", async () => {
    const author = await mentor();
    const boss = await admin();
    const a = await publish(author, { pathways: ["o1a"], criteria: ["press"], stages: [] });
    const b = await publish(author, { pathways: ["o1a"], criteria: ["press"], stages: [] });
    const pinned = await publish(boss, { official: true, pinned: true });
    const page = await getContent(null, a.id);
    expect(page.status === "ok" && page.related.map((r) => r.id)).toContain(b.id);
    const popular = await listPopularContent();
    const firstUnpinned = popular.items.findIndex((i) => !i.pinned);
    expect(popular.items.slice(firstUnpinned).some((i) => i.pinned)).toBe(false);
    expect(popular.items.slice(0, firstUnpinned).map((i) => i.id)).toContain(pinned.id);
  });

  it("closed opportunities leave the visitors' list", async () => {
    const author = await mentor();
    const closed = await publish(author, { kind: "opportunity", closesOn: "2020-01-01" });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listPopularContent(cursor, 50);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).not.toContain(closed.id);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe("saving and following", () => {
  it("saving counts once per member, unsaving takes it back, and the saved list shows both kinds", async () => {
    const author = await mentor();
    const reader = await member();
    const { id } = await publish(author);
    await setSaved(reader, { type: "content", id, on: true });
    await setSaved(reader, { type: "content", id, on: true });
    expect((await row(id)).saveCount).toBe(1);
    const saved = await listSaved(reader);
    expect(saved.entries.map((e) => e.type === "content" && e.content.id)).toEqual([id]);
    await setSaved(reader, { type: "content", id, on: false });
    await setSaved(reader, { type: "content", id, on: false });
    expect((await row(id)).saveCount).toBe(0);
    expect((await listSaved(reader)).entries).toHaveLength(0);
  });

  it("nobody can save someone else's draft, and an unpublished item leaves the saved list", async () => {
    const author = await mentor();
    const reader = await member();
    const draft = await createContent(author, item({ intent: "draft" }));
    await expect(setSaved(reader, { type: "content", id: draft.id, on: true })).rejects.toThrow(
      NotFoundError,
    );
    const { id } = await publish(author);
    await setSaved(reader, { type: "content", id, on: true });
    await setContentPublished(author, id, false);
    expect((await listSaved(reader)).entries).toHaveLength(0);
  });

  it("members follow authors who have published, never themselves", async () => {
    const author = await mentor();
    const reader = await member();
    await expect(setAuthorFollow(reader, author.id, true)).rejects.toThrow(NotFoundError);
    const { id } = await publish(author);
    await setAuthorFollow(reader, author.id, true);
    const page = await getContent(reader, id);
    expect(page.status === "ok" && page.item.followingAuthor).toBe(true);
    await expect(setAuthorFollow(author, author.id, true)).rejects.toThrow(ValidationError);
  });
});
