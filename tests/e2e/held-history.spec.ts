// docs/security.md #22 on the production build: a question held for a receipt number, edited clean
// and released, shows neither the number nor its held text to a signed-out visitor or another
// member: not on the thread page, not in its edit history (?history=<postId>), in the HTML or in
// the RSC payload of a client navigation. Its author still reads their history.
import { request as playwright, type APIRequestContext } from "@playwright/test";
import { baseURL } from "./playwright.config";
import { createPerson, enterAs, expect, expectNoAxeViolations, test } from "./fixtures";

const NUMBER = "EAC2190012345";

/** A word no page holds yet: letters only. */
function marker(label: string): string {
  const n = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  return `${label}${n.toString(26).replace(/[0-9]/g, (d) => "qrstuvwxyz"[Number(d)]!)}`;
}

async function bodies(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  const rsc = await (await request.get(path, { headers: { RSC: "1" } })).text();
  expect(rsc.length, `${path} RSC payload`).toBeGreaterThan(100);
  return [html, rsc];
}

test("a held question's number and held text stay out of its history for everyone but the author", async ({
  page,
  browser,
  login,
}) => {
  test.setTimeout(120_000);
  const heldWord = marker("zqheld");
  const cleanWord = marker("zqclean");
  await login();
  await page.goto("/community/new");
  await page.getByLabel("Title").fill(`Waiting on ${NUMBER} since March`);
  await page
    .getByLabel("Details")
    .fill(`My receipt is ${NUMBER} (${heldWord}). Is 8 months normal at Nebraska?`);
  await page.getByLabel("Category").selectOption({ label: "Evidence & criteria" });
  await page.getByRole("checkbox", { name: "EB-1A" }).check();
  await page.getByRole("button", { name: "Post to the community" }).click();
  await expect(page.getByRole("status", { name: "Hidden" })).toBeVisible();

  // The author edits the number away: the question is released.
  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Title").fill("Waiting on my I-140 since March");
  await page
    .getByLabel("Your text")
    .fill(`My receipt came in March (${cleanWord}). Is 8 months normal at Nebraska?`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status", { name: "Hidden" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Waiting on my I-140 since March",
  );
  const history = page.getByRole("link", { name: "edited" });
  await expect(history).toBeVisible();
  const historyPath = (await history.getAttribute("href"))!.split("#")[0]!;
  const threadPath = historyPath.split("?")[0]!;

  const visitor = await playwright.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": "10.251.18.5" },
  });
  const otherContext = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": "10.251.18.6" },
  });
  const other = await otherContext.newPage();
  await enterAs(other, await createPerson());
  for (const [who, request] of [
    ["visitor", visitor],
    ["another member", other.context().request],
  ] as const) {
    for (const path of [threadPath, historyPath]) {
      const [html, rsc] = await bodies(request, path);
      expect(html, `${who} ${path}`).toContain(cleanWord);
      for (const body of [html!, rsc!]) {
        expect(body, `${who} ${path}`).not.toContain("2190012345");
        expect(body, `${who} ${path}`).not.toContain("EAC…45");
        expect(body, `${who} ${path}`).not.toContain(heldWord);
      }
    }
  }
  await other.goto(historyPath);
  await expect(other.getByText("No earlier version is shown to you.")).toBeVisible();

  // The author still reads the held version, with the number shortened and a notice.
  await page.goto(historyPath);
  const earlier = page.getByRole("group").filter({ hasText: "Earlier versions (1)" });
  await expect(earlier).toContainText("Version 1");
  await expect(earlier).toContainText(`My receipt is EAC…45 (${heldWord})`);
  await expect(earlier).toContainText("Waiting on EAC…45 since March");
  await expect(earlier).toContainText("Only you and the moderators see this version");
  expect(await page.content()).not.toContain("2190012345");
  await expectNoAxeViolations(page);

  await otherContext.close();
  await visitor.dispose();
});
