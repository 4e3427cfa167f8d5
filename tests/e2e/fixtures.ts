// Shared Playwright fixtures: each test comes from its own client address (as a proxy would
// report it), so the per-IP rate limits of one test never spill into another; and each test makes
// the people it needs (people.ts): `login(options)` creates one and signs this test's page in.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PASSWORD } from "../factories";
import { linkFromEmail } from "./mail";
import { createPerson, demoPerson, signInAs, type Person, type PersonOptions } from "./people";

let counter = 0;

export const test = base.extend<{ login: (options?: PersonOptions) => Promise<Person> }>({
  context: async ({ context }, use, testInfo) => {
    counter += 1;
    const ip = `10.${testInfo.workerIndex % 250}.${Math.floor(counter / 250) % 250}.${(counter % 250) + 1}`;
    await context.setExtraHTTPHeaders({ "x-forwarded-for": ip });
    await use(context);
  },
  login: async ({ page }, use) => {
    await use(async (options) => {
      const person = await createPerson(options);
      await enterAs(page, person);
      return person;
    });
  },
});

export { expect, DEMO_PASSWORD, createPerson, demoPerson, type Person, type PersonOptions };

/** Signs `page`'s context in as `person` (a minted session cookie) and opens the feed, where the
 * sign-in form would have left them. */
export async function enterAs(page: Page, person: Person) {
  await signInAs(page.context(), person);
  await page.goto("/feed");
  await expect(page).toHaveURL(/\/feed$/);
}

/** Signs in through the form (the journeys about signing in; everyone else uses `enterAs`). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/feed$/);
}

/** Signs up through the form, opens the emailed link and confirms; ends signed out, on sign-in. */
export async function signUpAndConfirm(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("I accept the terms").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status", { name: "Check your email" })).toContainText(email);
  await page.goto(await linkFromEmail(email, "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("status", { name: "Notice" })).toContainText(
    "Your email is confirmed",
  );
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status", { name: "Signed out" })).toBeVisible();
}

/** The page is no wider than the window: nothing makes a phone scroll sideways. */
export async function expectNoHorizontalOverflow(page: Page, what = page.url()) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${what} overflows at ${page.viewportSize()?.width} px`).toBeLessThanOrEqual(0);
}

export async function expectNoAxeViolations(page: Page) {
  // Plus one rule axe ships switched off (experimental): a control's name contains the words it
  // shows (WCAG 2.5.3), which Lighthouse reports too.
  const results = await new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}
