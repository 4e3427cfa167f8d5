// The mentorship journey of issue 4, with two people in two browsers: an applicant asks, the
// mentor asks a question, the applicant answers, the mentor accepts, they work in the space, the
// mentor ends it and the applicant leaves feedback. The bell counts what arrives on each side.
import type { Browser, Page } from "@playwright/test";
import { stableUuid } from "@/db/seed/profiles";
import { createPerson, enterAs, expect, expectNoAxeViolations, test } from "./fixtures";

async function secondPerson(browser: Browser, ip: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

function bell(page: Page, unread: number) {
  return page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: `Notifications, ${unread} unread` });
}

/** At 360 px the bell is the nav's last item: its badge shows whole, and the nav does not scroll. */
async function expectBadgeInsideNavOnAPhone(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const nav = page.getByRole("navigation", { name: "Main" });
  const badge = nav.getByTestId("unread-badge");
  await expect(badge).toBeVisible();
  const [navBox, badgeBox] = [await nav.boundingBox(), await badge.boundingBox()];
  expect(badgeBox!.y).toBeGreaterThanOrEqual(navBox!.y);
  expect(badgeBox!.x + badgeBox!.width).toBeLessThanOrEqual(navBox!.x + navBox!.width);
  expect(await nav.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  if (viewport) await page.setViewportSize(viewport);
}

test.describe("mentorship", () => {
  test("request, question, answer, accept, work together, end and feedback", async ({
    page,
    browser,
    login,
  }) => {
    test.setTimeout(120_000);
    // A mentor with room (capacity 3, none active) and an applicant, both new: the journey
    // starts from a clean slate.
    const mentor = await createPerson({
      mentor: { pathway: "eb1a", accepting: true, capacity: 3, activeMentees: 0 },
    });
    const mentorFirst = mentor.displayName.split(" ")[0]!;

    // The applicant asks from the mentor's profile.
    const applicant = await login({ applicant: { targetPathways: ["eb1a"] } });
    await page.goto(`/mentors/${mentor.handle}`);
    await page
      .getByLabel("What do you want to achieve?")
      .fill("Plan the judging and original-contribution evidence for my EB-1A.");
    await page
      .getByLabel(`Message to ${mentorFirst}`)
      .fill("Hello! Your case looks close to mine; could you guide me through the evidence?");
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page).toHaveURL(/\/mentorships\?sent=1$/);
    await expect(page.getByRole("status", { name: "Request sent" })).toBeVisible();
    const mine = page.getByRole("article", { name: new RegExp(mentor.displayName) });
    await expect(mine).toContainText("Waiting for the mentor");

    // The mentor sees it arrive on the bell and asks a question.
    const mentorPage = await secondPerson(browser, "10.250.1.29");
    await enterAs(mentorPage, mentor);
    await expect(bell(mentorPage, 1)).toBeVisible();
    await expectBadgeInsideNavOnAPhone(mentorPage);
    await mentorPage.goto("/mentorships");
    const incoming = mentorPage.getByRole("article", { name: new RegExp(applicant.displayName) });
    await expect(incoming).toContainText("Waiting for you");
    await incoming.getByText("Ask a question").click();
    await incoming
      .getByLabel("Your question")
      .fill("Which journals have you reviewed for, and how many reviews?");
    await incoming.getByRole("button", { name: "Send question" }).click();
    await expect(incoming).toContainText("Waiting for their answer");

    // The applicant is told, and answers.
    await page.reload();
    await expect(bell(page, 1)).toBeVisible();
    await expect(mine).toContainText("The mentor asked a question");
    await expect(mine).toContainText("Which journals have you reviewed for");
    await mine.getByLabel("Your answer").fill("Twelve reviews for two IEEE journals since 2023.");
    await mine.getByRole("button", { name: "Send answer" }).click();
    await expect(mine).toContainText("Waiting for the mentor");

    // The mentor reads the answer and accepts.
    await mentorPage.reload();
    await expect(incoming).toContainText("Twelve reviews for two IEEE journals");
    await incoming
      .getByRole("button", { name: `Accept ${applicant.displayName}'s request` })
      .click();
    const spaceLink = mentorPage.getByRole("link", {
      name: `Mentorship with ${applicant.displayName}`,
    });
    await expect(spaceLink).toBeVisible();
    await spaceLink.click();
    await expect(
      mentorPage.getByRole("heading", {
        level: 1,
        name: `Mentorship with ${applicant.displayName}`,
      }),
    ).toBeVisible();
    await mentorPage
      .getByLabel("Write a message")
      .fill("Welcome! Start with **judging**: list each review with its date.");
    await mentorPage.getByRole("button", { name: "Send message" }).click();
    const mentorThread = mentorPage.getByRole("list", { name: "Message thread" });
    await expect(mentorThread.locator("strong", { hasText: "judging" })).toBeVisible();

    // The applicant has two new notifications (accepted, message) and opens the space.
    await page.reload();
    await expect(mine).toContainText("Accepted");
    await expect(bell(page, 3)).toBeVisible();
    await mine.getByRole("link", { name: "Open your mentorship space" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Mentorship with ${mentor.displayName}` }),
    ).toBeVisible();
    const thread = page.getByRole("list", { name: "Message thread" });
    await expect(thread).toContainText("Start with judging");
    await page.getByLabel("Write a message").fill("Thank you, I will list them this week.");
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(thread).toContainText("I will list them this week");

    // The applicant moves the first checklist item forward with a note.
    const status = page.getByRole("combobox", { name: /^Status for / }).first();
    await status.selectOption("gathering");
    await page
      .getByLabel(/^Your note on /)
      .first()
      .fill("Collecting the review invitations.");
    await page
      .getByRole("button", { name: /^Save / })
      .first()
      .click();
    await expect(page.getByText("Saved.").first()).toBeVisible();
    await expectNoAxeViolations(page);

    // The mentor sees the note and the new status, then ends the mentorship.
    await mentorPage.reload();
    await expect(mentorPage.getByText("Collecting the review invitations.")).toBeVisible();
    await expect(mentorPage.getByRole("combobox", { name: /^Status for / }).first()).toHaveValue(
      "gathering",
    );
    await mentorPage.getByRole("button", { name: "End mentorship" }).click();
    const dialog = mentorPage.getByRole("dialog", { name: "End this mentorship?" });
    await dialog.getByRole("button", { name: "End mentorship" }).click();
    await expect(mentorPage.getByRole("status", { name: "Read-only" })).toBeVisible();
    await expect(mentorPage.getByLabel("Write a message")).toHaveCount(0);

    // The applicant is asked for feedback and gives it.
    await page.reload();
    await expect(
      page.getByRole("heading", { name: `Feedback for ${mentor.displayName}` }),
    ).toBeVisible();
    await page.getByLabel("5 — Very helpful").check();
    await page.getByLabel("Anything to add? (optional)").fill("Clear and generous with time.");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.getByText("You rated this mentorship 5 out of 5.")).toBeVisible();
    await expect(page.getByLabel("Write a message")).toHaveCount(0);

    await page.goto("/notifications");
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    await expectNoAxeViolations(page);
    await mentorPage.context().close();
  });

  test("someone outside a mentorship gets not-found, and its words never reach them", async ({
    page,
    login,
  }) => {
    // The seeded Wei–Lin mentorship has a fixed id; another member asks for it directly.
    const weiAndLin = stableUuid("request#wei-lin");
    await login({ applicant: true });
    const response = await page.goto(`/mentorships/${weiAndLin}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Mentorship with");
    expect(await page.content()).not.toContain("national importance");
  });
});
