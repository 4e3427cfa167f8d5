import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test } from "./fixtures";

test.describe("a visitor", () => {
  test("sees a landing page that explains Landed and its promises", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Landed/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "mentors who were approved on the same path",
    );
    await expect(page.getByRole("heading", { name: "Trust is the product" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Verified mentors" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your case data stays private" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Not legal advice");
    await expectNoAxeViolations(page);
  });

  test("is sent to sign in from a member page, and back after signing in", async ({ page }) => {
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
    await page.getByLabel("Email").fill("priya@example.com");
    await page.getByLabel("Password", { exact: true }).fill("landed-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  });

  test("never follows a sign-in redirect to another site", async ({ page }) => {
    await page.goto("/sign-in?next=//evil.example/steal");
    await page.getByLabel("Email").fill("amara@example.com");
    await page.getByLabel("Password", { exact: true }).fill("landed-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/feed$/);
  });

  test("gets every page with a strict Content-Security-Policy and safe headers", async ({
    request,
  }) => {
    for (const path of ["/", "/sign-in", "/sign-up"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
    }
  });

  test("cannot post to the auth endpoints from another site", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { origin: "https://evil.example" },
      form: { email: "priya@example.com", password: "landed-demo-2026" },
    });
    expect(response.status()).toBe(403);
  });

  test("sees a helpful 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  });

  test("does not find the development outbox in a production build", async ({ request }) => {
    expect((await request.get("/dev/outbox")).status()).toBe(404);
  });

  test("can use the sign-in and sign-up pages at 360 px, in the dark theme, with no accessibility problems", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: "dark" });
    for (const path of ["/sign-in", "/sign-up", "/forgot-password"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveClass(/dark/);
      await expectNoHorizontalOverflow(page, path);
      await expectNoAxeViolations(page);
    }
  });
});
