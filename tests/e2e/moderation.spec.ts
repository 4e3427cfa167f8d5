// The moderation journey of issue 7: a member reports a reply, a moderator hides it, it
// disappears for others, the author appeals, an admin restores it.
import type { Browser, Page } from "@playwright/test";
import {
  createPerson,
  enterAs,
  expect,
  expectNoAxeViolations,
  test,
  type Person,
  type PersonOptions,
} from "./fixtures";

async function person(browser: Browser, ip: string, who: Person): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  await enterAs(page, who);
  return page;
}

const applicant: PersonOptions = { applicant: true };

test.describe("moderation", () => {
  test("report → hide → gone for others → appeal → restore", async ({ page, browser, login }) => {
    test.setTimeout(150_000);
    const title = `Is a letter from my manager enough for critical role ${Date.now().toString(36)}?`;
    const text = "Call my cousin, a notario, guaranteed approval for 900 dollars.";

    // A question, and a reply that breaks the rules.
    await login(applicant);
    await page.goto("/community/new");
    await page.getByLabel("Title").fill(title);
    await page
      .getByLabel("Details")
      .fill("My manager can write about my role on the platform team. Is that enough?");
    await page.getByLabel("Category").selectOption({ label: "Letters" });
    await page.getByRole("button", { name: "Post to the community" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const threadUrl = page.url();

    const author = await createPerson(applicant);
    const authorPage = await person(browser, "10.250.4.142", author);
    await authorPage.goto(threadUrl);
    await authorPage.getByLabel("Your reply").fill(text);
    await authorPage.getByRole("button", { name: "Post reply" }).click();
    await expect(authorPage.getByRole("list", { name: "Replies" })).toContainText(text);

    // A member reports it.
    const reporterPage = await person(browser, "10.250.4.143", await createPerson(applicant));
    await reporterPage.goto(threadUrl);
    const reportButton = reporterPage.getByRole("button", {
      name: `Report ${author.displayName}'s reply`,
    });
    const dialog = reporterPage.getByRole("dialog", { name: "Report this reply" });
    // The dialog loads on demand; Escape closes it and focus returns to the button.
    await reportButton.click();
    await expect(dialog).toBeVisible();
    await reporterPage.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(reportButton).toBeFocused();
    await reportButton.click();
    await dialog.getByLabel("Unauthorised legal advice or a scam (“notario”)").check();
    await expectNoAxeViolations(reporterPage);
    await dialog.getByRole("button", { name: "Send report" }).click();
    await expect(reporterPage.getByText("A moderator will look at it")).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(reportButton).toBeFocused();

    // A moderator hides it from the queue.
    const modPage = await person(
      browser,
      "10.250.4.200",
      await createPerson({ role: "moderator" }),
    );
    await modPage.goto("/admin/queue");
    await modPage.getByRole("link", { name: `Review: ${text}` }).click();
    await expect(modPage.getByRole("heading", { name: "Reports (1)" })).toBeVisible();
    await expectNoAxeViolations(modPage);
    await modPage.getByRole("radio", { name: "Hide (reversible)" }).check();
    await modPage.getByLabel("Reason").first().fill("Offers paid legal services (notario).");
    await modPage.getByRole("button", { name: "Decide" }).click();
    await expect(modPage.getByRole("status", { name: "Done" })).toBeVisible();

    // Gone for others, in the page and in its data.
    await page.reload();
    await expect(page.getByText("Hidden by a moderator.")).toBeVisible();
    const html = await (await page.request.get(threadUrl)).text();
    expect(html).not.toContain("guaranteed approval for 900");

    // The reporter is told; the author sees why and appeals.
    await reporterPage.goto("/moderation");
    await expect(reporterPage.getByText(/Resolved: a moderator hid it/)).toBeVisible();
    await authorPage.goto("/moderation");
    const decision = authorPage.getByRole("article", { name: /Hidden · your reply/ });
    await expect(decision).toContainText("Offers paid legal services (notario).");
    await decision
      .getByLabel("Your appeal")
      .fill("He is a licensed attorney, not a notario; I should have said so.");
    await decision.getByRole("button", { name: "Send appeal" }).click();
    await expect(decision).toContainText("Your appeal is waiting for a moderator.");

    // An admin restores it.
    const adminPage = await person(browser, "10.250.4.201", await createPerson({ role: "admin" }));
    await adminPage.goto("/admin/queue");
    await adminPage.getByRole("link", { name: `Review: ${text}` }).click();
    await expect(adminPage.getByRole("heading", { level: 1, name: "Appeal reply" })).toBeVisible();
    await adminPage.getByLabel("Answer to the member").fill("Thanks for explaining; restored.");
    await adminPage.getByRole("button", { name: "Decide the appeal" }).click();
    await expect(adminPage.getByRole("status", { name: "Done" })).toContainText("reversed");

    await page.reload();
    await expect(page.getByRole("list", { name: "Replies" })).toContainText(text);
  });
});
