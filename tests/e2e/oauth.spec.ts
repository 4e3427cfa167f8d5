// Sign-up, sign-in and Settings → Connected accounts against a real OpenID Connect provider
// (oidc-provider.ts, started by global-setup.ts): the flows of docs/decisions/016 in Chromium.
import type { Page } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  createPerson,
  enterAs,
  signIn,
  signOut,
  signUpAndConfirm,
  test,
  uniqueEmail,
} from "./fixtures";
import { OIDC_ISSUER, OIDC_NAME } from "./playwright.config";

/** The provider's development login form: any password; the login picks the claims. */
async function loginAtProvider(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ISSUER}/interaction/`));
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

function providerRow(page: Page) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: OIDC_NAME, exact: true }) });
}

test("signing up with the provider (a verified email) makes an account, signed in, whose only way in stays linked", async ({
  page,
}) => {
  const email = uniqueEmail("oidc-new");
  await page.goto("/sign-up");
  await page.getByRole("button", { name: `Sign up with ${OIDC_NAME}` }).click();
  await loginAtProvider(page, email);
  // An account made through a provider filled in no sign-up form: it accepts the terms first.
  await expect(page).toHaveURL(/\/accept-policies\?next=%2Ffeed$/);
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page).toHaveURL(/\/feed$/);
  await expect(
    page.getByRole("button", { name: `Account menu for ${email.split("@")[0]}` }),
  ).toBeVisible();

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/settings/accounts");
  await expect(providerRow(page)).toContainText("Linked on");
  await expect(providerRow(page)).toContainText("Your only way to sign in");
  await expect(page.getByRole("button", { name: `Unlink ${OIDC_NAME}` })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "no password" })).toContainText(
    "Forgot your password?",
  );
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});

test("an email the provider has not verified is refused and makes no account", async ({ page }) => {
  const email = uniqueEmail("oidc-unverified");
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Continue with ${OIDC_NAME}` }).click();
  await loginAtProvider(page, `${email}#unverified`);
  await expect(page).toHaveURL(/\/sign-in\?error=OAuthEmailUnverified$/);
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toContainText(
    "has not confirmed your email address",
  );
  // No account holds the address: signing up with it sends a confirmation link, which an
  // existing account would not get (it would get "you already have an account").
  await signUpAndConfirm(page, "Una Verified", email, "harbour-lantern-47");
});

test("a provider email that matches a password account is refused, and nothing is linked", async ({
  page,
}) => {
  const member = await createPerson();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Continue with ${OIDC_NAME}` }).click();
  await loginAtProvider(page, member.email);
  await expect(page).toHaveURL(/\/sign-in\?error=OAuthAccountNotLinked$/);
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toContainText(
    "An account with this email already exists",
  );
  await signIn(page, member.email);
  await page.goto("/settings/accounts");
  await expect(providerRow(page)).toContainText("Not linked");
});

test("linking from Settings asks the password, then the provider signs in to that account; unlinking asks again", async ({
  page,
}) => {
  const member = await createPerson();
  await enterAs(page, member);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Manage connected accounts" }).click();
  const dialog = page.getByRole("dialog");
  await providerRow(page)
    .getByRole("button", { name: `Link ${OIDC_NAME}`, exact: true })
    .click();
  await dialog.getByLabel("Your password").fill("not-the-password");
  await dialog.getByRole("button", { name: `Continue to ${OIDC_NAME}` }).click();
  await expect(dialog.getByText("This is not your password.")).toBeVisible();
  await dialog.getByLabel("Your password").fill(DEMO_PASSWORD);
  await dialog.getByRole("button", { name: `Continue to ${OIDC_NAME}` }).click();
  // A provider login with another address: the link follows who asked, not the email.
  await loginAtProvider(page, uniqueEmail("work-login"));
  await expect(page).toHaveURL(/\/settings\/accounts\?linked=oidc$/);
  await expect(page.getByRole("status", { name: "Account linked" })).toBeVisible();
  await expect(providerRow(page)).toContainText("Linked on");

  await signOut(page);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Continue with ${OIDC_NAME}` }).click();
  // Still signed in at the provider, so straight back: into the same Landed account.
  await expect(page).toHaveURL(/\/feed$/);
  await expect(
    page.getByRole("button", { name: `Account menu for ${member.displayName}` }),
  ).toBeVisible();

  await page.goto("/settings/accounts");
  await providerRow(page)
    .getByRole("button", { name: `Unlink ${OIDC_NAME}` })
    .click();
  await dialog.getByLabel("Your password").fill(DEMO_PASSWORD);
  await dialog.getByRole("button", { name: `Unlink ${OIDC_NAME}` }).click();
  await expect(providerRow(page)).toContainText("Not linked");
});
