// The visitors' page cache hears every write to what a signed-out page shows (the triggers of
// db/migrations/0020_public_page_changes.sql, through LISTEN in lib/public-cache/listener.ts), and
// nothing else: a member's visit or a notification leaves the cached pages alone.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { reply } from "@/lib/community/posting";
import { vote } from "@/lib/community/reactions";
import { editPost } from "@/lib/community/editing";
import { listenForPublicChanges } from "@/lib/public-cache/listener";
import { publicPageStore } from "@/lib/public-cache/store";
import { answer, ask, key, member, tick } from "./community-fixtures";
import { mentor, publish } from "./content-fixtures";

const store = publicPageStore();

/** Puts a page in the cache, runs `write`, and says whether the cache forgot the page after it. */
async function forgets(write: () => Promise<unknown>): Promise<boolean> {
  store.put("/community", store.beginFill("/community")!, {
    html: "<p>cached</p>",
    placeholder: "0123abcd",
    status: 200,
    headers: [],
    storedAt: Date.now(),
  });
  expect(store.get("/community")).toBeDefined();
  await write();
  // Notices arrive after the commit, on the listening connection: wait for one a little while.
  for (let i = 0; i < 40 && store.size > 0; i++) await new Promise((r) => setTimeout(r, 25));
  return store.size === 0;
}

beforeAll(async () => {
  await listenForPublicChanges();
  expect(store.listening).toBe("on");
});

describe("the visitors' cache forgets its pages on public writes", () => {
  it("a new thread, a reply, an edit and a vote", async () => {
    const author = await member();
    const reader = await member();
    let threadId = "";
    expect(await forgets(async () => (threadId = (await ask(author)).threadId))).toBe(true);
    let postId = "";
    expect(await forgets(async () => (postId = (await answer(reader, threadId)).postId))).toBe(true);
    expect(
      await forgets(() =>
        editPost(
          reader,
          { postId, body: "Edited: keep the invitations and the confirmations.", version: 1 },
          tick(),
        ),
      ),
    ).toBe(true);
    expect(await forgets(() => vote(author, { postId, up: true }))).toBe(true);
    expect(
      await forgets(() =>
        reply(author, { threadId, body: "Thanks!", idempotencyKey: key() }, tick()),
      ),
    ).toBe(true);
  });

  it("a published guide and a renamed member", async () => {
    const author = await mentor();
    expect(await forgets(() => publish(author))).toBe(true);
    expect(
      await forgets(() =>
        db.update(users).set({ displayName: "Renamed Member" }).where(eq(users.id, author.id)),
      ),
    ).toBe(true);
  });

  it("but not a member's visit or a notification", async () => {
    const someone = await member();
    expect(
      await forgets(() =>
        db.update(users).set({ lastActiveAt: new Date() }).where(eq(users.id, someone.id)),
      ),
    ).toBe(false);
    expect(
      await forgets(() =>
        db.insert(notifications).values({ recipientId: someone.id, type: "request_new" }),
      ),
    ).toBe(false);
    store.clear();
  });
});
