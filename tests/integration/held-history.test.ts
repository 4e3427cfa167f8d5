// docs/security.md #22: text that was held or removed is shown to nobody but its author and staff.
// A post's edit history is where it used to leak: a question held for a receipt number, edited
// clean and released, showed the number to anyone at ?history=<postId>; so did a post a moderator
// removed, its author edited and a moderator restored. Each reader below asks for the history as
// the thread page does (listRevisions), and the database is searched for the number itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { migrationsFolder } from "@/db/migrate";
import { communityPostRevisions, queueItems, type User } from "@/db/schema";
import { editPost } from "@/lib/community/editing";
import { getThread, listRevisions } from "@/lib/community/thread-page";
import { moderateItem } from "@/lib/moderation/decisions";
import { appealDecision, decideAppeal, listOwnDecisions } from "@/lib/moderation/appeals";
import { reportTarget } from "@/lib/moderation/reports";
import { answer, ask, member, tick } from "./community-fixtures";
import type { Actor } from "@/lib/auth/actor";

const RECEIPT = "EAC2190012345";
const A_NUMBER = "A123456789";

interface Readers {
  author: User;
  other: User;
  moderator: User;
}

async function readers(author: User): Promise<Readers> {
  return { author, other: await member(), moderator: await member({ role: "moderator" }) };
}

/** What each reader gets from the history of `postId`, as text. */
async function historyAs(r: Readers, postId: string) {
  const read = async (viewer: Actor | null) => JSON.stringify(await listRevisions(viewer, postId));
  return {
    visitor: await read(null),
    other: await read(r.other),
    author: await read(r.author),
    moderator: await read(r.moderator),
  };
}

async function openItem(targetId: string, kind: "reports" | "hold" | "appeal") {
  const [item] = await db
    .select()
    .from(queueItems)
    .where(
      and(eq(queueItems.targetId, targetId), eq(queueItems.kind, kind), sql`closed_at is null`),
    );
  return item!;
}

/** Every revision row as text, every column: the number must be in none of them. */
async function storedRevisions(postId: string): Promise<string> {
  return JSON.stringify(
    await db.select().from(communityPostRevisions).where(eq(communityPostRevisions.postId, postId)),
  );
}

describe("history of a post held for a sensitive number", () => {
  it("a question held for a receipt number in its title and text, edited clean and released, keeps its old text from everyone but the author and staff", async () => {
    const r = await readers(await member());
    const held = await ask(r.author, {
      title: `Stuck after ${RECEIPT} was filed`,
      body: `My receipt is ${RECEIPT}, filed in March. Is 8 months normal for Nebraska?`,
    });
    expect(held.held).toContain("a USCIS receipt number (EAC…45)");
    await editPost(
      r.author,
      {
        postId: held.postId,
        version: 1,
        title: "Stuck after my I-140 was filed",
        body: "My receipt came in March. Is 8 months normal for Nebraska?",
      },
      tick(),
    );
    // Released: everyone reads the thread again, with its clean text.
    const page = await getThread(null, held.threadId);
    expect(page.status).toBe("found");
    expect(JSON.stringify(page)).not.toContain("2190012345");

    const seen = await historyAs(r, held.postId);
    for (const who of ["visitor", "other"] as const) {
      expect(seen[who], who).toBe("[]");
    }
    // The author and moderators still see the version, marked, with the number shortened.
    for (const who of ["author", "moderator"] as const) {
      const [v1] = JSON.parse(seen[who]) as Array<Record<string, unknown>>;
      expect(v1, who).toMatchObject({ version: 1, withheld: true });
      expect(v1!.body, who).toContain("My receipt is EAC…45, filed in March");
      expect(v1!.title, who).toBe("Stuck after EAC…45 was filed");
    }
    // The database keeps no receipt number once the text moved on.
    expect(await storedRevisions(held.postId)).not.toContain("2190012345");
  });

  it("a reply held for an A-number, edited twice while held, then released: none of its held versions reach others", async () => {
    const asker = await member();
    const { threadId } = await ask(asker);
    const r = await readers(await member());
    const held = await answer(r.author, threadId, `My A-number is ${A_NUMBER}, does that help?`);
    expect(held.held).toContain("an A-number");
    // Still held after the first edit (the number is still there), released by the second.
    await editPost(
      r.author,
      { postId: held.postId, version: 1, body: `A-number ${A_NUMBER}, sorry for the typo.` },
      tick(),
    );
    await editPost(
      r.author,
      { postId: held.postId, version: 2, body: "My A-number is on the card; does that help?" },
      tick(),
    );
    const seen = await historyAs(r, held.postId);
    expect(seen.visitor).toBe("[]");
    expect(seen.other).toBe("[]");
    const own = JSON.parse(seen.author) as Array<{ version: number; withheld: boolean }>;
    expect(own.map((v) => [v.version, v.withheld])).toEqual([
      [2, true],
      [1, true],
    ]);
    expect(seen.moderator).toContain("A12…89");
    for (const text of Object.values(seen)) expect(text).not.toContain("123456789");
    expect(await storedRevisions(held.postId)).not.toContain("123456789");
  });

  it("edits of a post that was never hidden stay readable by everyone", async () => {
    const r = await readers(await member());
    const { postId } = await ask(r.author);
    await editPost(
      r.author,
      { postId, version: 1, body: "A clearer question: is reviewing for two journals enough?" },
      tick(),
    );
    const seen = await historyAs(r, postId);
    for (const text of Object.values(seen)) {
      expect(JSON.parse(text)).toEqual([expect.objectContaining({ version: 1, withheld: false })]);
    }
  });
});

describe("history of a post a moderator took down and restored", () => {
  const rude = "zqrudewords you are all frauds";

  it("hidden by three reports, edited by its author while hidden, restored by a moderator", async () => {
    const asker = await member();
    const { threadId } = await ask(asker);
    const r = await readers(await member());
    const { postId } = await answer(r.author, threadId, `Honestly, ${rude}.`);
    for (let i = 0; i < 3; i++) {
      await reportTarget(
        await member(),
        { targetType: "post", targetId: postId, reason: "harassment", details: null },
        tick(),
      );
    }
    await editPost(
      r.author,
      { postId, version: 1, body: "Sorry, that was rude. Keep the invitations." },
      tick(),
    );
    const item = await openItem(postId, "reports");
    await moderateItem(r.moderator, item.id, { action: "restore", reason: "Edited, fine now" });

    const seen = await historyAs(r, postId);
    expect(seen.visitor).toBe("[]");
    expect(seen.other).toBe("[]");
    expect(seen.author).toContain("zqrudewords");
    expect(seen.moderator).toContain("zqrudewords");
    expect(JSON.parse(seen.author)).toEqual([expect.objectContaining({ withheld: true })]);
  });

  it("removed by a moderator, edited by its author, restored on appeal by another moderator", async () => {
    const r = await readers(await member());
    const held = await ask(r.author, { body: `A question with ${rude} in it, and more words.` });
    expect(held.held).toBeNull();
    await reportTarget(
      await member(),
      { targetType: "thread", targetId: held.threadId, reason: "harassment", details: null },
      tick(),
    );
    await moderateItem(r.moderator, (await openItem(held.threadId, "reports")).id, {
      action: "remove",
      reason: "Insults other members",
    });
    await editPost(
      r.author,
      {
        postId: held.postId,
        version: 1,
        title: "How do I document judging, politely?",
        body: "A question without the insult: how do I document judging?",
      },
      tick(),
    );
    const [decision] = await listOwnDecisions(r.author);
    await appealDecision(r.author, {
      decisionId: decision!.id,
      text: "I edited the insult out; please restore it.",
    });
    const appeal = await openItem(held.threadId, "appeal");
    await decideAppeal(await member({ role: "moderator" }), appeal.id, {
      outcome: "overturn",
      response: "Thanks for editing it.",
    });
    expect((await getThread(null, held.threadId)).status).toBe("found");

    const seen = await historyAs(r, held.postId);
    expect(seen.visitor).toBe("[]");
    expect(seen.other).toBe("[]");
    expect(seen.author).toContain("zqrudewords");
    expect(seen.moderator).toContain("zqrudewords");
  });
});

describe("revisions written before withheld existed", () => {
  it("the backfill withholds every revision of a post that met moderation, and no other", async () => {
    const author = await member();
    const held = await ask(author, { body: `Receipt ${RECEIPT}, is 8 months normal?` });
    const reported = await ask(author);
    await reportTarget(
      await member(),
      { targetType: "thread", targetId: reported.threadId, reason: "spam", details: null },
      tick(),
    );
    const untouched = await ask(author);
    // As the rows were before 0014: nothing marked.
    await db.insert(communityPostRevisions).values(
      [held, reported, untouched].map((p) => ({
        postId: p.postId,
        version: 1,
        body: "an earlier text",
        editorId: author.id,
        withheld: false,
      })),
    );
    const backfill = readFileSync(
      path.join(migrationsFolder, "0015_held_revisions_backfill.sql"),
      "utf8",
    );
    await db.execute(sql.raw(backfill));
    const withheld = async (postId: string) =>
      (
        await db
          .select({ withheld: communityPostRevisions.withheld })
          .from(communityPostRevisions)
          .where(eq(communityPostRevisions.postId, postId))
      ).map((r) => r.withheld);
    expect(await withheld(held.postId)).toEqual([true]);
    expect(await withheld(reported.postId)).toEqual([true]);
    expect(await withheld(untouched.postId)).toEqual([false]);
  });
});
