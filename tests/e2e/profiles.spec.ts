import {
  demoPerson,
  enterAs,
  expect,
  expectNoAxeViolations,
  signIn,
  signUpAndConfirm,
  test,
  uniqueEmail,
} from "./fixtures";

test.describe("profiles and matching", () => {
  test("a new applicant completes onboarding, sees the evidence chart and ranked matches with reasons", async ({
    page,
  }) => {
    const email = uniqueEmail("applicant");
    await signUpAndConfirm(page, "Meera Iyer", email, "teal-harbour-sunrise");
    await signIn(page, email, "teal-harbour-sunrise");
    await page.getByRole("link", { name: "Describe your case" }).click();
    await expect(page.getByRole("progressbar", { name: "Step 1 of 6" })).toBeVisible();

    // Step 1: pathways
    await page.getByRole("checkbox", { name: "EB-1A, extraordinary ability" }).check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    // Step 2: field
    await expect(page.getByRole("progressbar", { name: "Step 2 of 6" })).toBeVisible();
    await page.getByLabel("Your field").selectOption("ai_computing");
    await page.getByLabel("Keywords (optional)").fill("computer vision, peer review");
    await page.getByRole("button", { name: "Save and continue" }).click();
    // Step 3: background
    await expect(page.getByRole("progressbar", { name: "Step 3 of 6" })).toBeVisible();
    await page.getByLabel("Country of birth").selectOption("IN");
    await page.getByLabel("Current status").selectOption("h1b");
    await page.getByRole("radio", { name: "Building evidence" }).check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    // Step 4: self-assessment, every EB-1A criterion
    await expect(page.getByRole("progressbar", { name: "Step 4 of 6" })).toBeVisible();
    const groups = page.getByRole("group", { name: /for EB-1A$/ });
    await expect(groups).toHaveCount(10);
    for (const group of await groups.all())
      await group.getByRole("radio", { name: "None yet" }).check();
    await page
      .getByRole("group", { name: "Scholarly articles for EB-1A" })
      .getByRole("radio", { name: "Strong" })
      .check();
    await page
      .getByRole("group", { name: "Original contributions for EB-1A" })
      .getByRole("radio", { name: "Strong" })
      .check();
    await page
      .getByRole("group", { name: "Judging for EB-1A" })
      .getByRole("radio", { name: "Some" })
      .check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    // Step 5: goals and logistics
    await expect(page.getByRole("progressbar", { name: "Step 5 of 6" })).toBeVisible();
    await page.getByRole("checkbox", { name: "English", exact: true }).check();
    await page.getByLabel("Your time zone").selectOption("America/Los_Angeles");
    await page.getByRole("button", { name: "Save and continue" }).click();
    // Step 6: privacy (everything stays private by default)
    await expect(page.getByRole("progressbar", { name: "Step 6 of 6" })).toBeVisible();
    await page.getByRole("button", { name: "Save and finish" }).click();

    await expect(page).toHaveURL(/\/profile\?onboarded=1$/);
    await expect(page.getByText("Your profile is saved")).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Evidence strength per criterion for EB-1A" }),
    ).toBeVisible();
    await expect(page.getByText("2 of 3 criteria strong for EB-1A", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "See your mentor matches" }).click();
    await expect(page.getByRole("heading", { name: "Your mentor matches" })).toBeVisible();
    const matches = page
      .getByRole("list", { name: "Your mentor matches, best first" })
      .locator(":scope > li");
    await expect(matches.first()).toContainText("Arjun Mehta");
    const reasons = page.getByRole("list", { name: "Reasons for matching Arjun Mehta" });
    await expect(reasons).toContainText("EB-1A");
    await expect(reasons).toContainText("India");
    // Full (Yuki) and paused (Olena) mentors are never recommended.
    await expect(
      page.getByRole("list", { name: "Your mentor matches, best first" }),
    ).not.toContainText("Olena Kovalenko");
    await expectNoAxeViolations(page);
  });

  test("an applicant searches and filters the directory, opens a mentor and bookmarks them", async ({
    page,
  }) => {
    await enterAs(page, await demoPerson("amara@example.com"));
    await page.goto("/mentors/directory");
    await page.getByLabel("Search mentors").fill("peer review");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("link", { name: "Arjun Mehta" })).toBeVisible();

    await page.getByRole("link", { name: "Clear search and filters" }).click();
    // Wait for the cleared page: filling the old form mid-navigation kept "peer review" (a flake).
    await expect(page).toHaveURL(/\/mentors\/directory$/);
    await expect(page.getByLabel("Search mentors")).toHaveValue("");
    await page.getByLabel("Pathway").selectOption("eb2_niw");
    await page.getByRole("checkbox", { name: "Verified outcomes only" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("link", { name: "Lin Chen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kwame Mensah" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Full and paused mentors are listed in the directory, with their state.
    await page.goto("/mentors/directory?q=physics");
    await expect(page.getByRole("article").filter({ hasText: "Yuki Tanaka" })).toContainText(
      "Full",
    );

    await page.goto("/mentors/directory?q=national+interest+waiver");
    await page.getByRole("link", { name: "Kwame Mensah" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Kwame Mensah/ })).toBeVisible();
    await expect(page.getByText("Unverified").first()).toBeVisible();
    const bookmark = page.getByRole("button", { name: "Bookmark Kwame Mensah" });
    await bookmark.click();
    await expect(bookmark).toHaveAttribute("aria-pressed", "true");

    await page.goto("/mentors/bookmarks");
    await expect(page.getByRole("list", { name: "Bookmarked mentors" })).toContainText(
      "Kwame Mensah",
    );
    await page.getByRole("button", { name: "Remove bookmark: Kwame Mensah" }).click();
    await expect(page.getByText("No bookmarks yet")).toBeVisible();
  });

  test("a mentor's private details never reach a visitor, not even in the page data", async ({
    page,
    request,
  }) => {
    const headers = { RSC: "1" };
    const asVisitor = await (await request.get("/mentors/arjun", { headers })).text();
    expect(asVisitor).toContain("Arjun Mehta");
    for (const hidden of ["Nebraska", "America/Los_Angeles", "India", "original_contributions"]) {
      expect(asVisitor, `visitor payload contains ${hidden}`).not.toContain(hidden);
    }
    await enterAs(page, await demoPerson("diego@example.com"));
    const asMember = await (await page.context().request.get("/mentors/arjun", { headers })).text();
    expect(asMember).toContain("Nebraska");
  });

  test("a mentor fills a case record and sees the unverified label", async ({ page, login }) => {
    // A member with neither an applicant nor a mentor profile yet.
    await login();
    await page.goto("/profile/mentor");
    await expect(
      page.getByRole("heading", { level: 1, name: "Your mentor profile" }),
    ).toBeVisible();
    await page
      .getByLabel("Bio")
      .fill(
        "Materials engineer; NIW approved with no RFE. I help with the proposed endeavour statement.",
      );
    await page.getByLabel("Field").selectOption("engineering");
    await page.getByLabel("Topics you can help with").fill("batteries, proposed endeavour");
    await page.getByLabel("Language 1").selectOption("en");
    await page.getByLabel("Time zone").selectOption("America/Chicago");
    await page.getByLabel("Mentees at a time").fill("2");
    await page.getByRole("button", { name: "Save mentor profile" }).click();
    await expect(page.getByRole("status", { name: "Form success" })).toContainText(
      "Your mentor profile is saved.",
    );

    await page.getByRole("link", { name: "Add a case record" }).click();
    await expect(page.getByRole("heading", { name: "Add a case record" })).toBeVisible();
    await page.getByLabel("Pathway").selectOption("eb2_niw");
    await page.getByLabel("Outcome").selectOption("approved");
    await page.getByLabel("Filing month (optional)").fill("2024-02");
    await page.getByLabel("Decision month (optional)").fill("2024-06");
    const claimed = page.getByRole("group", { name: "Criteria you claimed" });
    const accepted = page.getByRole("group", { name: "Criteria the officer accepted" });
    for (const name of ["Merit and national importance", "Well positioned", "On balance"]) {
      await claimed.getByRole("checkbox", { name }).check();
      await accepted.getByRole("checkbox", { name }).check();
    }
    await page
      .getByRole("group", { name: "Did you receive an RFE?" })
      .getByRole("radio", { name: "No" })
      .check();
    await page.getByRole("button", { name: "Add case record" }).click();
    await expect(page.getByRole("status", { name: "Saved" })).toContainText("Unverified");
    await expect(page.getByRole("list", { name: "Your case records" })).toContainText("EB-2 NIW");
    await expect(page.getByText("Unverified").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
