// The security suite of issue 8 against the production build: crafted server-action POSTs (no
// session, another member's session, a foreign, null or missing Origin), cross-site POSTs from a
// real browser, the route handlers' Origin check, session cookie flags, security headers on every
// kind of HTML response, hidden content absent from pages and RSC payloads, and the XSS corpus
// wherever member text is shown. Each test names the promise of docs/security.md (#N) it proves.
import {
  request as playwright,
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type Page,
} from "@playwright/test";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { stableUuid } from "@/db/seed/profiles";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { markdownXssBody, plainTextXssCorpus } from "../xss-corpus";
import { baseURL } from "./playwright.config";
import {
  createPerson,
  demoPerson,
  enterAs,
  expect,
  signIn,
  signUpAndConfirm,
  test,
  uniqueEmail,
  type Person,
} from "./fixtures";

// Generated applicants 101–109 and mentors 33–34 are used by no other spec.
// The people of these tests, made once per worker (people.ts): members with no profile, and two
// mentors.
let actor: Person;
let intruder: Person;
let reporters: Person[];
let bystander: Person;
let threadAuthor: Person;
let replyAuthor: Person;
let csrfVictim: Person;
let cspReader: Person;
let bioMentor: Person;
let guideMentor: Person;

test.beforeAll(async () => {
  actor = await createPerson();
  intruder = await createPerson();
  reporters = [await createPerson(), await createPerson(), await createPerson()];
  bystander = await createPerson();
  threadAuthor = await createPerson();
  replyAuthor = await createPerson();
  csrfVictim = await createPerson();
  cspReader = await createPerson();
  bioMentor = await createPerson({ mentor: true });
  guideMentor = await createPerson({ mentor: true });
});

const SESSION_ENDED = "Your session has ended. Please sign in again.";
const EXTRA_FIELDS = "This form sent fields it should not have.";

/** A word no page holds yet: letters only, so full-text search sees one word. */
function marker(label: string): string {
  const n = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  return `${label}${n.toString(26).replace(/[0-9]/g, (d) => "qrstuvwxyz"[Number(d)]!)}`;
}

async function person(browser: Browser, ip: string, who: Person): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await enterAs(page, who);
  return page;
}

/** A context with no cookies at all: a visitor, or an attacker's script. */
function anonymous(ip: string): Promise<APIRequestContext> {
  return playwright.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
}

/** The hidden fields of the form that holds `fieldName`, read from the server's markup. */
async function formFromMarkup(
  page: Page,
  html: string,
  fieldName: string,
): Promise<Record<string, string>> {
  const fields = await page.evaluate(
    ([markup, name]) => {
      const doc = new DOMParser().parseFromString(markup, "text/html");
      const form = doc.querySelector(`[name="${name}"]`)?.closest("form");
      if (!form) return null;
      const out: Record<string, string> = {};
      for (const el of form.querySelectorAll<HTMLInputElement>("input[type=hidden][name]"))
        out[el.name] = el.value;
      return out;
    },
    [html, fieldName] as const,
  );
  if (!fields) throw new Error(`No form with a ${fieldName} field in the markup`);
  return fields;
}

/**
 * An action's id, found as an attacker would: in the JavaScript chunks the page loads, where
 * each client reference reads `createServerReference)("<id>", …, "<exportName>")`.
 */
async function actionIdFromChunks(
  request: APIRequestContext,
  pagePath: string,
  exportName: string,
): Promise<string> {
  const html = await (await request.get(pagePath)).text();
  const scripts = [...html.matchAll(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const pattern = new RegExp(
    `createServerReference\\)\\("([0-9a-f]{40,})",[^)]{0,120}"${exportName}"\\)`,
  );
  for (const src of new Set(scripts)) {
    const id = pattern.exec(await (await request.get(src)).text())?.[1];
    if (id) return id;
  }
  throw new Error(`No ${exportName} in the chunks of ${pagePath}`);
}

/** A multipart body whose parts keep their order (React reads the root part last). */
function multipart(parts: Array<[string, string]>): { body: Buffer; contentType: string } {
  const boundary = `----landedsecurity${Math.random().toString(16).slice(2)}`;
  const body =
    parts
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`;
  return {
    body: Buffer.from(body, "utf8"),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/**
 * Calls a `(previousState, formData)` server action the way Next's client does: a POST to the
 * page with `Next-Action: <id>`, the form's fields under React's `_1_` prefix, the arguments last.
 */
function callAction(
  request: APIRequestContext,
  pagePath: string,
  id: string,
  fields: Record<string, string>,
  origin: string | null,
): Promise<APIResponse> {
  const { body, contentType } = multipart([
    ...Object.entries(fields).map(([k, v]) => [`_1_${k}`, v] as [string, string]),
    ["0", '[{"status":"idle"},"$K1"]'],
  ]);
  return request.post(pagePath, {
    headers: {
      "next-action": id,
      accept: "text/x-component",
      "content-type": contentType,
      ...(origin === null ? {} : { origin }),
    },
    data: body,
    maxRedirects: 0,
  });
}

/** The fields of a no-JavaScript form post of the same action (what a forged page can send). */
function progressiveFields(id: string, fields: Record<string, string>): Record<string, string> {
  return {
    $ACTION_REF_1: "",
    "$ACTION_1:0": JSON.stringify({ id, bound: "$@1" }),
    "$ACTION_1:1": JSON.stringify([{ status: "idle" }]),
    ...fields,
  };
}

async function openFirstThread(page: Page): Promise<string> {
  await page.goto("/community?category=evidence-criteria&sort=top");
  const link = page.locator("main article a[href^='/community/']").first();
  const href = await link.getAttribute("href");
  expect(href).toBeTruthy();
  return new URL(href!, baseURL).pathname;
}

/** Every element or attribute in the page that could run script. */
function dangerousInPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const tag = el.tagName.toUpperCase();
      if (["IFRAME", "OBJECT", "EMBED", "BASE"].includes(tag)) found.push(tag);
      // Next's own scripts carry the request's nonce; any other script was injected.
      if (tag === "SCRIPT" && !(el as HTMLScriptElement).nonce) found.push("SCRIPT without nonce");
      // The page's own icons are decorative SVGs; an SVG from member text would not be.
      if (tag === "SVG" && el.getAttribute("aria-hidden") !== "true") found.push("SVG");
      if (tag === "IMG" && /evil|^x$/.test(el.getAttribute("src") ?? "")) found.push("IMG");
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${tag}@${attr.name}`);
        // React marks forms whose action is a function with this harmless placeholder.
        const reactPlaceholder =
          tag === "FORM" &&
          attr.name === "action" &&
          attr.value.startsWith("javascript:throw new Error('");
        if (/^\s*(javascript|data|vbscript):/i.test(attr.value) && !reactPlaceholder)
          found.push(`${tag}@${attr.name}=${attr.value.slice(0, 40)}`);
      }
    }
    return found;
  });
}

function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRuns(page: Page, dialogs: string[]) {
  // Give any injected handler (onerror, onload) its chance to fire.
  await page.waitForTimeout(300);
  expect(await dangerousInPage(page)).toEqual([]);
  expect(dialogs).toEqual([]);
}

test.describe("crafted server-action requests (docs/security.md #6, #8, #14)", () => {
  test("no session, a foreign, null or missing Origin, and extra fields: refused and nothing written", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await enterAs(page, actor);
    const own = page.context().request;
    const thread = await openFirstThread(page);
    const replyId = await actionIdFromChunks(own, thread, "replyAction");
    const hidden = await formFromMarkup(
      page,
      await (await own.get(thread)).text(),
      "idempotencyKey",
    );
    expect(Object.keys(hidden).sort()).toEqual(["idempotencyKey", "threadId"]);
    const text = marker("craftedreply");
    const fields = { ...hidden, body: `A crafted reply ${text} with enough words.` };
    const visitor = await anonymous("10.250.8.1");

    // No session, from our own origin or with no Origin at all: the action itself refuses.
    for (const origin of [baseURL, null]) {
      const response = await callAction(visitor, thread, replyId, fields, origin);
      expect(response.status()).toBe(200);
      expect(await response.text(), `Origin ${origin}`).toContain(SESSION_ENDED);
    }
    // The member's own session, but from another site, an opaque origin (sandboxed frame, data:
    // URL) or a look-alike host: Next refuses before the action runs.
    for (const origin of ["https://evil.example", "null", "http://localhost.evil.example"]) {
      const response = await callAction(own, thread, replyId, fields, origin);
      expect(response.status(), `Origin ${origin}`).toBe(500);
      expect(await response.text()).not.toContain("Your reply is posted.");
    }
    // The member's own session and origin, with a field the form does not have: refused by the
    // strict schema (docs/security.md #8).
    for (const extra of ["role", "userId", "verified", "status"]) {
      const response = await callAction(own, thread, replyId, { ...fields, [extra]: "x" }, baseURL);
      expect(await response.text(), extra).toContain(EXTRA_FIELDS);
    }
    // No Origin with the member's own cookie: Next lets it through (only a client that already
    // holds the cookie can send it; browsers send Origin on every cross-site POST and SameSite=Lax
    // keeps the cookie off them, see the next test). The extra field shows the action ran.
    const noOrigin = await callAction(own, thread, replyId, { ...fields, role: "admin" }, null);
    expect(await noOrigin.text()).toContain(EXTRA_FIELDS);

    expect(await (await visitor.get(thread)).text()).not.toContain(text);
    expect(await (await own.get(thread)).text()).not.toContain(text);

    // The same request, signed in and from our origin, posts: the refusals above were real.
    const control = await callAction(own, thread, replyId, fields, baseURL);
    expect(await control.text()).toContain("Your reply is posted.");
    expect(await (await visitor.get(thread)).text()).toContain(text);
    await visitor.dispose();
  });

  test("another member's session cannot delete a member's reply", async ({ page, browser }) => {
    test.setTimeout(90_000);
    await enterAs(page, replyAuthor);
    const thread = await openFirstThread(page);
    await page.goto(thread);
    const text = marker("keepme");
    await page.getByLabel("Your reply").fill(`This reply must survive ${text}.`);
    await page.getByRole("button", { name: "Post reply" }).click();
    await expect(page.getByRole("list", { name: "Replies" })).toContainText(text);
    // The reply's id, from the markup (its vote form carries it), and the delete action's id.
    const html = await (await page.context().request.get(thread)).text();
    const postId = await page.evaluate(
      ([markup, needle]) => {
        const doc = new DOMParser().parseFromString(markup, "text/html");
        const item = [...doc.querySelectorAll("[id^=post-]")].find((el) =>
          el.textContent?.includes(needle),
        );
        return item?.id.replace(/^post-/, "") ?? null;
      },
      [html, text] as const,
    );
    expect(postId).toMatch(/^[0-9a-f-]{36}$/);

    const intruderPage = await person(browser, "10.250.8.102", intruder);
    const request = intruderPage.context().request;
    const deleteId = await actionIdFromChunks(request, thread, "deletePostAction");
    const editId = await actionIdFromChunks(request, thread, "editPostAction");
    for (const origin of [baseURL, null]) {
      const del = await callAction(request, thread, deleteId, { postId: postId! }, origin);
      expect(await del.text()).toContain("You can only delete your own posts.");
    }
    const edit = await callAction(
      request,
      thread,
      editId,
      { postId: postId!, version: "1", body: `Edited by someone else ${marker("x")}` },
      baseURL,
    );
    expect(await edit.text()).toMatch(/only edit your own|your own posts/);
    const visitor = await anonymous("10.250.8.2");
    const del = await callAction(visitor, thread, deleteId, { postId: postId! }, baseURL);
    expect(await del.text()).toContain(SESSION_ENDED);
    const after = await (await visitor.get(thread)).text();
    expect(after).toContain(`This reply must survive ${text}.`);
    expect(after).not.toContain("Edited by someone else");
    await visitor.dispose();
    await intruderPage.context().close();
  });

  test("a cross-site form in a real browser posts nothing: no cookie (SameSite=Lax), foreign Origin", async ({
    page,
  }) => {
    await enterAs(page, csrfVictim);
    const request = page.context().request;
    const thread = await openFirstThread(page);
    const replyId = await actionIdFromChunks(request, thread, "replyAction");
    const hidden = await formFromMarkup(
      page,
      await (await request.get(thread)).text(),
      "idempotencyKey",
    );
    const forged = (text: string) =>
      progressiveFields(replyId, { ...hidden, body: `Posted by a forged form ${text} today.` });
    const formPage = (fields: Record<string, string>) => {
      const inputs = Object.entries(fields)
        .map(
          ([k, v]) =>
            `<input type="hidden" name="${k.replace(/"/g, "&quot;")}" value="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}">`,
        )
        .join("");
      return `<!doctype html><form id="f" method="post" enctype="multipart/form-data" action="${baseURL}${thread}">${inputs}</form><script>document.getElementById("f").submit()</script>`;
    };

    // A page on another site that submits the reply form to Landed as soon as it loads.
    const text = marker("csrf");
    await page.route("http://evil.test/**", (route) =>
      route.fulfill({ contentType: "text/html", body: formPage(forged(text)) }),
    );
    const landed = page.waitForResponse(
      (r) => r.url() === `${baseURL}${thread}` && r.request().method() === "POST",
    );
    await page.goto("http://evil.test/win-a-green-card");
    const response = await landed;
    const sent = await response.request().allHeaders();
    expect(sent["cookie"] ?? "").not.toContain("session-token");
    expect(sent["origin"]).toBe("http://evil.test");
    expect(response.status()).toBe(500);
    expect(await (await request.get(thread)).text()).not.toContain(text);

    // The same forged form served from Landed's own origin does post: the form was valid, and
    // only its coming from another site stopped it.
    const control = marker("samesite");
    await page.route(`${baseURL}/forged-form-control`, (route) =>
      route.fulfill({ contentType: "text/html", body: formPage(forged(control)) }),
    );
    const posted = page.waitForResponse(
      (r) => r.url() === `${baseURL}${thread}` && r.request().method() === "POST",
    );
    await page.goto(`${baseURL}/forged-form-control`);
    expect((await posted).status()).toBe(200);
    await expect.poll(async () => (await request.get(thread)).text()).toContain(control);
  });

  test("mutating route handlers refuse a missing, null or foreign Origin", async ({ page }) => {
    await enterAs(page, actor);
    const request = page.context().request;
    for (const path of ["/api/auth/signout", "/api/auth/callback/credentials"]) {
      for (const origin of [null, "null", "https://evil.example"]) {
        const response = await request.post(path, {
          headers: origin ? { origin } : {},
          form: { email: actor.email, password: "landed-demo-2026" },
          maxRedirects: 0,
        });
        expect(response.status(), `${path} with Origin ${origin}`).toBe(403);
      }
    }
    // The refused sign-out did not end the session.
    const feed = await request.get("/feed", { maxRedirects: 0 });
    expect(feed.status()).toBe(200);
    // The evidence route reads only: anything else is not allowed.
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const response = await request.fetch(`/api/evidence/${crypto.randomUUID()}`, {
        method,
        headers: { origin: baseURL },
      });
      expect(response.status(), method).toBe(405);
    }
  });
});

test.describe("every server action over HTTP (docs/security.md #8, #11)", () => {
  /** Every action of the build, from Next's own manifest, with a page it can be posted to. */
  function everyAction(threadPath: string): Array<{ name: string; id: string; page: string }> {
    const manifest = JSON.parse(
      fs.readFileSync(
        fileURLToPath(
          new URL("../../.next/server/server-reference-manifest.json", import.meta.url),
        ),
        "utf8",
      ),
    ) as { node: Record<string, { exportedName: string; workers: Record<string, unknown> }> };
    return Object.entries(manifest.node).map(([id, entry]) => {
      const worker = Object.keys(entry.workers).sort((x, y) => x.length - y.length)[0]!;
      const page =
        worker
          .replace(/^app/, "")
          .replace(/\/page$/, "")
          .replace(/\/\([^)]*\)/g, "")
          .replace("/community/[id]/[slug]", threadPath)
          .replace("/mentorships/[id]", `/mentorships/${stableUuid("request#wei-lin")}`)
          .replace(/\[id\]/g, crypto.randomUUID()) || "/";
      return { name: entry.exportedName, id, page };
    });
  }

  test("each refuses a form with an unknown field, and a malformed call is never a 500", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await enterAs(page, await createPerson({ role: "admin" }));
    const request = page.context().request;
    const thread = await openFirstThread(page);
    const actions = everyAction(thread);
    expect(actions.length).toBeGreaterThanOrEqual(50);
    const failures: string[] = [];
    // A discriminated union picks its strict variant by `action`; onboarding reads `step` first.
    const needed: Record<string, Record<string, string>> = {
      moderateAction: { action: "hide" },
      saveOnboardingStepAction: { step: "1" },
    };
    for (const { name, id, page: path } of actions) {
      if (name === "signOutAction" || name === "oauthSignInAction") continue; // take no form
      const extra = await callAction(
        request,
        path,
        id,
        { ...needed[name], isAdmin: "true", role: "admin" },
        baseURL,
      );
      const text = await extra.text();
      if (extra.status() >= 500 || !text.includes(EXTRA_FIELDS))
        failures.push(`${name} on ${path}: ${extra.status()} ${text.slice(0, 160)}`);
      // Arguments that are not a form at all (a hand-made request): refused, not a crash. Two
      // actions take an empty form, so such a call does what they do: skipped, as signing the
      // admin out everywhere would end the sessions of tests running beside this one.
      if (name === "signOutEverywhereAction" || name === "markAllReadAction") continue;
      const { body, contentType } = multipart([["0", '["not a state","not a form"]']]);
      const malformed = await request.post(path, {
        headers: {
          "next-action": id,
          accept: "text/x-component",
          "content-type": contentType,
          origin: baseURL,
        },
        data: body,
        maxRedirects: 0,
      });
      if (malformed.status() >= 500)
        failures.push(`${name} on ${path} (not a form): ${malformed.status()}`);
    }
    expect(failures).toEqual([]);
  });
});

test.describe("account enumeration (docs/security.md #2)", () => {
  test("sign-in, sign-up, password reset and resend answer a known and an unknown email alike", async () => {
    const request = await anonymous("10.250.8.8");
    const known = actor.email;
    const unknown = `nobody-${Date.now()}@example.test`;
    const cases: Array<[string, string, (email: string) => Record<string, string>]> = [
      ["/sign-in", "signInAction", (email) => ({ email, password: "not-the-password-9" })],
      [
        "/sign-up",
        "signUpAction",
        (email) => ({
          displayName: "Someone",
          email,
          password: "harbour-lantern-47-x",
          acceptPolicies: CURRENT_POLICY_VERSION,
        }),
      ],
      ["/forgot-password", "requestPasswordResetAction", (email) => ({ email })],
      ["/sign-in", "resendVerificationAction", (email) => ({ email })],
    ];
    for (const [path, action, fields] of cases) {
      const id = await actionIdFromChunks(request, path, action);
      // Each from its own address, so the per-IP limits answer neither differently.
      const answers = [];
      for (const [i, email] of [known, unknown].entries()) {
        const from = await anonymous(`10.250.9.${cases.findIndex((c) => c[1] === action) * 2 + i}`);
        const response = await callAction(from, path, id, fields(email), baseURL);
        const body = (await response.text())
          .replaceAll(email, "<email>")
          .replace(/"b":"[^"]+"/, "");
        answers.push({ status: response.status(), body });
        await from.dispose();
      }
      expect(answers[0]!.body, action).toMatch(/"status":"(error|success)"/);
      expect(answers[1], action).toEqual(answers[0]);
    }
    await request.dispose();
  });
});

test.describe("session cookie (docs/security.md #5)", () => {
  async function signInBy(proto: "http" | "https") {
    const request = await anonymous(proto === "http" ? "10.250.8.3" : "10.250.8.4");
    const page = await request.get("/sign-in");
    const html = await page.text();
    const fieldsFrom = (markup: string) => {
      const fields: Record<string, string> = {};
      for (const [, name, value] of markup.matchAll(
        /<input[^>]*name="(\$ACTION[^"]*)"(?:[^>]*value="([^"]*)")?/g,
      ))
        fields[name!] = (value ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
      return fields;
    };
    // The sign-in form's own fields: the page has other forms (a provider's button) after it.
    const signInForm = html.split("<form").find((f) => f.includes('name="email"')) ?? html;
    const response = await request.post("/sign-in", {
      multipart: { ...fieldsFrom(signInForm), email: actor.email, password: "landed-demo-2026" },
      headers: {
        origin: `${proto}://localhost:${new URL(baseURL).port}`,
        "x-forwarded-proto": proto,
      },
      maxRedirects: 0,
    });
    const cookies = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    await request.dispose();
    return { status: response.status(), cookies };
  }

  function attributes(cookie: string) {
    const [pair, ...attrs] = cookie.split(";").map((s) => s.trim());
    const map = new Map(
      attrs.map((a) => {
        const [k, ...v] = a.split("=");
        return [k!.toLowerCase(), v.join("=")] as const;
      }),
    );
    return { name: pair!.split("=")[0]!, map };
  }

  test("HttpOnly and SameSite=Lax, with a 7-day idle lifetime, over plain http", async () => {
    const { status, cookies } = await signInBy("http");
    expect(status).toBe(303);
    const session = cookies.map(attributes).find((c) => c.name === "authjs.session-token");
    expect(session, cookies.join("\n")).toBeTruthy();
    expect(session!.map.has("httponly")).toBe(true);
    expect(session!.map.get("samesite")?.toLowerCase()).toBe("lax");
    expect(session!.map.get("path")).toBe("/");
    const expires = Date.parse(session!.map.get("expires") ?? "");
    const days = (expires - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7.01);
  });

  test("behind TLS (X-Forwarded-Proto: https): Secure, with the __Secure- prefix", async () => {
    const { status, cookies } = await signInBy("https");
    expect(status).toBe(303);
    expect(cookies.some((c) => c.startsWith("authjs.session-token="))).toBe(false);
    const session = cookies.map(attributes).find((c) => c.name === "__Secure-authjs.session-token");
    expect(session, cookies.join("\n")).toBeTruthy();
    expect(session!.map.has("secure")).toBe(true);
    expect(session!.map.has("httponly")).toBe(true);
    expect(session!.map.get("samesite")?.toLowerCase()).toBe("lax");
    // Every cookie Auth.js sets behind TLS is Secure.
    for (const cookie of cookies) expect(attributes(cookie).map.has("secure"), cookie).toBe(true);
  });
});

test.describe("security headers (docs/security.md #13)", () => {
  test("pages that check forms in the browser break no CSP rule (zod compiles nothing)", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { __cspViolations: seen });
      document.addEventListener("securitypolicyviolation", (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    await enterAs(page, cspReader);
    // A mentor's page (the request form) and the ask form, which runs its check on an empty submit.
    await page.goto("/mentors/arjun");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations()).toEqual([]);
    await page.goto("/community/new");
    await page.getByRole("button", { name: "Post to the community" }).click();
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    expect(await violations()).toEqual([]);
  });

  function expectSecurityHeaders(response: APIResponse, what: string) {
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, `${what}: CSP`).toContain("object-src 'none'");
    expect(csp, what).toContain("base-uri 'none'");
    expect(csp, what).toContain("frame-ancestors 'none'");
    expect(csp, what).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(csp, what).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], what).toBe("DENY");
    // Sent always (browsers ignore it over plain http), so it is there behind TLS.
    expect(headers["strict-transport-security"], what).toMatch(/max-age=\d{8,}; includeSubDomains/);
    expect(headers["x-powered-by"], what).toBeUndefined();
  }

  test("every kind of HTML page: public, member, staff, not found and an error", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const visitor = await anonymous("10.250.8.5");
    const publicPages = [
      "/",
      "/sign-in",
      "/sign-up",
      "/forgot-password",
      "/reset-password?token=nope",
      "/verify-email?token=nope",
      "/appeal?token=nope",
      "/community",
      "/library",
      "/search?q=judging",
      "/mentors/arjun",
    ];
    const threadPath = await (async () => {
      const html = await (await visitor.get("/community?category=evidence-criteria")).text();
      return /href="(\/community\/[0-9a-f-]{36}\/[^"]+)"/.exec(html)![1]!;
    })();
    const libraryItem = await (async () => {
      const html = await (await visitor.get("/library")).text();
      return /href="(\/library\/[0-9a-f-]{36}\/[^"]+)"/.exec(html)![1]!;
    })();
    for (const path of [...publicPages, threadPath, libraryItem]) {
      const response = await visitor.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain("text/html");
      expectSecurityHeaders(response, path);
    }
    // A member page visited signed out redirects (no body, so no CSP), with the other headers.
    const redirect = await visitor.get("/feed", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers()["x-content-type-options"]).toBe("nosniff");
    expect(redirect.headers()["strict-transport-security"]).toContain("max-age=");

    // Not found, in the app's 404 page, and a refused (500) action request.
    for (const path of ["/no-such-page", `/library/${crypto.randomUUID()}`]) {
      const response = await visitor.get(path);
      expect(response.status(), path).toBe(404);
      expectSecurityHeaders(response, path);
    }
    const refused = await visitor.post("/sign-in", {
      multipart: { $ACTION_KEY: "k", email: "x" },
      headers: { origin: "https://evil.example" },
    });
    expect(refused.status()).toBe(500);
    expectSecurityHeaders(refused, "500");

    // Member and staff pages, signed in (admin sees all of them).
    await enterAs(page, await createPerson({ role: "admin" }));
    const request = page.context().request;
    for (const path of [
      "/feed",
      "/profile",
      "/settings",
      "/notifications",
      "/mentorships",
      "/mentors",
      "/mentors/directory",
      "/saved",
      "/moderation",
      "/community/new",
      "/write",
      "/onboarding",
      "/admin",
      "/admin/queue",
      "/admin/users",
      "/admin/audit",
      "/admin/verification",
      `/mentorships/${stableUuid("request#wei-lin")}`,
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([200, 404], path).toContain(response.status());
      expectSecurityHeaders(response, path);
    }
    // RSC payloads of client navigations carry nosniff too.
    const rsc = await request.get("/feed", { headers: { RSC: "1" } });
    expect(rsc.headers()["x-content-type-options"]).toBe("nosniff");
    await visitor.dispose();
  });
});

test.describe("hidden content stays hidden (docs/security.md #9)", () => {
  // What is checked is never in the URL asked for (pages echo their URL and a search its query):
  // a word only in the hidden text, and the hidden thing's id in lists and search results.
  async function report(browser: Browser, path: string, ipBase: number, name: RegExp | string) {
    for (const [i, reporter] of reporters.entries()) {
      const reporterPage = await person(browser, `10.250.8.${ipBase + i}`, reporter);
      await reporterPage.goto(path);
      await reporterPage.getByRole("button", { name }).click();
      const dialog = reporterPage.getByRole("dialog");
      await dialog.getByRole("radio").first().check();
      await dialog.getByRole("button", { name: "Send report" }).click();
      // The third report hides it: the reporter's page may then say it is not found.
      await expect(
        reporterPage
          .getByText("A moderator will look at it")
          .or(reporterPage.getByRole("heading", { name: /not find|not found/i })),
      ).toBeVisible();
      await reporterPage.context().close();
    }
  }

  async function bodies(request: APIRequestContext, path: string) {
    const html = await (await request.get(path)).text();
    const rsc = await (await request.get(path, { headers: { RSC: "1" } })).text();
    expect(rsc.length, `${path} RSC payload`).toBeGreaterThan(100);
    return [html, rsc];
  }

  test("a thread hidden by reports leaves the page, lists, search and feed, in HTML and RSC", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const titleWord = marker("zqtitle");
    const bodyWord = marker("zqbody");
    await enterAs(page, threadAuthor);
    await page.goto("/community/new");
    await page.getByLabel("Title").fill(`Hidden thread check ${titleWord}`);
    await page
      .getByLabel("Details")
      .fill(`A question that three members will report, with ${bodyWord} in it.`);
    await page.getByLabel("Category").selectOption({ label: "Evidence & criteria" });
    await page.getByRole("checkbox", { name: "EB-1A" }).check();
    await page.getByRole("button", { name: "Post to the community" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(titleWord);
    const threadPath = new URL(page.url()).pathname;
    const threadId = threadPath.split("/")[2]!;

    const visitor = await anonymous("10.250.8.6");
    const other = await person(browser, "10.250.8.106", bystander);
    const readers = [
      ["visitor", visitor],
      ["another member", other.context().request],
    ] as const;
    const lists = [
      "/community?category=evidence-criteria&sort=newest",
      "/community?sort=newest",
      `/search?q=${titleWord}`,
      `/search?q=${bodyWord}`,
    ];
    // Before: everyone reads it, and finds it in the lists and search.
    for (const [who, request] of readers) {
      for (const body of await bodies(request, threadPath)) expect(body, who).toContain(bodyWord);
      for (const path of lists)
        expect((await bodies(request, path))[0], `${who} ${path}`).toContain(threadId);
    }

    await report(browser, threadPath, 110, "Report the question");

    for (const [who, request] of readers) {
      for (const body of await bodies(request, threadPath))
        expect(body, `${who} thread`).not.toContain(bodyWord);
      for (const path of [...lists, ...(who === "visitor" ? ["/"] : ["/feed"])]) {
        for (const body of await bodies(request, path)) {
          expect(body, `${who} ${path}`).not.toContain(threadId);
          // (A search for the word echoes it in the box: there only the id tells.)
          if (!path.includes(bodyWord)) expect(body, `${who} ${path}`).not.toContain(bodyWord);
        }
      }
    }
    // Its author still sees it, with the notice; moderators see it in the queue.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(titleWord);
    const moderator = await person(
      browser,
      "10.250.8.120",
      await createPerson({ role: "moderator" }),
    );
    const queue = await (await moderator.context().request.get("/admin/queue")).text();
    expect(queue).toMatch(new RegExp(`${titleWord}|${bodyWord}`));
    await moderator.context().close();
    await other.context().close();
    await visitor.dispose();
  });

  test("a guide hidden by reports leaves the library, its page, search and the feed", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const titleWord = marker("zqguide");
    const bodyWord = marker("zqtext");
    await enterAs(page, guideMentor);
    await page.goto("/write/new");
    await page.getByRole("radio", { name: "Guide" }).check();
    await page.getByLabel("Title").fill(`Hidden guide check ${titleWord}`);
    await page.getByLabel("Summary").fill(`A guide that three members will report ${bodyWord}.`);
    await page.getByLabel("Text").fill(`The body of a guide that will be hidden: ${bodyWord}.`);
    await page
      .getByRole("group", { name: "Pathways" })
      .getByRole("checkbox", { name: "EB-1A" })
      .check();
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(titleWord);
    const itemPath = new URL(page.url()).pathname;
    const itemId = itemPath.split("/")[2]!;

    const visitor = await anonymous("10.250.8.7");
    const lists = ["/library?kind=guide", `/search?q=${titleWord}`, `/search?q=${bodyWord}`];
    for (const body of await bodies(visitor, itemPath)) expect(body).toContain(bodyWord);
    for (const path of lists) expect((await bodies(visitor, path))[0], path).toContain(itemId);

    await report(browser, itemPath, 130, /^Report/);

    const other = await person(browser, "10.250.8.136", bystander);
    for (const [who, request] of [
      ["visitor", visitor],
      ["another member", other.context().request],
    ] as const) {
      for (const body of await bodies(request, itemPath))
        expect(body, `${who} guide`).not.toContain(bodyWord);
      for (const path of [...lists, "/library", who === "visitor" ? "/" : "/feed"]) {
        for (const body of await bodies(request, path)) {
          expect(body, `${who} ${path}`).not.toContain(itemId);
          // (A search for the word echoes it in the box: there only the id tells.)
          if (!path.includes(bodyWord)) expect(body, `${who} ${path}`).not.toContain(bodyWord);
        }
      }
    }
    await other.context().close();
    await visitor.dispose();
  });
});

test.describe("the XSS corpus wherever member text is shown (docs/security.md #10)", () => {
  test("a display name, a thread title, its notification and search highlights run nothing", async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    // A member whose name is an XSS payload posts a reply in a thread its author follows.
    const name = `${plainTextXssCorpus[0]} ${plainTextXssCorpus[2]}`.slice(0, 80);
    const email = uniqueEmail("xss-name");
    const password = "harbour-lantern-47-xss";
    await signUpAndConfirm(page, name, email, password);
    await signIn(page, email, password);
    const dialogs = collectDialogs(page);

    const word = marker("zqxss");
    const title = `${plainTextXssCorpus[1]} ${word} ${plainTextXssCorpus[3]}`;
    await page.goto("/community/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Details").fill(`${markdownXssBody()}\n\nsearchable ${word}`);
    await page.getByLabel("Category").selectOption({ label: "Evidence & criteria" });
    await page.getByRole("checkbox", { name: "EB-1A" }).check();
    await page.getByRole("button", { name: "Post to the community" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(word);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>");
    const threadPath = new URL(page.url()).pathname;
    await expectNothingRuns(page, dialogs);

    // Another member replies: the XSS-named author is told, with the title, in notifications.
    const other = await person(browser, "10.250.8.140", bystander);
    const otherDialogs = collectDialogs(other);
    await other.goto(threadPath);
    await expect(other.getByText(name.slice(0, 20)).first()).toBeVisible();
    await expectNothingRuns(other, otherDialogs);
    await other.getByLabel("Your reply").fill(`A reply for the notification ${word}.`);
    await other.getByRole("button", { name: "Post reply" }).click();
    await expect(other.getByRole("list", { name: "Replies" })).toContainText(word);

    await page.goto("/notifications");
    await expect(page.getByText(word).first()).toBeVisible();
    await expectNothingRuns(page, dialogs);

    // Search results highlight the matched words inside the payload.
    for (const query of [word, "script alert"]) {
      await other.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNothingRuns(other, otherDialogs);
    }
    await other.goto(`/search?q=${word}`);
    await expect(other.getByText(word).first()).toBeVisible();
    await expectNothingRuns(other, otherDialogs);
    // The community list shows the title and the author's name.
    await other.goto("/community?category=evidence-criteria&sort=newest");
    await expect(other.getByText(word).first()).toBeVisible();
    await expectNothingRuns(other, otherDialogs);
    await other.context().close();
  });

  test("a mentor's bio and a guide's text show as text on their pages, library and feed", async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    const dialogs = collectDialogs(page);
    await enterAs(page, bioMentor);
    await page.goto("/profile/mentor");
    const bio = `${plainTextXssCorpus.join(" ")} ${marker("bio")}`;
    await page.getByLabel("Bio").fill(bio);
    await page.getByRole("button", { name: "Save mentor profile" }).click();
    await expect(page.getByText(/saved/i).first()).toBeVisible();

    const word = marker("zqguidexss");
    const title = `Guide with tricks ${word} <img src=x onerror=alert(2)>`;
    await page.goto("/write/new");
    await page.getByRole("radio", { name: "Guide" }).check();
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Summary").fill(`${plainTextXssCorpus[0]} summary ${word}`);
    await page.getByLabel("Text").fill(markdownXssBody());
    await page.getByRole("button", { name: "Preview" }).click();
    await expectNothingRuns(page, dialogs);
    await page
      .getByRole("group", { name: "Pathways" })
      .getByRole("checkbox", { name: "EB-1A" })
      .check();
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(word);
    const itemPath = new URL(page.url()).pathname;
    await expectNothingRuns(page, dialogs);

    // A visitor reads the mentor's page and the guide; a member sees them in lists and search.
    const visitorContext = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": "10.250.8.150" },
    });
    const visitor = await visitorContext.newPage();
    const visitorDialogs = collectDialogs(visitor);
    for (const path of [`/mentors/${bioMentor.handle}`, itemPath, "/library?kind=guide"]) {
      await visitor.goto(path);
      await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNothingRuns(visitor, visitorDialogs);
    }
    await enterAs(visitor, bystander);
    for (const path of [
      `/mentors/${bioMentor.handle}`,
      `/search?q=${word}`,
      "/mentors/directory",
      "/feed",
    ]) {
      await visitor.goto(path);
      await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNothingRuns(visitor, visitorDialogs);
    }
    await visitorContext.close();
  });

  test("a mentorship message runs nothing for the other member", async ({ page, browser }) => {
    const space = `/mentorships/${stableUuid("request#wei-lin")}`;
    await enterAs(page, await demoPerson("wei@example.com"));
    await page.goto(space);
    const word = marker("zqmsg");
    await page.getByLabel("Write a message").fill(`${markdownXssBody()}\n\n${word}`);
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByText(word)).toBeVisible();

    const lin = await person(browser, "10.250.8.160", await demoPerson("lin@example.com"));
    const dialogs = collectDialogs(lin);
    await lin.goto(space);
    await expect(lin.getByText(word)).toBeVisible();
    await expect(lin.getByText("<script>alert(1)</script>").first()).toBeVisible();
    await expectNothingRuns(lin, dialogs);
    await lin.goto("/notifications");
    await expectNothingRuns(lin, dialogs);
    await lin.context().close();
  });
});

test.describe("issue 17: sign-out, headers on every response, NUL bytes, the queue's notice", () => {
  test("next-auth's own POST /api/auth/signout revokes the session, so a copied cookie dies too (docs/security.md #4)", async ({
    browser,
  }) => {
    const page = await person(browser, "10.250.17.1", await createPerson());
    const copy = await browser.newContext({
      storageState: await page.context().storageState(),
      extraHTTPHeaders: { "x-forwarded-for": "10.250.17.2" },
    });
    const request = page.context().request;
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const out = await request.post("/api/auth/signout", {
      form: { csrfToken },
      headers: { origin: baseURL },
      maxRedirects: 0,
    });
    expect([200, 302]).toContain(out.status());
    const copied = await copy.newPage();
    await copied.goto("/feed");
    await expect(copied).toHaveURL(/\/sign-in/);
    await copy.close();
    await page.context().close();
  });

  test("redirects, API answers, prefetches, icons and missing build files carry a CSP (docs/security.md #13)", async () => {
    const visitor = await anonymous("10.250.17.3");
    const strict = (response: APIResponse, what: string) => {
      const csp = response.headers()["content-security-policy"] ?? "";
      expect(csp, what).toContain("default-src 'none'");
      expect(csp, what).toContain("frame-ancestors 'none'");
      expect(response.headers()["x-content-type-options"], what).toBe("nosniff");
    };
    const redirect = await visitor.get("/feed", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    strict(redirect, "redirect to sign-in");
    strict(await visitor.get("/api/auth/session"), "/api/auth/session");
    const missing = await visitor.get("/_next/static/chunks/no-such-file.js");
    expect(missing.status()).toBe(404);
    strict(missing, "a missing build file");
    strict(await visitor.get("/icons.svg"), "/icons.svg");
    // A router prefetch skips the proxy (its payload is cached, so it carries no nonce) and gets
    // the strict policy; a page view gets the nonce policy with form-action.
    strict(
      await visitor.get("/community", { headers: { RSC: "1", "next-router-prefetch": "1" } }),
      "a router prefetch",
    );
    const csp = (await visitor.get("/community")).headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("form-action 'self'");
    await visitor.dispose();
  });

  test("a NUL byte in an address is dropped before any page reads it, never a 500 (docs/security.md #11)", async ({
    page,
  }) => {
    const visitor = await anonymous("10.250.17.4");
    const redirected = await visitor.get("/community?q=ab%00", { maxRedirects: 0 });
    expect(redirected.status()).toBe(308);
    expect(redirected.headers()["location"]).toMatch(/\/community\?q=ab$/);
    expect((await visitor.get("/community?q=ab%00")).status()).toBe(200);
    expect((await visitor.get("/mentors/no-such%00-handle")).status()).toBe(404);
    await visitor.dispose();
    await enterAs(page, await createPerson());
    const response = await page.goto("/mentors/directory?q=ab%00");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/mentors\/directory\?q=ab$/);
  });

  test("the review queue's notice shows only its own words (docs/security.md #10)", async ({
    page,
  }) => {
    await enterAs(page, await createPerson({ role: "moderator" }));
    await page.goto(
      `/admin/queue?done=${encodeURIComponent("Call +1 555 0100 to unlock your account")}`,
    );
    await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
    await expect(page.getByText("555 0100")).toHaveCount(0);
    await page.goto("/admin/queue?done=decided");
    await expect(page.getByRole("status", { name: "Done" })).toContainText("Decided.");
  });

  test("a server action takes no body over 256 kB; only the evidence route takes a file (docs/security.md #30)", async ({
    page,
  }) => {
    await enterAs(page, await createPerson());
    const own = page.context().request;
    const thread = await openFirstThread(page);
    const replyId = await actionIdFromChunks(own, thread, "replyAction");
    const hidden = await formFromMarkup(
      page,
      await (await own.get(thread)).text(),
      "idempotencyKey",
    );
    const text = marker("oversized");
    const response = await callAction(
      own,
      thread,
      replyId,
      { ...hidden, body: `${text} ${"x".repeat(300_000)}` },
      baseURL,
    );
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(await (await own.get(thread)).text()).not.toContain(text);
    // The evidence route reads Content-Length first: an 11 MB upload is refused unread.
    const upload = await own.post("/api/evidence", {
      headers: { origin: baseURL, accept: "application/json" },
      multipart: {
        caseRecordId: crypto.randomUUID(),
        file: {
          name: "big.pdf",
          mimeType: "application/pdf",
          buffer: Buffer.alloc(11 * 1024 * 1024),
        },
      },
    });
    expect(upload.status()).toBe(413);
    expect(((await upload.json()) as { message: string }).message).toContain("too large");
  });
});
