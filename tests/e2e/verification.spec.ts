import {
  createPerson,
  enterAs,
  expect,
  expectNoAxeViolations,
  test,
  type Person,
} from "./fixtures";

// The same field, country, languages and time zone on both sides, and an applicant with no
// evidence yet on what the mentor was accepted for: the mentor is among their best matches.
const shared = {
  field: "engineering",
  countryOfBirth: "IN",
  languages: ["hi", "en"],
  timezone: "Asia/Kolkata",
} as const;

const notice = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

test("an admin verifies a mentor and the badge appears on the mentor's match card", async ({
  browser,
  page,
}) => {
  const open = async (ip: string, who: Person) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
    const p = await context.newPage();
    await enterAs(p, who);
    return { context, page: p };
  };
  // An unverified O-1A mentor with free seats, and an O-1A applicant.
  const mentor = await createPerson({
    mentor: {
      ...shared,
      languages: [...shared.languages],
      pathway: "o1a",
      verified: false,
      countryVisibility: "members",
      accepting: true,
      capacity: 3,
      activeMentees: 0,
    },
  });
  const applicant = await createPerson({
    applicant: {
      ...shared,
      languages: [...shared.languages],
      targetPathways: ["o1a"],
      assessment: {},
    },
  });

  // The applicant sees the mentor among their matches, labelled unverified.
  const asApplicant = await open("10.202.0.130", applicant);
  await asApplicant.page.goto("/mentors");
  const card = asApplicant.page
    .getByRole("list", { name: "Your mentor matches, best first" })
    .getByRole("article")
    .filter({ hasText: mentor.displayName });
  await expect(card).toContainText("Unverified");
  await expect(card).not.toContainText("Verified outcome");

  // The mentor sends a redacted notice for their case record.
  const asMentor = await open("10.202.0.22", mentor);
  await asMentor.page.goto("/profile/mentor");
  await asMentor.page
    .getByRole("link", { name: /^Send evidence for / })
    .first()
    .click();
  await expect(
    asMentor.page.getByRole("heading", { name: "Verification", exact: true }),
  ).toBeVisible();
  await asMentor.page.getByLabel("Redacted approval notice").setInputFiles({
    name: "O-1A approval notice.pdf",
    mimeType: "application/pdf",
    buffer: notice,
  });
  await asMentor.page
    .getByLabel("Note for the reviewer (optional)")
    .fill("The classification is on the first page.");
  await asMentor.page.getByRole("button", { name: "Send evidence" }).click();
  await expect(asMentor.page.getByRole("status", { name: "Form success" })).toContainText(
    "Evidence sent",
  );
  await expect(asMentor.page.getByRole("status", { name: "Verification status" })).toContainText(
    "An admin is reviewing your evidence.",
  );
  await expect(
    asMentor.page
      .getByRole("list", { name: "Evidence you sent" })
      .getByText("O-1A approval notice.pdf"),
  ).toBeVisible();

  // The admin finds the case in the queue, opens the file and verifies.
  await enterAs(page, await createPerson({ role: "admin" }));
  await page.goto("/admin/verification");
  const name = mentor.displayName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const item = page
    .getByRole("list", { name: "Case records waiting for review" })
    .getByRole("article", { name: new RegExp(`^${name} · `) });
  await expect(item).toContainText("The classification is on the first page.");
  await expectNoAxeViolations(page);
  const download = item.getByRole("link", { name: "Download O-1A approval notice.pdf" });
  const href = (await download.getAttribute("href"))!;
  expect(href).toMatch(/^\/api\/evidence\/[0-9a-f-]{36}$/);
  const asAdmin = await page.request.get(href);
  expect(asAdmin.status()).toBe(200);
  expect(asAdmin.headers()["content-type"]).toBe("application/pdf");
  expect(asAdmin.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(asAdmin.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await asAdmin.body()).equals(notice)).toBe(true);
  // Nobody else can reach the file, and the answer does not confirm that it exists.
  expect((await asApplicant.page.request.get(href)).status()).toBe(404);

  await item.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page.getByText("Verified. The mentor's “Verified outcome” badge")).toBeVisible();
  await expect(item).toHaveCount(0);
  // Decided, its file is listed for the admin to delete once no longer needed.
  await expect(
    page
      .getByRole("list", { name: "Decided case records with evidence" })
      .getByRole("article", { name: new RegExp(`^${name} · `) }),
  ).toContainText("Verified");

  // The badge follows the mentor to the applicant's matches.
  await asApplicant.page.reload();
  await expect(card).toContainText("Verified outcome");
  await expect(card).not.toContainText("Unverified");

  // The mentor sees the outcome and can delete the file now that it is decided.
  await asMentor.page.reload();
  await expect(asMentor.page.getByRole("status", { name: "Verification status" })).toContainText(
    "An admin verified this record",
  );
  await asMentor.page.getByRole("button", { name: "Delete O-1A approval notice.pdf" }).click();
  await asMentor.page.getByRole("dialog").getByRole("button", { name: "Delete file" }).click();
  await expect(asMentor.page.getByRole("list", { name: "Evidence you sent" })).toHaveCount(0);
  expect((await page.request.get(href)).status()).toBe(404);

  await asApplicant.context.close();
  await asMentor.context.close();
});
