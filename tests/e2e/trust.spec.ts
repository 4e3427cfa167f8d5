// Issue 17's promises, as members meet them: the accepted mentor sees what was promised (and only
// while the mentorship lasts, checked in the RSC payload), a message reported from a space reaches
// moderators alone, and the terms, privacy notice and guidelines are read, accepted and asked again.
import type { Browser, Page } from "@playwright/test";
import {
  createPerson,
  enterAs,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  test,
  uniqueEmail,
  type Person,
} from "./fixtures";

const RSC = { RSC: "1" };

async function otherBrowser(browser: Browser, ip: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

/** The applicant asks from the mentor's page and the mentor accepts; returns the space's path. */
async function startMentorship(
  applicantPage: Page,
  mentorPage: Page,
  mentor: Person,
  applicant: Person,
): Promise<string> {
  await applicantPage.goto(`/mentors/${mentor.handle}`);
  await applicantPage
    .getByLabel("What do you want to achieve?")
    .fill("Plan my evidence for the national interest waiver.");
  await applicantPage
    .getByLabel(`Message to ${mentor.displayName.split(" ")[0]}`)
    .fill("Hello, your path looks close to mine. Could you guide me?");
  await applicantPage.getByRole("button", { name: "Send request" }).click();
  await expect(applicantPage).toHaveURL(/\/mentorships\?sent=1$/);

  await mentorPage.goto("/mentorships");
  await mentorPage
    .getByRole("button", { name: `Accept ${applicant.displayName}'s request` })
    .click();
  const link = mentorPage.getByRole("link", { name: `Mentorship with ${applicant.displayName}` });
  await expect(link).toBeVisible();
  return new URL((await link.getAttribute("href"))!, mentorPage.url()).pathname;
}

test.describe("the accepted mentor sees what was promised", () => {
  test("each side sees the other's private fields during the mentorship, nobody else, and not after it", async ({
    page,
    browser,
    login,
  }) => {
    test.setTimeout(120_000);
    // The mentor keeps country (Mexico) and case details private; the applicant keeps country
    // (Italy), status and stage private (the defaults).
    const mentor = await createPerson({
      mentor: {
        pathway: "eb2_niw",
        countryOfBirth: "MX",
        countryVisibility: "private",
        caseDetailsVisibility: "private",
        accepting: true,
        capacity: 3,
        activeMentees: 0,
      },
    });
    const applicant = await login({
      applicant: { targetPathways: ["eb2_niw"], countryOfBirth: "IT" },
    });
    const stranger = await otherBrowser(browser, "10.250.17.3");
    await enterAs(stranger, await createPerson({ applicant: true }));
    const mentorPage = await otherBrowser(browser, "10.250.17.2");
    await enterAs(mentorPage, mentor);

    const mentorProfile = `/mentors/${mentor.handle}`;
    const rsc = async (p: Page, path: string) =>
      (await p.context().request.get(path, { headers: RSC })).text();

    // Before: the applicant is one more member, who does not see the mentor's private country.
    expect(await rsc(page, mentorProfile)).not.toContain("Mexico");

    const space = await startMentorship(page, mentorPage, mentor, applicant);

    // During: the mentor sees the applicant's private country and status in the space.
    await mentorPage.goto(space);
    const about = mentorPage.getByRole("region", { name: `About ${applicant.displayName}` });
    await expect(about).toContainText("Country of birth");
    await expect(about).toContainText("Italy");
    await expectNoAxeViolations(mentorPage);
    expect(await rsc(mentorPage, space)).toContain("Italy");
    // The applicant sees the mentor's private country and case details on the mentor's page.
    const asMentee = await rsc(page, mentorProfile);
    expect(asMentee).toContain("Mexico");
    expect(asMentee).toContain("Service centre");
    // The owner's own choices are not part of it.
    expect(asMentee).not.toContain("Who may see the country of birth");
    // Another member asking for the same pages gets neither.
    const asStranger = await rsc(stranger, mentorProfile);
    expect(asStranger).toContain(mentor.displayName);
    expect(asStranger).not.toContain("Mexico");
    const strangerSpace = await stranger.context().request.get(space, { headers: RSC });
    expect(await strangerSpace.text()).not.toContain("Italy");
    expect((await stranger.goto(space))?.status()).toBe(404);

    // After the mentor ends it, both are back to what members see.
    await mentorPage.getByRole("button", { name: "End mentorship" }).click();
    await mentorPage
      .getByRole("dialog", { name: "End this mentorship?" })
      .getByRole("button", { name: "End mentorship" })
      .click();
    await expect(mentorPage.getByRole("status", { name: "Read-only" })).toBeVisible();
    expect(await rsc(mentorPage, space)).not.toContain("Italy");
    expect(await rsc(page, mentorProfile)).not.toContain("Mexico");

    await mentorPage.context().close();
    await stranger.context().close();
  });
});

test.describe("reporting from a mentorship space", () => {
  test("a mentee reports one of the mentor's messages; the moderator sees exactly that message", async ({
    page,
    browser,
    login,
  }) => {
    test.setTimeout(120_000);
    // A mentor with room for two more.
    const mentor = await createPerson({
      mentor: { pathway: "eb2_niw", accepting: true, capacity: 3, activeMentees: 1 },
    });
    const applicant = await login({ applicant: { targetPathways: ["eb2_niw"] } });
    const mentorPage = await otherBrowser(browser, "10.250.18.2");
    await enterAs(mentorPage, mentor);
    const space = await startMentorship(page, mentorPage, mentor, applicant);

    await mentorPage.goto(space);
    const words = [
      "Welcome: start with your publications list.",
      "Honestly, people from your country never get approved.",
      "Send me the list when you can.",
    ];
    for (const text of words) {
      await mentorPage.getByLabel("Write a message").fill(text);
      await mentorPage.getByRole("button", { name: "Send message" }).click();
      await expect(mentorPage.getByRole("list", { name: "Message thread" })).toContainText(text);
    }
    await page.goto(space);
    await page.getByLabel("Write a message").fill("My own reply, private to us.");
    await page.getByRole("button", { name: "Send message" }).click();
    const thread = page.getByRole("list", { name: "Message thread" });
    await expect(thread).toContainText("My own reply, private to us.");

    // Report on each of the mentor's messages, none on one's own.
    const reports = thread.getByRole("button", { name: /^Report / });
    await expect(reports).toHaveCount(3);
    const mine = thread.getByRole("listitem").filter({ hasText: "My own reply" });
    await expect(mine.getByRole("button", { name: /^Report / })).toHaveCount(0);
    await thread
      .getByRole("listitem")
      .filter({ hasText: words[1]! })
      .getByRole("button", { name: /^Report / })
      .click();
    const dialog = page.getByRole("dialog", { name: "Report this message" });
    await dialog.getByLabel("Harassment or abuse").check();
    await dialog.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText("A moderator will look at it")).toBeVisible();
    await expectNoAxeViolations(page);

    const moderator = await otherBrowser(browser, "10.250.18.4");
    await enterAs(moderator, await createPerson({ role: "moderator" }));
    await moderator.goto("/admin/queue");
    await moderator.getByRole("link", { name: `Review: ${words[1]}` }).click();
    const target = moderator.getByRole("region", { name: "A message in a mentorship space" });
    await expect(target).toContainText(words[1]!);
    await expect(target).toContainText(`By ${mentor.displayName}`);
    const html = await moderator.content();
    const payload = await (
      await moderator.context().request.get(new URL(moderator.url()).pathname, { headers: RSC })
    ).text();
    for (const other of [words[0]!, words[2]!, "My own reply, private to us.", "publications"]) {
      expect(html, "queue page").not.toContain(other);
      expect(payload, "queue RSC payload").not.toContain(other);
    }
    // The moderator cannot open the space itself.
    expect((await moderator.goto(space))?.status()).toBe(404);

    await mentorPage.context().close();
    await moderator.context().close();
  });
});

test.describe("terms, privacy notice and guidelines", () => {
  test("are public, readable at 360 px, linked from the footer, and accessible", async ({
    page,
  }) => {
    await page.goto("/");
    const footer = page.getByRole("navigation", { name: "Footer" });
    for (const [name, path, heading] of [
      ["Privacy notice", "/privacy", "Privacy notice"],
      ["Terms", "/terms", "Terms of use"],
      ["Community guidelines", "/guidelines", "Community guidelines"],
    ] as const) {
      await page.goto("/");
      await footer.getByRole("link", { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      const toc = page.getByRole("navigation", { name: "On this page" });
      await expect(toc.getByRole("link").first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoHorizontalOverflow(page);
      await page.emulateMedia({ colorScheme: "dark" });
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: "light" });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    // The table of contents leads to its section.
    await page.goto("/privacy");
    await page
      .getByRole("navigation", { name: "On this page" })
      .getByRole("link", { name: "How long we keep it" })
      .click();
    await expect(page).toHaveURL(/#how-long$/);
    await expect(page.getByRole("heading", { name: "3. How long we keep it" })).toBeInViewport();
  });

  test("sign-up links them and will not go on without the box", async ({ page }) => {
    const email = uniqueEmail("policies");
    await page.goto("/sign-up");
    const box = page.getByLabel(
      "I accept the terms, the privacy notice and the community guidelines",
    );
    for (const [name, path] of [
      ["terms", "/terms"],
      ["privacy notice", "/privacy"],
      ["community guidelines", "/guidelines"],
    ] as const) {
      await expect(page.getByRole("link", { name, exact: true })).toHaveAttribute("href", path);
    }
    await page.getByLabel("Your name").fill("Inès Moreau");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("quiet-harbour-lantern");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(
      page.getByText("Tick the box to accept the terms, privacy notice and community guidelines."),
    ).toBeVisible();
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Your name")).toHaveValue("Inès Moreau");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expectNoAxeViolations(page);

    await page.getByLabel("Password", { exact: true }).fill("quiet-harbour-lantern");
    await box.check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status", { name: "Check your email" })).toContainText(email);
  });

  test("a member who has not accepted the current version is asked first, accepts, and lands back", async ({
    page,
  }) => {
    // Joined before the current terms were published.
    const member = await createPerson({ acceptedPolicies: false });
    await page.goto("/sign-in?next=%2Fmentors%2Fdirectory%3Fq%3Dphysics");
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill("landed-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/accept-policies\?next=/);
    await expect(page.getByRole("heading", { level: 1, name: "Before you go on" })).toBeVisible();
    for (const name of ["Terms of use", "Privacy notice", "Community guidelines"]) {
      await expect(page.getByRole("main").getByRole("link", { name })).toBeVisible();
    }
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalOverflow(page);

    // Every member page sends them here until they accept.
    await page.goto("/feed");
    await expect(page).toHaveURL(/\/accept-policies\?next=%2Ffeed$/);
    await page.goto("/mentors/directory?q=physics");
    await expect(page).toHaveURL(/\/accept-policies\?next=%2Fmentors%2Fdirectory%3Fq%3Dphysics$/);

    await page.getByRole("button", { name: "Accept and continue" }).click();
    await expect(page).toHaveURL(/\/mentors\/directory\?q=physics$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/feed");
    await expect(page).toHaveURL(/\/feed$/);
  });
});
