// PostgreSQL stops in the middle of a run, under the production build (`next build` first):
// a reply being written when it stops leaves nothing; while it is down, member and public pages
// and form submissions answer in under 5 s with a friendly message; when it is back, the same
// server (never restarted) serves pages and takes the reply again, once.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type postgres from "postgres";
import { startApp, stopApp, waitForApp, type App } from "./app";
import { startCluster, stopCluster } from "./cluster";
import { adminSql, cluster } from "./database";
import { holdTableLock, report, sleep, timed, waitForBlockedBackend } from "./helpers";

const PORT = Number(process.env.FAULTS_APP_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;
const DATABASE = "landed_faults_app";
const FRIENDLY_LIMIT_MS = 5_000;
const figures: Record<string, unknown> = {};

let server: App | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let thread: { id: string; slug: string; replyCount: number };
const replyText = `Keep every review invitation as evidence (fault test ${Date.now()}).`;

function appSql(): postgres.Sql {
  return adminSql(DATABASE);
}

/** GET with the browser's session cookie (or none): time to the whole body, status, text. */
async function get(url: string, signedIn = true) {
  return timed(async () => {
    if (signedIn) {
      const res = await context.request.get(url, { failOnStatusCode: false, maxRedirects: 0 });
      return { status: res.status(), body: await res.text() };
    }
    const res = await fetch(`${BASE}${url}`, { redirect: "manual" });
    return { status: res.status, body: await res.text() };
  });
}

/** Nothing of the failure leaks: no stack trace, driver message or SQL, only Next's digest. */
function expectNoLeak(body: string) {
  expect(body).not.toMatch(
    /ECONNREFUSED|connect ECONN|at [\w.<>]+ \(|node_modules|terminating connection|Failed query|select /i,
  );
}

/** Opens `url` in a new tab and times it until the friendly error page is on screen. */
async function friendlyInBrowser(ctx: BrowserContext, url: string): Promise<number> {
  const tab = await ctx.newPage();
  try {
    const { ms } = await timed(async () => {
      await tab.goto(url, { waitUntil: "commit" });
      await tab
        .getByRole("heading", { name: /Something went wrong|Landed is having trouble/ })
        .waitFor({ timeout: FRIENDLY_LIMIT_MS });
    });
    const text = await tab.locator("body").innerText();
    expect(text).toMatch(/try again/i);
    expectNoLeak(text);
    return ms;
  } finally {
    await tab.close();
  }
}

async function countReplies(): Promise<number> {
  const sql = appSql();
  try {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from community_posts where body = ${replyText}`;
    return row!.n;
  } finally {
    await sql.end();
  }
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` before `npm run test:faults`.");
  }
  const admin = adminSql();
  await admin.unsafe(`create database ${DATABASE}`);
  await admin.end();

  // The production server on the private cluster; it migrates and seeds the empty database.
  server = startApp(PORT, DATABASE);
  const { ms } = await timed(() => waitForApp(server!, 150_000));
  figures.serverReadyMs = ms;

  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  });
  context = await browser.newContext({
    baseURL: BASE,
    extraHTTPHeaders: { "x-forwarded-for": "10.250.0.1" },
  });
  page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("priya@example.com");
  await page.getByLabel("Password", { exact: true }).fill("landed-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/feed$/, { timeout: 30_000 });

  const sql = appSql();
  const [row] = await sql<{ id: string; slug: string; replyCount: number }[]>`
    select id, slug, reply_count as "replyCount" from community_threads
    where deleted_at is null and hidden_at is null and locked_at is null
    order by last_activity_at desc limit 1`;
  await sql.end();
  thread = row!;
}, 240_000);

afterAll(async () => {
  report("postgres-down", figures);
  await browser?.close();
  await stopApp(server);
  // Leave the cluster running for the next file (and for the global teardown).
  try {
    startCluster(cluster());
  } catch {
    // already running
  }
});

describe("PostgreSQL stops while the app runs", () => {
  it("a reply being written when it stops is not saved, and the form says so in under 5 s", async () => {
    await page.goto(`/community/${thread.id}/${thread.slug}`);
    await page.getByRole("textbox", { name: "Your reply" }).fill(replyText);

    // Hold the reply half-way: post written and counters updated, waiting to follow the thread.
    const sql = appSql();
    const monitor = appSql();
    const lock = await holdTableLock(sql, "community_follows");
    await page.getByRole("button", { name: "Post reply" }).click();
    const blocked = await waitForBlockedBackend(monitor, DATABASE);
    expect(blocked.query.toLowerCase()).toContain('into "community_follows"');
    await monitor.end();

    const stopped = await timed(async () => stopCluster(cluster()));
    figures.pgStopMs = stopped.ms;
    await lock.release();
    await sql.end({ timeout: 1 });

    const { ms } = await timed(() =>
      page
        .getByText("Something went wrong on our side. Please try again.")
        .first()
        .waitFor({ timeout: FRIENDLY_LIMIT_MS }),
    );
    figures.halfWrittenReplyMessageAfterStopMs = ms;
    // What was typed is kept, to send again later.
    expect(await page.getByRole("textbox", { name: "Your reply" }).inputValue()).toBe(replyText);
  });

  it("while it is down: member and public pages answer in under 5 s, and show a friendly page", async () => {
    // Over HTTP: a quick answer with nothing of the failure in it. (Next renders error pages in
    // the browser: the server sends the shell and the error's digest.)
    const http: Record<string, { ms: number; status: number }> = {};
    for (const [name, url, signedIn] of [
      ["memberFeed", "/feed", true],
      ["memberMentors", "/mentors", true],
      ["publicCommunity", "/community", false],
      ["publicThread", `/community/${thread.id}/${thread.slug}`, false],
    ] as const) {
      const { ms, value } = await get(url, signedIn);
      http[name] = { ms, status: value.status };
      expect(ms, `${url} answered in ${ms} ms`).toBeLessThan(FRIENDLY_LIMIT_MS);
      expect([200, 500], url).toContain(value.status);
      expectNoLeak(value.body);
    }
    figures.downHttp = http;

    // In a browser: the friendly page, on screen in under 5 s from the click.
    const signedOut = await browser!.newContext({ baseURL: BASE });
    try {
      figures.downBrowserMs = {
        memberFeed: await friendlyInBrowser(context, "/feed"),
        memberNotifications: await friendlyInBrowser(context, "/notifications"),
        publicCommunity: await friendlyInBrowser(signedOut, "/community"),
        publicThread: await friendlyInBrowser(signedOut, `/community/${thread.id}/${thread.slug}`),
      };
    } finally {
      await signedOut.close();
    }
  });

  it("while it is down: a form sent from a page loaded before says so in under 5 s", async () => {
    // The thread page loaded before the stop still shows the form, with the text kept.
    const { ms, value: response } = await timed(async () => {
      const [res] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST", {
          timeout: FRIENDLY_LIMIT_MS,
        }),
        page.getByRole("button", { name: "Post reply" }).click(),
      ]);
      await page
        .getByRole("button", { name: "Post reply" })
        .waitFor({ timeout: FRIENDLY_LIMIT_MS });
      return res;
    });
    figures.downFormAnswerMs = ms;
    expect(ms).toBeLessThan(FRIENDLY_LIMIT_MS);
    expect(response.status()).toBe(200); // the action's answer is the form's error state
    await page.getByText("Something went wrong on our side. Please try again.").first().waitFor();
    expect(await page.getByRole("textbox", { name: "Your reply" }).inputValue()).toBe(replyText);
  });

  it("when it is back, the same server recovers by itself, and the reply sent again is saved once", async () => {
    const started = await timed(async () => startCluster(cluster()));
    figures.pgStartMs = started.ms;
    const pid = server!.process.pid;
    const { ms: recoveredMs } = await timed(async () => {
      for (;;) {
        const { value } = await get("/feed");
        if (value.status === 200) return;
        await sleep(100);
      }
    });
    figures.recoveredAfterStartMs = recoveredMs;
    expect(recoveredMs).toBeLessThan(10_000);
    expect(server!.process.pid).toBe(pid);
    expect(server!.process.exitCode).toBeNull();

    for (const url of ["/mentors", "/notifications"]) {
      expect((await get(url)).value.status, url).toBe(200);
    }
    expect((await get("/community", false)).value.status).toBe(200);

    // Nothing of the reply cut by the stop, nor of the one sent while down.
    expect(await countReplies()).toBe(0);
    const sql = appSql();
    const [before] = await sql<{ replyCount: number }[]>`
      select reply_count as "replyCount" from community_threads where id = ${thread.id}`;
    await sql.end();
    expect(before!.replyCount).toBe(thread.replyCount);

    await page.goto(`/community/${thread.id}/${thread.slug}`);
    await page.getByRole("textbox", { name: "Your reply" }).fill(replyText);
    await page.getByRole("button", { name: "Post reply" }).click();
    await page.getByText(replyText).first().waitFor({ timeout: 10_000 });
    for (
      let i = 0;
      i < 50 && (await page.getByRole("textbox", { name: "Your reply" }).inputValue()) !== "";
      i++
    ) {
      await sleep(100);
    }
    expect(await page.getByRole("textbox", { name: "Your reply" }).inputValue()).toBe("");
    expect(await countReplies()).toBe(1);

    // The server logged no uncaught exception through all this.
    expect(server!.log).not.toMatch(/uncaughtException|unhandledRejection/i);
  });
});
