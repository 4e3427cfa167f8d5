import type { Request } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  createPerson,
  demoPerson,
  enterAs,
  signIn,
  test,
} from "./fixtures";

test.describe("staff and suspension", () => {
  test("a suspended member's open page is signed out on its next click", async ({
    browser,
    page,
  }) => {
    const member = await createPerson();
    const memberContext = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": "10.201.0.10" },
    });
    const memberPage = await memberContext.newPage();
    await enterAs(memberPage, member);

    await enterAs(page, await createPerson({ role: "moderator" }));
    await page.goto(`/admin/users?q=${encodeURIComponent(member.email)}`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: `Suspend ${member.displayName}` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("How long").selectOption("7d");
    await dialog.getByLabel("Reason").fill("Posting the same link in every thread");
    await dialog.getByRole("button", { name: "Suspend" }).click();
    await expect(page.getByRole("cell", { name: /Suspended until/ })).toBeVisible();

    // The member's feed has been open since before the suspension: their next click ends it.
    await expect(memberPage.getByRole("heading", { level: 1 })).toBeVisible();
    await memberPage
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Mentorships" })
      .click();
    await expect(memberPage).toHaveURL(/\/sign-in/);
    await memberPage.getByLabel("Email").fill(member.email);
    await memberPage.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await memberPage.getByRole("button", { name: "Sign in" }).click();
    const refusal = memberPage.getByRole("alert", { name: "Form error" });
    await expect(refusal).toContainText("This account is suspended until");
    await expect(refusal).toContainText("Reason: Posting the same link in every thread");

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
    const target = await createPerson();
    const member = await createPerson();

    // A moderator submits the suspend form with a reason that is too short: we capture that request.
    await enterAs(page, await createPerson({ role: "moderator" }));
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
    await enterAs(memberPage, member);
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
    expect(await response.text()).toContain("Only moderators and admins can do that.");

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

  test("an admin makes a member a moderator, who then finds Administration in their menu", async ({
    browser,
    page,
  }) => {
    const member = await createPerson();
    const memberContext = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": "10.201.0.13" },
    });
    const memberPage = await memberContext.newPage();
    await enterAs(memberPage, member);
    await memberPage.getByRole("button", { name: /Account menu/ }).click();
    await expect(memberPage.getByRole("link", { name: "Your profile" })).toBeVisible();
    await expect(memberPage.getByRole("link", { name: "Administration" })).toHaveCount(0);
    await memberPage.keyboard.press("Escape");

    await enterAs(page, await createPerson({ role: "admin" }));
    await page.goto("/admin/users");
    await page.getByLabel("Name, email or handle").fill(member.email);
    await page.getByLabel("Role").selectOption("member");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: member.displayName }).click();
    await expect(page.getByRole("heading", { level: 1, name: member.displayName })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
    await expectNoAxeViolations(page);

    const roleForm = page.getByRole("form", { name: "Change role" });
    await roleForm.getByLabel("New role").selectOption("moderator");
    await roleForm.getByLabel("Reason for the change").fill("Joins the moderation team");
    await roleForm.getByRole("button", { name: "Change role" }).click();
    await expect(roleForm.getByRole("status", { name: "Form success" })).toContainText(
      "Role changed to moderator.",
    );
    await expect(
      page.getByRole("region", { name: "Audit trail" }).getByText("Joins the moderation team"),
    ).toBeVisible();

    await memberPage.reload();
    await memberPage.getByRole("button", { name: /Account menu/ }).click();
    await memberPage.getByRole("link", { name: "Administration" }).click();
    await expect(memberPage.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();

    // Back to a member, so a retry starts from the same place.
    await roleForm.getByLabel("New role").selectOption("member");
    await roleForm.getByLabel("Reason for the change").fill("End of the trial");
    await roleForm.getByRole("button", { name: "Change role" }).click();
    await expect(roleForm.getByRole("status", { name: "Form success" })).toContainText(
      "Role changed to member.",
    );
    await memberContext.close();
  });

  test("an admin suspends until a chosen day, then bans; the member is told why", async ({
    browser,
    page,
  }) => {
    const member = await createPerson();
    const memberContext = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": "10.201.0.14" },
    });
    const memberPage = await memberContext.newPage();
    await enterAs(memberPage, member);

    await enterAs(page, await createPerson({ role: "admin" }));
    await page.goto(`/admin/users?q=${encodeURIComponent(member.email)}`);
    await page.getByRole("link", { name: member.displayName }).click();
    await expect(page.getByRole("heading", { level: 1, name: member.displayName })).toBeVisible();

    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole("button", { name: `Suspend ${member.displayName}` }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByLabel("How long").selectOption("custom");
    await dialog.getByLabel("Ends on").fill(day);
    await dialog.getByLabel("Reason").fill("Cooling off after a heated thread");
    await dialog.getByRole("button", { name: "Suspend" }).click();
    const status = page.getByRole("region", { name: "Status" });
    await expect(status.getByText(`Suspended until ${day}`)).toBeVisible();
    await expect(status.getByText("Cooling off after a heated thread")).toBeVisible();

    await page.getByRole("button", { name: `Ban ${member.displayName}` }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Reason").fill("Selling fake judging invitations");
    await dialog.getByRole("button", { name: "Ban" }).click();
    await expect(status.getByText("Banned", { exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Decisions" }).getByRole("listitem")).toHaveCount(
      2,
    );

    await memberPage.goto("/feed");
    await expect(memberPage).toHaveURL(/\/sign-in/);
    await memberPage.getByLabel("Email").fill(member.email);
    await memberPage.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await memberPage.getByRole("button", { name: "Sign in" }).click();
    const refusal = memberPage.getByRole("alert", { name: "Form error" });
    await expect(refusal).toContainText("closed for breaking the community rules");
    await expect(refusal).toContainText("Reason: Selling fake judging invitations");

    await page.getByRole("button", { name: `Restore ${member.displayName}` }).click();
    await page.getByRole("dialog").getByLabel("Reason").fill("Appeal upheld");
    await page.getByRole("dialog").getByRole("button", { name: "Restore" }).click();
    await expect(status.getByText("Active", { exact: true })).toBeVisible();
    await signIn(memberPage, member.email);
    await memberContext.close();
  });

  test("the signed-in pages work at 360 px and in the dark theme", async ({ page }) => {
    // Thirteen pages, each checked by axe: more than the default minute on a loaded 2-core machine.
    test.slow();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: "dark" });
    await enterAs(page, await demoPerson("diego@example.com"));
    for (const path of [
      "/feed",
      "/mentors",
      "/community",
      "/library",
      "/library/f0846a88-f18b-5a43-a716-df4433b4293a/turning-conference-peer-review-into-judging-evidence",
      "/saved",
      "/write",
      "/write/new",
      "/moderation",
      "/appeal",
      "/search?q=judging",
      "/notifications",
      "/settings",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalOverflow(page, path);
      await expectNoAxeViolations(page);
    }
  });

  test("the administration pages work at 360 px: wide tables scroll inside their frame", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await enterAs(page, await createPerson({ role: "admin" }));
    for (const path of [
      "/admin",
      "/admin/queue",
      "/admin/users",
      "/admin/verification",
      "/admin/audit",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Hidden labels inside a scrolled table must not widen the page (they are positioned).
      await expectNoHorizontalOverflow(page, path);
      await expectNoAxeViolations(page);
    }
    await page.goto("/admin/users");
    await expect(page.getByRole("region", { name: "Members table" })).toBeVisible();
  });
});
