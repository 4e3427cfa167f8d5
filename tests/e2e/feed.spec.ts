// The content and feed journeys of issue 6: two demo applicants see different feeds; changing the
// stage changes the feed; a mentor publishes a guide and it reaches a matching applicant, who
// saves it; "not interested" takes an item away.
import type { Page } from "@playwright/test";
import { stableUuid } from "@/db/seed/profiles";
import { slugify } from "@/lib/community/text";
import {
  createPerson,
  demoPerson,
  enterAs,
  expect,
  expectNoAxeViolations,
  signOut,
  test,
} from "./fixtures";

function feed(page: Page) {
  return page.getByRole("list", { name: "Your feed" });
}

async function topTitles(page: Page, n = 6): Promise<string[]> {
  await expect(feed(page).getByRole("article").first()).toBeVisible();
  const titles = await feed(page).getByRole("article").getByRole("heading").allTextContents();
  return titles.slice(0, n);
}

test.describe("content and the feed", () => {
  test("Priya's and Diego's feeds differ, each item says why", async ({ page }) => {
    await enterAs(page, await demoPerson("priya@example.com"));
    const priya = await topTitles(page);
    await expect(
      feed(page)
        .getByText(/For EB-1A applicants weak on/)
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await signOut(page);

    await enterAs(page, await demoPerson("diego@example.com"));
    const diego = await topTitles(page);
    await expect(
      feed(page)
        .getByText(/For O-1A applicants|For EB-1A applicants/)
        .first(),
    ).toBeVisible();
    expect(diego).not.toEqual(priya);
    // At least half of the top items differ.
    expect(diego.filter((t) => priya.includes(t)).length).toBeLessThanOrEqual(3);
  });

  test("changing the stage changes the feed on the next load", async ({ page, login }) => {
    await login({
      applicant: { targetPathways: ["eb2_niw", "eb1a"], stage: "building_evidence" },
    });
    const before = await topTitles(page, 20);
    await expect(feed(page).getByText("For people answering an RFE")).toHaveCount(0);
    await page.goto("/onboarding?step=3");
    await page.getByRole("radio", { name: "Answering an RFE" }).check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\/profile/);
    await page.goto("/feed");
    const after = await topTitles(page, 20);
    expect(after).not.toEqual(before);
    // Some items are there because of the new stage (the chip, or under "Why this?", whose list
    // is drawn when it is opened).
    const summaries = feed(page).getByText("Why this?");
    for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
    await expect(feed(page).getByText("For people answering an RFE").first()).toBeVisible();
  });

  test("a mentor publishes a guide; a matching applicant finds it first and saves it", async ({
    page,
    browser,
    login,
  }) => {
    test.setTimeout(90_000);
    const title = `Judging for founders who filed: what I sent ${Date.now().toString(36)}`;
    await login({ mentor: true });
    await page.goto("/write/new");
    await page.getByRole("radio", { name: "Guide" }).check();
    await page.getByLabel("Title").fill(title);
    await page
      .getByLabel("Summary")
      .fill("Startup competition judging, accelerator panels and what made them count.");
    await page
      .getByLabel("Text")
      .fill(
        "## What counted\n\nI judged **two startup competitions** and one accelerator cohort. Keep the invitation, the rubric and the list of entrants.",
      );
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("two startup competitions", { exact: true })).toBeVisible();
    await page
      .getByRole("group", { name: "Pathways" })
      .getByRole("checkbox", { name: "EB-1A" })
      .check();
    await page.getByRole("checkbox", { name: "Judging", exact: true }).check();
    await page.getByRole("checkbox", { name: "Filed", exact: true }).check();
    await page.getByRole("checkbox", { name: "Business and entrepreneurship" }).check();
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(
      page.getByText("Verified outcome").or(page.getByText("Unverified")).first(),
    ).toBeVisible();

    const second = await (
      await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.250.3.159" } })
    ).newPage();
    // An EB-1A applicant who has filed, in business.
    await enterAs(
      second,
      await createPerson({
        applicant: { targetPathways: ["eb1a"], stage: "filed", field: "business" },
      }),
    );
    // Fresh, on their pathway, stage and field: it is on the first page, near the top.
    const first = feed(second).getByRole("article", { name: title });
    await expect(first).toBeVisible();
    expect((await topTitles(second, 5)).includes(title)).toBe(true);
    await expect(first).toContainText(/For EB-1A applicants|For people who have filed/);
    await first.getByRole("button", { name: `Save “${title}”` }).click();
    await expect(first.getByRole("button", { name: `Save “${title}”` })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await second.goto("/saved");
    await expect(second.getByRole("link", { name: title })).toBeVisible();
    await expectNoAxeViolations(second);

    // "Not interested" takes it out of the feed.
    await second.goto("/feed");
    await feed(second)
      .getByRole("article", { name: title })
      .getByRole("button", { name: `Not interested in “${title}”` })
      .click();
    await expect(second.getByText("Hidden from your feed.")).toBeVisible();
    await second.reload();
    await expect(feed(second).getByRole("article", { name: title })).toHaveCount(0);
  });

  test("one search box finds a guide, a thread and a mentor", async ({ page }) => {
    await enterAs(page, await demoPerson("priya@example.com"));
    // The header's search (an icon below 1536 px, a field above) leads to the search page.
    await page.getByRole("banner").getByRole("link", { name: "Search Landed" }).click();
    const box = page.getByRole("main").getByRole("searchbox", { name: "Search Landed" });
    await box.fill("peer review judging");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=peer\+review\+judging/);
    const main = page.getByRole("main");
    for (const group of ["Guides & articles", "Community", "Mentors"]) {
      const section = main.getByRole("region", { name: group });
      await expect(section.getByRole("article").first()).toBeVisible();
    }
    // Matches are highlighted.
    await expect(main.locator("mark").first()).toBeVisible();
    await expect(
      main.getByRole("region", { name: "Mentors" }).getByRole("link", { name: "Arjun Mehta" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    // Arjun's draft never shows up, even for a query that matches it.
    await page.goto("/search?q=final+merits+petition+letter&type=content");
    await expect(main.getByText("Final merits: the section of the petition letter")).toHaveCount(0);
  });

  test("a visitor reads the library and a guide, but drafts stay private", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Popular guides" })).toBeVisible();
    await page.getByRole("link", { name: "Browse the library" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
    await page.getByLabel("Kind").selectOption("checklist");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/kind=checklist/);
    const firstItem = page
      .getByRole("list", { name: "Library items" })
      .getByRole("article")
      .first();
    const heading = (await firstItem.getByRole("heading").textContent())!;
    await firstItem.getByRole("link", { name: heading }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("region", { name: "Written by" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Related" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Arjun's seeded draft is not there for a visitor (nor for anyone but him and admins).
    const draft = stableUuid(
      `content#${slugify("Final merits: the section of the petition letter most people skip")}`,
    );
    const response = await page.goto(`/library/${draft}`);
    expect(response?.status()).toBe(404);
  });
});
