// Two production servers (`next start`, the same build) on one PostgreSQL: the visitors' page cache
// (docs/decisions/020-visitor-cache.md) holds across servers. A visitor's page is served from
// server B's cache with a fresh nonce each time; a reply posted through server A in Chromium shows
// on B's next visitor view; a member on B is never served from the cache.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { publicCategorySlugs } from "@/lib/community/vocabulary";
import { startApp, stopApp, waitForApp, type App } from "./app";
import { adminSql } from "./database";
import { report, sleep, timed } from "./helpers";

const PORTS = [
  Number(process.env.FAULTS_APP_PORT ?? 3400) + 11,
  Number(process.env.FAULTS_APP_PORT ?? 3400) + 12,
];
const DATABASE = "landed_faults_two_servers";
const PAGE_LOAD = { accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8" };
const figures: Record<string, unknown> = {};

const servers: App[] = [];
let browser: Browser | undefined;
let threadPath = "";

/** A visitor's page load: status, whether the cache answered, the body and the policy's nonce. */
async function visit(server: App, pathWithQuery: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.base}${pathWithQuery}`, {
    headers: { ...PAGE_LOAD, ...headers },
    redirect: "manual",
  });
  const body = await res.text();
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
  return { status: res.status, cached: res.headers.get("x-landed-cache") === "hit", body, nonce };
}

/** Visits until the cache answers (the first visit fills it in the background). */
async function visitUntilCached(server: App, pathWithQuery: string) {
  for (let i = 0; i < 40; i++) {
    const page = await visit(server, pathWithQuery);
    if (page.cached) return page;
    await sleep(100);
  }
  throw new Error(`${pathWithQuery} was never served from ${server.base}'s cache`);
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` before `npm run test:faults`.");
  }
  const admin = adminSql();
  await admin.unsafe(`create database ${DATABASE}`);
  await admin.end();
  // A migrates and seeds; B starts on the ready database (its migration finds nothing to do).
  const { ms } = await timed(async () => {
    servers.push(startApp(PORTS[0]!, DATABASE));
    await waitForApp(servers[0]!, 150_000);
    servers.push(startApp(PORTS[1]!, DATABASE));
    await waitForApp(servers[1]!, 150_000);
  });
  figures.serversReadyMs = ms;
  const sql = adminSql(DATABASE);
  const [row] = await sql<{ id: string; slug: string }[]>`
    select id, slug from community_threads
    where deleted_at is null and hidden_at is null and locked_at is null
      and category in ${sql([...publicCategorySlugs])} and not anonymous
    order by last_activity_at desc limit 1`;
  await sql.end();
  threadPath = `/community/${row!.id}/${row!.slug}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  });
}, 300_000);

afterAll(async () => {
  report("two-servers", figures);
  await browser?.close();
  for (const server of servers) await stopApp(server);
  const admin = adminSql();
  await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
  await admin.end();
});

describe("the visitors' page cache on two servers", () => {
  it("serves a visitor's page from memory with a fresh nonce in the policy and the page each time", async () => {
    const [, b] = servers;
    const first = await visitUntilCached(b!, threadPath);
    const second = await visit(b!, threadPath);
    expect(second.cached).toBe(true);
    expect(first.nonce).toBeTruthy();
    expect(second.nonce).not.toBe(first.nonce);
    for (const page of [first, second]) {
      const nonces = new Set([...page.body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
      expect([...nonces]).toEqual([page.nonce]);
    }
    // The router's own fetch (no HTML in Accept) and a member's request are rendered for them.
    const router = await fetch(`${b!.base}${threadPath}`, { headers: { rsc: "1", accept: "*/*" } });
    await router.text();
    expect(router.headers.get("x-landed-cache")).toBeNull();
    const member = await visit(b!, threadPath, { cookie: "authjs.session-token=expired" });
    expect(member.cached).toBe(false);
  });

  it("a reply posted through server A shows on server B's next visitor view", async () => {
    const [a, b] = servers;
    await visitUntilCached(b!, threadPath);
    // Letters only: a long number would be held for review (the sensitive-number rules).
    const tag = Array.from(
      { length: 10 },
      () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)],
    ).join("");
    const replyText = `Keep the review confirmations too (two servers, ${tag}).`;
    const context = await browser!.newContext({
      baseURL: a!.base,
      extraHTTPHeaders: { "x-forwarded-for": "10.250.0.2" },
    });
    try {
      const page = await context.newPage();
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill("wei@example.com");
      await page.getByLabel("Password", { exact: true }).fill("landed-demo-2026");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(/\/(feed|onboarding)/, { timeout: 30_000 });
      await page.goto(threadPath);
      await page.getByRole("textbox", { name: "Your reply" }).fill(replyText);
      const { ms } = await timed(async () => {
        await page.getByRole("button", { name: "Post reply" }).click();
        // Posted when it is in the list of replies (the form's own text does not count).
        await page
          .getByRole("list", { name: "Replies" })
          .getByText(replyText)
          .waitFor({ timeout: 15_000 });
      });
      figures.replyOnAMs = ms;
    } finally {
      await context.close();
    }
    // The notice reaches B within milliseconds of the commit; the next view there has the reply.
    const after = await visit(b!, threadPath);
    expect(after.status).toBe(200);
    expect(after.body).toContain(replyText);
    expect((await visitUntilCached(b!, threadPath)).body).toContain(replyText);
  });
});
