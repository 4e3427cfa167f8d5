// Community search follows moderation and deletion through community_posts.visible, which only
// database triggers keep (db/migrations/0024): a post or thread hidden, removed or deleted
// through the real functions leaves search, and comes back when restored.
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { communityPosts, queueItems } from "@/db/schema";
import { deletePost } from "@/lib/community/editing";
import { searchCommunity } from "@/lib/community/search";
import { appealDecision, decideAppeal, listOwnDecisions } from "@/lib/moderation/appeals";
import { moderateItem } from "@/lib/moderation/decisions";
import { reportTarget } from "@/lib/moderation/reports";
import { answer, ask, member, tick } from "./community-fixtures";
import type { User } from "@/db/schema";

const moderator = () => member({ role: "moderator" });

async function postIds(viewer: User | null, q: string) {
  return (await searchCommunity(viewer, q)).items.map((h) => h.postId).sort();
}

/** A member reports the target and a moderator acts on the report. */
async function moderate(
  targetType: "post" | "thread",
  targetId: string,
  action: "hide" | "remove",
) {
  await reportTarget(await member(), {
    targetType,
    targetId,
    reason: "spam",
    details: null,
  });
  const [item] = await db
    .select()
    .from(queueItems)
    .where(
      and(
        eq(queueItems.targetId, targetId),
        eq(queueItems.kind, "reports"),
        isNull(queueItems.closedAt),
      ),
    );
  await moderateItem(await moderator(), item!.id, { action, reason: "Looks like spam" }, tick());
}

/** The author appeals the decision and an admin overturns it. */
async function overturn(author: User, targetId: string) {
  const [decision] = await listOwnDecisions(author);
  await appealDecision(author, { decisionId: decision!.id, text: "Please look at it again." });
  const [item] = await db
    .select()
    .from(queueItems)
    .where(
      and(
        eq(queueItems.targetId, targetId),
        eq(queueItems.kind, "appeal"),
        isNull(queueItems.closedAt),
      ),
    );
  await decideAppeal(
    await member({ role: "admin" }),
    item!.id,
    { outcome: "overturn", response: "Restored." },
    tick(),
  );
}

describe("community search and moderation", () => {
  it("a hidden or removed reply leaves search and comes back when its decision is overturned", async () => {
    const asker = await member();
    const { threadId, postId: openingId } = await ask(asker, {
      title: "Quokka evidence for the awards criterion?",
    });
    const author = await member();
    const r = await answer(author, threadId, "Quokka sanctuary volunteering counted for me.");
    const reader = await member();
    expect(await postIds(reader, "quokka")).toEqual([openingId, r.postId].sort());

    await moderate("post", r.postId, "hide");
    expect(await postIds(reader, "quokka")).toEqual([openingId]);
    expect(await postIds(await moderator(), "quokka")).toEqual([openingId]);
    await overturn(author, r.postId);
    expect(await postIds(reader, "quokka")).toEqual([openingId, r.postId].sort());

    await moderate("post", r.postId, "remove");
    expect(await postIds(null, "quokka")).toEqual([openingId]);
  });

  it("a hidden thread takes its title and every reply out of search, and brings them back", async () => {
    const asker = await member();
    const { threadId, postId: openingId } = await ask(asker, {
      title: "Wombat photography as original contribution",
    });
    const r = await answer(await member(), threadId, "My wombat photos were cited twice.");
    const other = await ask(await member(), { title: "Wombat rescue as membership?" });
    const all = [openingId, r.postId, other.postId].sort();
    expect(await postIds(asker, "wombat")).toEqual(all);

    await moderate("thread", threadId, "remove");
    expect(await postIds(asker, "wombat")).toEqual([other.postId]);
    // The app cannot set the flag: the trigger computes it again.
    await db.update(communityPosts).set({ visible: true }).where(eq(communityPosts.id, r.postId));
    expect(await postIds(asker, "wombat")).toEqual([other.postId]);

    await overturn(asker, threadId);
    expect(await postIds(asker, "wombat")).toEqual(all);
    expect(await postIds(null, "wombat")).toEqual(all);
  });

  it("a reply its author deletes leaves search, and so does a thread deleted with its opening post", async () => {
    const asker = await member();
    const { threadId, postId: openingId } = await ask(asker, {
      title: "Pangolin conservation work for the judging criterion?",
    });
    const author = await member();
    const r = await answer(author, threadId, "Pangolin reviews for a journal counted.");
    const lone = await ask(asker, { title: "Pangolin grants as awards?" });
    expect(await postIds(asker, "pangolin")).toEqual([openingId, r.postId, lone.postId].sort());

    await deletePost(author, r.postId, tick());
    expect(await postIds(asker, "pangolin")).toEqual([openingId, lone.postId].sort());
    const { threadDeleted } = await deletePost(asker, lone.postId, tick());
    expect(threadDeleted).toBe(true);
    expect(await postIds(asker, "pangolin")).toEqual([openingId]);
  });
});
