import { linkFromEmail } from "./mail";
import {
  DEMO_PASSWORD,
  uniqueEmail,
  expect,
  expectNoAxeViolations,
  createPerson,
  signIn,
  signOut,
  test,
} from "./fixtures";

test.describe("accounts", () => {
  test("sign up, confirm the email, sign in, sign out and sign in again", async ({ page }) => {
    const email = uniqueEmail("e2e");
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Nadia Haddad");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("quiet-harbour-lantern");
    await page.getByLabel("I accept the terms").check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status", { name: "Check your email" })).toContainText(email);

    // Not usable until the address is confirmed.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("quiet-harbour-lantern");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert", { name: "Form error" })).toContainText(
      "Confirm your email address first",
    );

    await page.goto(await linkFromEmail(email, "/verify-email"));
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await expect(page.getByRole("status", { name: "Notice" })).toContainText(
      "Your email is confirmed",
    );

    await signIn(page, email, "quiet-harbour-lantern");
    await expect(page.getByRole("heading", { name: "Welcome, Nadia" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText([
      "Feed",
      "Mentors",
      "Mentorships",
      "Community",
      "Library",
      "Notifications",
    ]);

    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");

    await signOut(page);
    await page.goto("/feed");
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, email, "quiet-harbour-lantern");
  });

  test("a wrong password and an unknown email get the same message, and the email is kept", async ({
    page,
  }) => {
    const member = await createPerson();
    for (const email of [member.email, "nobody-at-all@example.test"]) {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password", { exact: true }).fill("definitely-wrong-1");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert", { name: "Form error" })).toHaveText(
        "That email and password do not match an account.",
      );
      await expect(page.getByLabel("Email")).toHaveValue(email);
      await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    }
  });

  test("shows field errors beside the fields and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Ravi");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password", { exact: true }).fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(
      page.getByText("Enter a valid email address, like name@example.com."),
    ).toBeVisible();
    await expect(page.getByText("This password is too common.", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Ravi");
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  });

  test("changing the password keeps this device signed in and signs out the others", async ({
    browser,
    page,
  }) => {
    const member = await createPerson();
    const other = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": "10.200.0.2" },
    });
    const otherPage = await other.newPage();
    await signIn(otherPage, member.email);
    await signIn(page, member.email);

    await page.goto("/settings");
    await expectNoAxeViolations(page);
    await page.getByLabel("Current password").fill(DEMO_PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill("a-new-long-passphrase");
    await page.getByLabel("Repeat the new password").fill("a-new-long-passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status", { name: "Password changed" })).toBeVisible();

    await page.goto("/feed");
    await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
    await otherPage.goto("/feed");
    await expect(otherPage).toHaveURL(/\/sign-in/);

    await signOut(page);
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert", { name: "Form error" })).toBeVisible();
    await signIn(page, member.email, "a-new-long-passphrase");
    await other.close();
  });

  test("sign out everywhere ends every session, this one included", async ({ browser, page }) => {
    const member = await createPerson();
    const other = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": "10.200.0.3" },
    });
    const otherPage = await other.newPage();
    await signIn(otherPage, member.email);
    await signIn(page, member.email);
    await page.goto("/settings");
    await page.getByRole("button", { name: "Sign out of every device" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page.getByRole("status", { name: "Notice" })).toContainText(
      "signed out on every device",
    );
    await otherPage.goto("/settings");
    await expect(otherPage).toHaveURL(/\/sign-in/);
    await other.close();
  });

  test("a copied session cookie stops working after sign-out", async ({ browser, page }) => {
    const member = await createPerson();
    await signIn(page, member.email);
    const stolen = await page.context().cookies();
    await signOut(page);
    const thief = await browser.newContext();
    await thief.addCookies(stolen);
    const thiefPage = await thief.newPage();
    await thiefPage.goto("/feed");
    await expect(thiefPage).toHaveURL(/\/sign-in/);
    await thief.close();
  });

  test("forgot password: the emailed link sets a new password once", async ({ page }) => {
    const member = await createPerson();
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(member.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByRole("status", { name: "Form success" })).toContainText(
      "If an account exists",
    );
    const link = await linkFromEmail(member.email, "/reset-password");
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("river-stone-meadow");
    await page.getByLabel("Repeat the new password").fill("river-stone-meadow");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByRole("status", { name: "Notice" })).toContainText(
      "Your password was changed",
    );
    await signIn(page, member.email, "river-stone-meadow");

    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("another-new-passphrase");
    await page.getByLabel("Repeat the new password").fill("another-new-passphrase");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByRole("alert", { name: "Form error" })).toContainText(
      "expired or was already used",
    );
  });
});
