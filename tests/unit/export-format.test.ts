import { jsonChunks, whoIs } from "@/lib/export/paging";
import { exportReadme } from "@/lib/export/readme";
import { withoutTokens } from "@/lib/export/sections/records";
import { describeNotification } from "@/lib/notifications/text";

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function* pagesOf(...pages: object[][]) {
  for (const page of pages) yield page;
}

describe("export JSON", () => {
  it("writes a list across pages as one valid array, and an empty list as []", async () => {
    const list = await text(jsonChunks("list", pagesOf([{ a: 1 }, { a: 2 }], [{ a: 3 }])));
    expect(JSON.parse(list)).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(JSON.parse(await text(jsonChunks("list", pagesOf())))).toEqual([]);
  });

  it("writes an object file as its one row, or null", async () => {
    expect(JSON.parse(await text(jsonChunks("object", pagesOf([{ id: "x" }]))))).toEqual({
      id: "x",
    });
    expect(JSON.parse(await text(jsonChunks("object", pagesOf([]))))).toBeNull();
  });

  it("names the member 'you' and anyone else as told", () => {
    const member = { id: "m", email: "m@example.test" };
    expect(whoIs(member, "m", "staff")).toBe("you");
    expect(whoIs(member, "o", "staff")).toBe("staff");
    expect(whoIs(member, null, "staff")).toBeNull();
  });

  it("removes one-time tokens from emailed links", () => {
    expect(withoutTokens("Open https://landed.test/reset-password?token=abc_DEF-123 now")).toBe(
      "Open https://landed.test/reset-password?token=(removed) now",
    );
  });

  it("lists each file in the README", () => {
    const readme = exportReadme(
      { handle: "priya" },
      [
        {
          file: "account.json",
          about: "Your account.",
          covers: [],
          shape: "object",
          rows: () => pagesOf(),
        },
      ],
      new Date("2026-12-07T10:00:00Z"),
    );
    expect(readme).toContain("@priya");
    expect(readme).toContain("account.json\n    Your account.");
    expect(readme).toContain("2026-12-07T10:00:00.000Z");
  });

  it("says in a notification whether the export is ready, and leads to Settings → Your data", () => {
    const facts = { type: "data_export" as const, requestId: null, actorName: null };
    expect(
      describeNotification({ ...facts, data: { outcome: "ready", until: "December 14, 2026" } }),
    ).toEqual({
      text: "Your data export is ready to download until December 14, 2026.",
      href: "/settings/data",
    });
    expect(describeNotification({ ...facts, data: { outcome: "failed" } }).text).toContain(
      "ask for a new one",
    );
  });
});
