import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  appeals,
  appSettings,
  auditLog,
  communityPosts,
  contentItems,
  moderationDecisions,
  queueItems,
  reports,
} from "@/db/schema";
import { getThread } from "@/lib/community/thread-page";
import { searchCommunity } from "@/lib/community/search";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { moderateItem } from "@/lib/moderation/decisions";
import { appealDecision, decideAppeal, listOwnDecisions } from "@/lib/moderation/appeals";
import { PREMODERATION_KEY } from "@/lib/moderation/holds";
import { getQueueItem } from "@/lib/moderation/queue/item";
import { listQueue } from "@/lib/moderation/queue/list";
import { listOwnReports, reportTarget } from "@/lib/moderation/reports";
import { answer, ask, member, notificationsOf, tick } from "./community-fixtures";
import { mentor, publish } from "./content-fixtures";

const moderator = () => member({ role: "moderator" });
const admin = () => member({ role: "admin" });

async function openItem(targetId: string, kind: "reports" | "hold" | "appeal" = "reports") {
  const [item] = await db
    .select()
    .from(queueItems)
    .where(and(eq(queueItems.targetId, targetId), eq(queueItems.kind, kind)));
  return item!;
}

async function postRow(id: string) {
  const [row] = await db.select().from(communityPosts).where(eq(communityPosts.id, id));
  return row!;
}

describe("reporting", () => {
  it("one report per member per target; the reporter cannot report their own post", async () => {
    const author = await member();
    const reporter = await member();
    const { threadId, postId } = await ask(author);
    await reportTarget(reporter, {
      targetType: "post",
      targetId: postId,
      reason: "spam",
      details: null,
    });
    await expect(
      reportTarget(reporter, {
        targetType: "post",
        targetId: postId,
        reason: "off_topic",
        details: null,
      }),
    ).rejects.toThrow(ConflictError);
    await expect(
      reportTarget(author, {
        targetType: "thread",
        targetId: threadId,
        reason: "spam",
        details: null,
      }),
    ).rejects.toThrow(ValidationError);
    await expect(
      reportTarget(reporter, {
        targetType: "post",
        targetId: crypto.randomUUID(),
        reason: "spam",
        details: null,
      }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      reportTarget(reporter, {
        targetType: "thread",
        targetId: threadId,
        reason: "other",
        details: null,
      }),
    ).rejects.toThrow(ValidationError);
    const items = await db.select().from(queueItems).where(eq(queueItems.targetId, postId));
    expect(items).toHaveLength(1);
  });

  it("three distinct reporters hide the post until a moderator decides; reports join one item", async () => {
    const author = await member();
    const { threadId } = await ask(author);
    const r = await answer(await member(), threadId, "Buy my judging-panel certificate, 500 USD.");
    const reporters = [await member(), await member(), await member()];
    const results = await Promise.all(
      reporters.map((who) =>
        reportTarget(who, {
          targetType: "post",
          targetId: r.postId,
          reason: "paid_evidence",
          details: null,
        }),
      ),
    );
    expect(results.some((x) => x.autoHidden)).toBe(true);
    expect((await postRow(r.postId)).hiddenAt).not.toBeNull();
    const items = await db.select().from(queueItems).where(eq(queueItems.targetId, r.postId));
    expect(items).toHaveLength(1);
    expect(items[0]!.holdReason).toContain("3 reports");
    const [autoAudit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, r.postId), eq(auditLog.action, "auto_hide")));
    expect(autoAudit!.actorId).toBeNull();
    // Others no longer see its text.
    const page = await getThread(author, threadId);
    expect(page.status === "found" && page.replies.find((p) => p.id === r.postId)?.body).toBeNull();
  });
});

describe("the queue", () => {
  it("is for staff only; a member's look is refused and audited as denied", async () => {
    const someone = await member();
    await expect(listQueue(someone)).rejects.toThrow(ForbiddenError);
    const denied = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, someone.id), eq(auditLog.action, "denied")));
    expect(denied).toHaveLength(1);
  });

  it("orders harm to a person and many reporters first", async () => {
    const author = await member();
    const { threadId } = await ask(author);
    const spam = await answer(await member(), threadId, "Visit my site for cheap visas, truly.");
    const doxx = await answer(await member(), threadId, "Here is the home address of the asker.");
    await reportTarget(await member(), {
      targetType: "post",
      targetId: spam.postId,
      reason: "spam",
      details: null,
    });
    await reportTarget(await member(), {
      targetType: "post",
      targetId: doxx.postId,
      reason: "personal_data",
      details: null,
    });
    const { items } = await listQueue(await moderator());
    const order = items.map((i) => i.targetId);
    expect(order.indexOf(doxx.postId)).toBeLessThan(order.indexOf(spam.postId));
    const detail = await getQueueItem(
      await moderator(),
      items.find((i) => i.targetId === doxx.postId)!.id,
    );
    expect(detail.reports).toHaveLength(1);
    expect(detail.target.body).toContain("home address");
  });
});

describe("moderation actions", () => {
  it("hide: gone for others (pages, search), a notice for the author, reporters told; restore brings back exactly the text", async () => {
    const asker = await member();
    const { threadId } = await ask(asker);
    const author = await member();
    const text = "Contact my cousin the notario, guaranteed approval for a fee xylophonic.";
    const r = await answer(author, threadId, text);
    const reporter = await member();
    await reportTarget(reporter, {
      targetType: "post",
      targetId: r.postId,
      reason: "legal_advice_scam",
      details: null,
    });
    const mod = await moderator();
    const item = await openItem(r.postId);
    await moderateItem(
      mod,
      item.id,
      { action: "hide", reason: "Paid legal services offered" },
      tick(),
    );

    const page = await getThread(asker, threadId);
    expect(page.status === "found" && page.replies.find((p) => p.id === r.postId)?.body).toBeNull();
    expect((await searchCommunity(asker, "xylophonic")).items).toHaveLength(0);
    const own = await getThread(author, threadId);
    expect(own.status === "found" && own.replies.find((p) => p.id === r.postId)?.body).toBe(text);
    expect(await notificationsOf(author.id, "moderation_notice")).toHaveLength(1);
    expect(await notificationsOf(reporter.id, "report_resolved")).toHaveLength(1);
    expect((await listOwnReports(reporter))[0]).toMatchObject({ status: "actioned" });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, r.postId), eq(auditLog.action, "content.hide")));
    expect(audit).toMatchObject({ actorId: mod.id, reason: "Paid legal services offered" });

    // A second decision on the closed item is refused.
    await expect(
      moderateItem(mod, item.id, { action: "dismiss", reason: "changed my mind" }),
    ).rejects.toThrow(ConflictError);

    // The author appeals once; an admin overturns; the text is back as it was.
    const [decision] = await listOwnDecisions(author);
    expect(decision).toMatchObject({ action: "hide", reason: "Paid legal services offered" });
    await appealDecision(author, {
      decisionId: decision!.id,
      text: "It was a joke between friends, sorry.",
    });
    await expect(
      appealDecision(author, { decisionId: decision!.id, text: "Second try at the same appeal." }),
    ).rejects.toThrow(ConflictError);
    const appealItem = await openItem(r.postId, "appeal");
    // The moderator who decided does not judge their own decision.
    await expect(
      decideAppeal(mod, appealItem.id, { outcome: "overturn", response: "I was wrong here." }),
    ).rejects.toThrow(ForbiddenError);
    await decideAppeal(
      await admin(),
      appealItem.id,
      { outcome: "overturn", response: "Fair enough." },
      tick(),
    );
    const after = await postRow(r.postId);
    expect(after).toMatchObject({ body: text, hiddenAt: null, removedAt: null });
    const [a] = await db.select().from(appeals).where(eq(appeals.decisionId, decision!.id));
    expect(a!.status).toBe("overturned");
    expect(await notificationsOf(author.id, "appeal_decided")).toHaveLength(1);
  });

  it("someone else cannot appeal a decision; members cannot act on the queue (and are audited)", async () => {
    const author = await member();
    const { threadId } = await ask(author);
    const r = await answer(await member(), threadId);
    await reportTarget(await member(), {
      targetType: "post",
      targetId: r.postId,
      reason: "spam",
      details: null,
    });
    const item = await openItem(r.postId);
    const intruder = await member();
    await expect(
      moderateItem(intruder, item.id, { action: "hide", reason: "because" }),
    ).rejects.toThrow(ForbiddenError);
    expect((await postRow(r.postId)).hiddenAt).toBeNull();
    await moderateItem(await moderator(), item.id, { action: "remove", reason: "Spam link" });
    const [decision] = await db
      .select()
      .from(moderationDecisions)
      .where(eq(moderationDecisions.targetId, r.postId));
    await expect(
      appealDecision(intruder, { decisionId: decision!.id, text: "Not mine but let me try." }),
    ).rejects.toThrow(NotFoundError);
    expect((await postRow(r.postId)).removedAt).not.toBeNull();
  });

  it("dismissing an automatically hidden target brings it back; lock and retag change the thread", async () => {
    const author = await member();
    const { threadId, postId } = await ask(author);
    for (let i = 0; i < 3; i++) {
      await reportTarget(await member(), {
        targetType: "thread",
        targetId: threadId,
        reason: "off_topic",
        details: null,
      });
    }
    const mod = await moderator();
    await moderateItem(mod, (await openItem(threadId)).id, {
      action: "dismiss",
      reason: "On topic after all",
    });
    expect((await getThread(await member(), threadId)).status).toBe("found");
    await reportTarget(await member(), {
      targetType: "post",
      targetId: postId,
      reason: "off_topic",
      details: null,
    });
    await moderateItem(mod, (await openItem(postId)).id, {
      action: "retag",
      reason: "Belongs in Letters",
      category: "letters",
      pathways: ["eb1a"],
      criteria: ["judging"],
    });
    const page = await getThread(author, threadId);
    expect(page.status === "found" && page.thread.category).toBe("letters");
  });

  it("content can be reported and hidden from the library and the feed", async () => {
    const writer = await mentor();
    const { id } = await publish(writer);
    await reportTarget(await member(), {
      targetType: "content",
      targetId: id,
      reason: "spam",
      details: null,
    });
    await moderateItem(await moderator(), (await openItem(id)).id, {
      action: "hide",
      reason: "Advertising",
    });
    const [row] = await db.select().from(contentItems).where(eq(contentItems.id, id));
    expect(row!.status).toBe("hidden");
  });
});

describe("pre-moderation", () => {
  it("holds the first post of a new account when switched on", async () => {
    await db
      .insert(appSettings)
      .values({ key: PREMODERATION_KEY, value: { enabled: true, accountAgeHours: 24 } });
    try {
      const newcomer = await member({ createdAt: new Date() });
      const first = await ask(newcomer, {}, tick());
      expect(first.held).toContain("first posts of new accounts");
      const item = await openItem(first.threadId, "hold");
      expect(item.holdReason).toBe("first post of a new account");
      const veteran = await member();
      expect((await ask(veteran, {}, tick())).held).toBeNull();
    } finally {
      await db.delete(appSettings).where(eq(appSettings.key, PREMODERATION_KEY));
    }
  });
});

it("keeps reports of someone else's private things out of reach", async () => {
  const outsider = await member();
  await expect(
    reportTarget(outsider, {
      targetType: "message",
      targetId: "1",
      reason: "harassment",
      details: null,
    }),
  ).rejects.toThrow(NotFoundError);
  const rows = await db.select().from(reports).where(eq(reports.reporterId, outsider.id));
  expect(rows).toHaveLength(0);
});

it("notifications about a hidden reply leave the list and the count of everyone but its author", async () => {
  const { listNotifications, unreadCount } = await import("@/lib/notifications/queries");
  const asker = await member();
  const { threadId } = await ask(asker);
  const replier = await member();
  const r = await answer(replier, threadId, "A reply that will be hidden, about obscure things.");
  expect(await unreadCount(asker)).toBe(1);
  await reportTarget(await member(), {
    targetType: "post",
    targetId: r.postId,
    reason: "spam",
    details: null,
  });
  await moderateItem(await moderator(), (await openItem(r.postId)).id, {
    action: "hide",
    reason: "Spam",
  });
  expect(await unreadCount(asker)).toBe(0);
  expect((await listNotifications(asker)).items).toHaveLength(0);
});

describe("appealing a sanction while signed out", () => {
  it("the suspension email carries a signed link; it appeals once and only that decision", async () => {
    const { suspendUser } = await import("@/lib/moderation/sanctions");
    const { appealByToken, decisionForAppealToken } = await import("@/lib/moderation/appeals");
    const { lastEmailTo } = await import("./helpers");
    const person = await member();
    const { decisionId } = await suspendUser(await moderator(), {
      userId: person.id,
      until: new Date(Date.now() + 7 * 86_400_000),
      reason: "Repeated spam links",
    });
    const email = await lastEmailTo(person.email);
    expect(email!.text).toContain("Reason: Repeated spam links");
    const token = /\/appeal\?token=([A-Za-z0-9_-]{43})/.exec(email!.text)![1]!;
    expect((await decisionForAppealToken(token))!.id).toBe(decisionId);

    // A forged or altered link does nothing.
    expect(await decisionForAppealToken(token.slice(0, -2) + "xx")).toBeNull();
    await expect(appealByToken("x".repeat(43), "Let me appeal theirs, please.")).rejects.toThrow(
      NotFoundError,
    );
    // Expired links stop working.
    expect(await decisionForAppealToken(token, new Date(Date.now() + 31 * 86_400_000))).toBeNull();

    await appealByToken(token, "I posted the same link twice by mistake, sorry.");
    await expect(appealByToken(token, "And once more for good measure.")).rejects.toThrow(
      ConflictError,
    );
    const item = await openItem(person.id, "appeal");
    expect(item.decisionId).toBe(decisionId);
    // Overturned by an admin: the account is active again, and the person is emailed.
    await decideAppeal(await admin(), item.id, {
      outcome: "overturn",
      response: "Lifted: a mistake.",
    });
    const { reloadUser } = await import("./helpers");
    expect((await reloadUser(person.id)).status).toBe("active");
    expect((await lastEmailTo(person.email))!.subject).toContain("appeal");
  });

  it("a newer link revokes the older one, and only a hash of either is stored", async () => {
    const { suspendUser, banUser } = await import("@/lib/moderation/sanctions");
    const { decisionForAppealToken } = await import("@/lib/moderation/appeals");
    const { appealLinks } = await import("@/db/schema");
    const { lastEmailTo } = await import("./helpers");
    const person = await member();
    const linkIn = async () =>
      /\/appeal\?token=([A-Za-z0-9_-]{43})/.exec((await lastEmailTo(person.email))!.text)![1]!;
    await suspendUser(await moderator(), {
      userId: person.id,
      until: new Date(Date.now() + 86_400_000),
      reason: "Spam",
    });
    const first = await linkIn();
    const { decisionId } = await banUser(await admin(), {
      userId: person.id,
      reason: "Spam again after the suspension",
    });
    const second = await linkIn();
    expect(await decisionForAppealToken(first)).toBeNull();
    expect((await decisionForAppealToken(second))!.id).toBe(decisionId);
    const stored = await db.select().from(appealLinks).where(eq(appealLinks.userId, person.id));
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect([first, second]).not.toContain(row.tokenHash);
    }
  });
});
