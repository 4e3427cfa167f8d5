import { fullDate, threadHref, timeAgo } from "@/lib/community/format";

describe("community formatting", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  it.each([
    [new Date("2026-11-22T11:59:30Z"), "just now"],
    [new Date("2026-11-22T11:55:00Z"), "5 minutes ago"],
    [new Date("2026-11-22T09:00:00Z"), "3 hours ago"],
    [new Date("2026-11-21T12:00:00Z"), "yesterday"],
    [new Date("2026-11-08T12:00:00Z"), "2 weeks ago"],
    [new Date("2025-10-01T12:00:00Z"), "last year"],
  ])("says %s as %j", (date, text) => {
    expect(timeAgo(date, now)).toBe(text);
  });

  it("addresses a thread by id and slug, and dates in UTC", () => {
    expect(threadHref({ id: "abc", slug: "how-to" })).toBe("/community/abc/how-to");
    expect(fullDate(now)).toBe("Nov 22, 2026, 12:00 PM UTC");
  });
});
