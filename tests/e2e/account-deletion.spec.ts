// docs/security.md #31, as a member sees it: Settings → Your data deletes the account with the
// password (disabled at once, every session ended), and signing in within the grace period offers
// to keep it. Erasure itself (14 days later) is proven in tests/integration/erasure.test.ts.
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  signUpAndConfirm,
  test,
  uniqueEmail,
} from "./fixtures";

const password = "tidal-lantern-harbour-19";

test("a member deletes their account, is signed out everywhere, and keeps it by signing in again", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("leaving");
  await signUpAndConfirm(page, "Leaving Member", email, password);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/(feed|onboarding)/);
  // A second device, signed in too: deleting ends its session as well.
  const other = await browser.newContext({ storageState: await page.context().storageState() });
  const otherPage = await other.newPage();
  await otherPage.goto("/settings/data");
  await expect(otherPage.getByRole("heading", { name: "Your data", level: 1 })).toBeVisible();

  await page.goto("/settings/data");
  await page.setViewportSize({ width: 360, height: 800 });
  const section = page.getByRole("region", { name: "Delete your account" });
  await expect(section).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);

  // Without the tick and with a wrong password: refused beside the fields, nothing happens.
  await section.getByLabel("Your password").fill("not-my-password-11");
  await section.getByRole("button", { name: "Delete my account" }).click();
  await expect(section.getByText("Tick the box to confirm")).toBeVisible();
  await section.getByRole("checkbox", { name: /I understand/ }).check();
  await section.getByLabel("Your password").fill("not-my-password-11");
  await section.getByRole("button", { name: "Delete my account" }).click();
  await expect(section.getByText("This is not your password.")).toBeVisible();

  await section.getByRole("radio", { name: "Remove them too" }).check();
  await section.getByLabel("Your password").fill(password);
  await section.getByRole("checkbox", { name: /I understand/ }).check();
  await section.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("status", { name: "Account deleted" })).toContainText(
    "will be erased on",
  );
  // The other device is signed out at its next request.
  await otherPage.goto("/settings/data");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();

  // Signing in offers to keep the account; the password keeps it and signs this device in.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "Form error" })).toContainText(
    "This account is set to be deleted",
  );
  const keep = page.getByRole("form", { name: "Keep your account" });
  await keep.getByLabel("Password, to keep the account").fill(password);
  await keep.getByRole("button", { name: "Keep my account" }).click();
  await expect(page).toHaveURL(/\/settings\/data\?kept=1/);
  await expect(page.getByRole("status", { name: "Account kept" })).toBeVisible();
  await expectNoAxeViolations(page);
});
