// The community journeys of issue 5, with several people in several browsers: an applicant asks,
// a verified mentor answers, the asker accepts, and a member who followed the thread is told;
// a post full of XSS tricks shows as text; an anonymous question never names its author to
// anyone else, not in the HTML and not in the RSC payload.
import type { Browser, Page } from "@playwright/test";
import { createPerson, enterAs, expect, expectNoAxeViolations, test } from "./fixtures";

// Each journey makes its own people (applicants, and a mentor with a verified approved case), so
// it starts from a clean slate.
const applicant = { applicant: true } as const;

async function secondPerson(browser: Browser, ip: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

function unique(text: string) {
  return `${text} ${Date.now().toString(36)}`;
}

async function ask(
  page: Page,
  {
    title,
    body,
    category,
    anonymous = false,
  }: {
    title: string;
    body: string;
    category: string;
    anonymous?: boolean;
  },
) {
  await page.goto("/community/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Details").fill(body);
  await page.getByLabel("Category").selectOption({ label: category });
  await page.getByRole("checkbox", { name: "EB-1A" }).check();
  if (anonymous) await page.getByLabel("Post anonymously").check();
  await page.getByRole("button", { name: "Post to the community" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url();
}

/** The bell counts something unread, and the notifications page lists the notice. */
async function expectNotice(page: Page, text: RegExp) {
  await page.reload();
  await expect(
    page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: /Notifications, \d+ unread/ }),
  ).toBeVisible();
  await page.goto("/notifications");
  await expect(page.getByText(text)).toBeVisible();
}

test.describe("community", () => {
  test("ask, a verified mentor answers, the asker accepts, a follower is told", async ({
    page,
    browser,
    login,
  }) => {
    test.setTimeout(120_000);
    const title = unique("Does reviewing for a workshop count as judging");
    const mentor = await createPerson({ mentor: { verified: true } });

    // The applicant asks a question.
    const asker = await login(applicant);
    const threadUrl = await ask(page, {
      title,
      body: "I reviewed **12 papers** for a NeurIPS workshop. Is that enough for the judging criterion?",
      category: "Evidence & criteria",
    });
    await expect(page.getByText("12 papers", { exact: true })).toBeVisible();
    await expect(page.getByText("No answers yet.")).toBeVisible();
    await expectNoAxeViolations(page);

    // Another member follows the thread.
    const followerPage = await secondPerson(browser, "10.250.2.153");
    await enterAs(followerPage, await createPerson(applicant));
    await followerPage.goto(threadUrl);
    await followerPage.getByRole("button", { name: "Follow thread" }).click();
    await expect(followerPage.getByRole("button", { name: "Following" })).toBeVisible();

    // A verified mentor answers; the reply carries the badge.
    const mentorPage = await secondPerson(browser, "10.250.2.30");
    await enterAs(mentorPage, mentor);
    await mentorPage.goto(threadUrl);
    await mentorPage
      .getByLabel("Your reply")
      .fill("Yes, if you can show the invitation and the review records. Mine counted with 9.");
    await mentorPage.getByRole("button", { name: "Post reply" }).click();
    const replies = mentorPage.getByRole("list", { name: "Replies" });
    await expect(replies).toContainText("Mine counted with 9.");
    await expect(replies).toContainText("Verified mentor");

    // The asker (who follows by asking) and the follower are both told.
    await expectNotice(page, new RegExp(`${mentor.displayName} replied in “${title}”`));
    await expectNotice(followerPage, new RegExp(`${mentor.displayName} replied in “${title}”`));

    // The asker accepts the answer: it moves above the other replies.
    await page.goto(threadUrl);
    await page.getByRole("button", { name: `Accept ${mentor.displayName}'s answer` }).click();
    const accepted = page.getByRole("region", { name: "Accepted answer" });
    await expect(accepted).toContainText("Mine counted with 9.");
    await expect(page.getByRole("heading", { name: "Other replies" })).toBeVisible();
    await expect(page.getByText("No other replies yet.")).toBeVisible();

    // The mentor learns the answer was accepted.
    await mentorPage.reload();
    await expectNotice(
      mentorPage,
      new RegExp(`${asker.displayName} accepted your answer in “${title}”`),
    );

    // The list shows the thread as answered by a verified mentor.
    await page.goto("/community?category=evidence-criteria&sort=latest");
    const row = page.getByRole("article", { name: title });
    await expect(row).toContainText("1 reply");
    await expect(row).toContainText("Answered");
    await expect(row).toContainText("Verified mentor replied");
  });

  test("an author deletes a question through the confirm dialog, which loads on demand", async ({
    page,
    login,
  }) => {
    await login(applicant);
    const body = "My talk was written up by the organisers. Is that published material about me?";
    const title = unique("Does a conference talk count as a published article?");
    await ask(page, {
      title,
      body,
      category: "Evidence & criteria",
    });
    await expect(page.getByText(body)).toBeVisible();

    const deleteButton = page.getByRole("button", { name: "Delete", exact: true });
    const dialog = page.getByRole("dialog", { name: "Delete your question?" });
    await deleteButton.click();
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await expect(dialog).toBeHidden();
    await expect(deleteButton).toBeFocused();
    await expect(page.getByText(body)).toBeVisible();

    // A question without replies takes its thread with it: the author is sent to the list.
    await deleteButton.click();
    await dialog.getByRole("button", { name: "Delete question" }).click();
    await expect(page).toHaveURL(/\/community\?deleted=question$/);
    await expect(page.getByRole("status", { name: "Question deleted" })).toBeVisible();
    await expect(page.getByText(title)).toBeHidden();
  });

  test("a post full of XSS tricks shows as text and runs nothing", async ({ page, login }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const title = unique("Formatting test <script>alert(1)</script>");
    const body = [
      "<script>alert('script')</script>",
      "<img src=x onerror=\"alert('img')\">",
      '<svg onload="alert(\'svg\')"><circle r="5"/></svg>',
      "[mixed case](JaVaScRiPt:alert('link'))",
      "[entity](&#106;avascript:alert('entity'))",
      "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "![image](javascript:alert('image'))",
      "[a real link](https://www.uscis.gov/)",
    ].join("\n\n");

    await login(applicant);
    await ask(page, { title, body, category: "Off-topic (members only)" });

    const question = page.locator("article [id^=post-]").first();
    await expect(question).toContainText("<script>alert('script')</script>");
    await expect(question.getByRole("link", { name: "a real link" })).toHaveAttribute(
      "rel",
      "nofollow ugc noopener",
    );
    // Links with a dangerous scheme render as plain text.
    for (const name of ["mixed case", "entity", "data"]) {
      await expect(question.getByText(name, { exact: true })).toBeVisible();
      await expect(question.getByRole("link", { name })).toHaveCount(0);
    }
    // Nothing dangerous reached the DOM: no script, no handler, no javascript: or data: URL.
    const dangerous = await question.evaluate((root) => {
      const found: string[] = [];
      for (const el of root.querySelectorAll("*")) {
        const tag = el.tagName.toUpperCase();
        // The only SVGs allowed are the page's own decorative icons.
        if (tag === "SVG" && el.getAttribute("aria-hidden") !== "true") found.push(tag);
        if (["SCRIPT", "IFRAME", "OBJECT", "EMBED", "IMG"].includes(tag)) found.push(tag);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) found.push(`${el.tagName}@${attr.name}`);
          if (/^\s*(javascript|data|vbscript):/i.test(attr.value))
            found.push(`${el.tagName}@${attr.name}`);
        }
      }
      return found;
    });
    expect(dangerous).toEqual([]);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test("an anonymous question never names its author to others, in HTML or RSC payload", async ({
    page,
    browser,
    login,
  }) => {
    const title = unique("Anonymous: my employer does not know I am filing");
    const anonymousAsker = await login(applicant);
    const threadUrl = await ask(page, {
      title,
      body: "How do I keep a self-petition private from my current employer?",
      category: "Filing & RFEs",
      anonymous: true,
    });
    // The author sees it is theirs and how others see it.
    await expect(page.getByText("others see “anonymous member”")).toBeVisible();

    const path = new URL(threadUrl).pathname;
    const name = anonymousAsker.displayName;
    const handle = anonymousAsker.handle;

    // Another member: the page says "anonymous member", and neither the HTML (which carries the
    // inline RSC payload) nor the RSC payload of a client navigation contains the name or handle.
    const otherPage = await secondPerson(browser, "10.250.2.156");
    await enterAs(otherPage, await createPerson(applicant));
    await otherPage.goto(path);
    await expect(otherPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(otherPage.locator("article [id^=post-]").first()).toContainText(
      "anonymous member",
    );
    for (const request of [otherPage.request, (await browser.newContext()).request]) {
      const base = new URL(threadUrl).origin;
      const html = await (await request.get(base + path)).text();
      const rsc = await (await request.get(base + path, { headers: { RSC: "1" } })).text();
      expect(html).toContain("anonymous member");
      expect(rsc.length).toBeGreaterThan(100);
      for (const body of [html, rsc]) {
        expect(body).not.toContain(name);
        expect(body).not.toContain(handle);
      }
    }
    // The list row says anonymous too.
    await otherPage.goto("/community?category=filing-rfes&sort=newest");
    const row = otherPage.getByRole("article", { name: title });
    await expect(row).toContainText("Asked by anonymous member");
    await expect(row).not.toContainText(name);
  });
});
