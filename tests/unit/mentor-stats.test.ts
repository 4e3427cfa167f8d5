import {
  lastActiveText,
  median,
  responseTimeText,
  toFeedbackSummary,
} from "@/lib/mentors/stats-math";

describe("median", () => {
  it("is null with no values", () => {
    expect(median([])).toBeNull();
  });
  it("is the middle value of an odd count, whatever the order", () => {
    expect(median([30, 2, 5])).toBe(5);
    expect(median([7])).toBe(7);
  });
  it("is the mean of the middle two of an even count", () => {
    expect(median([1, 10, 4, 6])).toBe(5);
  });
  it("ignores values that are not numbers", () => {
    expect(median([Number.NaN, 3, Infinity, 9])).toBe(6);
  });
  it("does not change the list it was given", () => {
    const list = [3, 1, 2];
    median(list);
    expect(list).toEqual([3, 1, 2]);
  });
});

describe("feedback summary", () => {
  it("is hidden below 3 ratings", () => {
    expect(toFeedbackSummary(5, 2)).toBeNull();
    expect(toFeedbackSummary(null, 0)).toBeNull();
  });
  it("rounds the average to one decimal from 3 ratings on", () => {
    expect(toFeedbackSummary("4.6666667", "3")).toEqual({ average: 4.7, count: 3 });
  });
});

describe("activity words", () => {
  it("says response time in hours, at least one, and in days past two days", () => {
    expect(responseTimeText(null)).toBeNull();
    expect(responseTimeText(0.2)).toBe("Usually answers within 1 hour");
    expect(responseTimeText(5.5)).toBe("Usually answers within 6 hours");
    expect(responseTimeText(72)).toBe("Usually answers within 3 days");
  });
  it("says when the mentor was last active", () => {
    const now = new Date("2026-05-10T12:00:00Z");
    expect(lastActiveText(null, now)).toBeNull();
    expect(lastActiveText(new Date("2026-05-10T01:00:00Z"), now)).toBe("Active today");
    expect(lastActiveText(new Date("2026-05-09T11:00:00Z"), now)).toBe("Active yesterday");
    expect(lastActiveText(new Date("2026-05-08T11:00:00Z"), now)).toBe("Active 2 days ago");
  });
});
