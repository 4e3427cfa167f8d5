import type { Request } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  seededMember,
  signIn,
  test,
} from "./fixtures";

test.describe("staff and suspension", () => {
  test("a session taken before suspension stops working at its next request", async ({
    browser,
    page,
  }) => {
    const member = seededMember(10);
    const memberContext = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": "10.201.0.10" },
    });
    const memberPage = await memberContext.newPage();
    await signIn(memberPage, member.email);

    await signIn(page, "moderator@example.com");
    await page.goto(`/admin/users?q=${encodeURIComponent(member.email)}`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: `Suspend ${member.displayName}` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("How long").selectOption("7d");
    await dialog.getByLabel("Reason").fill("Posting the same link in every thread");
    await dialog.getByRole("button", { name: "Suspend" }).click();
    await expect(page.getByRole("cell", { name: /Suspended until/ })).toBeVisible();

    await memberPage.goto("/feed");
    await expect(memberPage).toHaveURL(/\/sign-in/);
    await memberPage.getByLabel("Email").fill(member.email);
    await memberPage.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await memberPage.getByRole("button", { name: "Sign in" }).click();
    await expect(memberPage.getByRole("alert", { name: "Form error" })).toContainText(
      "This account is suspended until",
    );

    await page.getByRole("button", { name: `Restore ${member.displayName}` }).click();
    await page.getByRole("dialog").getByLabel("Reason").fill("Appeal accepted");
    await page.getByRole("dialog").getByRole("button", { name: "Restore" }).click();
    await expect(page.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
    await signIn(memberPage, member.email);
    await memberContext.close();
  });

  test("a member neither sees the admin pages nor can call their actions", async ({
    browser,
    page,
  }) => {
    const target = seededMember(11);
    const member = seededMember(12);

    // A moderator submits the suspend form with a reason that is too short: we capture that request.
    await signIn(page, "moderator@example.com");
    await page.goto(`/admin/users?q=${encodeURIComponent(target.email)}`);
    await page.getByRole("button", { name: `Suspend ${target.displayName}` }).click();
    await page.getByRole("dialog").getByLabel("Reason").fill("no");
    const captured = page.waitForRequest(
      (r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]),
    );
    await page.getByRole("dialog").getByRole("button", { name: "Suspend" }).click();
    const request = await captured;
    await expect(
      page.getByRole("dialog").getByText(/Give a reason of at least 3 characters/),
    ).toBeVisible();

    const memberContext = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": "10.201.0.12" },
    });
    const memberPage = await memberContext.newPage();
    await signIn(memberPage, member.email);
    await memberPage.goto("/admin/users");
    await expect(
      memberPage.getByRole("heading", { name: "You do not have access to this page" }),
    ).toBeVisible();
    await expect(memberPage.getByRole("table")).toHaveCount(0);

    // The member replays the action with a valid reason, from their own session.
    const body = (request.postData() ?? "").replace(/\r\nno\r\n/, "\r\nA crafted request\r\n");
    const headers = request.headers();
    const response = await memberContext.request.post(request.url(), {
      headers: {
        "next-action": headers["next-action"]!,
        "content-type": headers["content-type"]!,
        origin: new URL(request.url()).origin,
        accept: "text/x-component",
      },
      data: body,
    });
    expect(await response.text()).toContain("You do not have permission to do that.");

    // The moderator's own session, but the request comes from another site: refused too.
    const crossSite = await page.context().request.post(request.url(), {
      headers: {
        "next-action": headers["next-action"]!,
        "content-type": headers["content-type"]!,
        origin: "https://evil.example",
        accept: "text/x-component",
      },
      data: body,
    });
    expect(crossSite.ok()).toBe(false);

    await page.goto(`/admin/users?q=${encodeURIComponent(target.email)}`);
    await expect(page.getByRole("cell", { name: "Active", exact: true })).toBeVisible();
    await memberContext.close();
  });

  test("the signed-in pages work at 360 px and in the dark theme", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: "dark" });
    await signIn(page, "diego@example.com");
    for (const path of [
      "/feed",
      "/mentors",
      "/community",
      "/library",
      "/saved",
      "/write",
      "/search?q=judging",
      "/notifications",
      "/settings",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${path} overflows at 360 px`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    }
  });
});
