// Settings → Your data: a member asks for an export, is told when it is ready (bell and email),
// and downloads the ZIP, whose account.json is theirs; a stranger's request for it gets a 404.
import fs from "node:fs";
import { unzipSync } from "fflate";
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  createPerson,
  enterAs,
  test,
} from "./fixtures";
import { countMessagesTo } from "./mail";

test("request an export in Settings, hear it is ready, download the ZIP", async ({
  page,
  browser,
  login,
}) => {
  const member = await login();
  await page.goto("/settings");
  await page.getByRole("link", { name: "Export your data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expect(page.getByText("You have not asked for an export yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  const mailsBefore = countMessagesTo(member.email);
  await page.getByRole("button", { name: "Request an export" }).click();
  await expect(page.getByRole("status", { name: "Form success" })).toContainText(
    "We are preparing your export",
  );

  // The notification arrives (built right after the response, not at the next sweep).
  await expect(async () => {
    await page.goto("/notifications");
    await expect(page.getByText(/Your data export is ready to download until/)).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await expect.poll(() => countMessagesTo(member.email), { timeout: 15_000 }).toBe(mailsBefore + 1);

  await page.getByText(/Your data export is ready/).click();
  await expect(page).toHaveURL(/\/settings\/data$/);
  const list = page.getByRole("list", { name: "Your exports" });
  const link = list.getByRole("link", { name: /^Download ZIP/ });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page);

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^landed-export-${member.handle}-.+\\.zip$`),
  );
  const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  expect(Object.keys(files)).toContain("README.txt");
  const account = JSON.parse(new TextDecoder().decode(files["account.json"]));
  expect(account).toMatchObject({ email: member.email, handle: member.handle });
  expect(account).not.toHaveProperty("passwordHash");

  // The same link for someone else, and for nobody signed in: not found.
  const href = (await link.getAttribute("href"))!;
  const stranger = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": "10.187.0.2" },
  });
  expect((await stranger.request.get(href)).status()).toBe(404);
  const other = await stranger.newPage();
  await enterAs(other, await createPerson());
  expect((await other.request.get(href)).status()).toBe(404);
  await stranger.close();
});
