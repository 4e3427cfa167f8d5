// One way to declare a value list: the codes keep the order written (the PostgreSQL enums depend on
// it), and the labels, choices and code check all come from the one record.
import { z } from "zod";
import { categorySlugs, isCategorySlug } from "@/lib/community/vocabulary";
import { stageCodes, stageOptions, stages } from "@/lib/domain/stages";
import { vocabulary } from "@/lib/vocabulary";

describe("vocabulary", () => {
  const kinds = vocabulary({ guide: "Guide", article: "Article", off_topic: "Off-topic" });

  it("keeps the codes in the order written, with their labels and choices", () => {
    expect(kinds.codes).toEqual(["guide", "article", "off_topic"]);
    expect(kinds.labels).toEqual({ guide: "Guide", article: "Article", off_topic: "Off-topic" });
    expect(kinds.entries).toEqual(kinds.labels);
    expect(kinds.options).toEqual([
      { value: "guide", label: "Guide" },
      { value: "article", label: "Article" },
      { value: "off_topic", label: "Off-topic" },
    ]);
    expect(kinds.label("article")).toBe("Article");
  });

  it("knows its own codes only, not inherited keys or other types", () => {
    expect(kinds.isCode("guide")).toBe(true);
    for (const value of ["Guide", "", "toString", "__proto__", "constructor", 1, null, undefined]) {
      expect(kinds.isCode(value)).toBe(false);
    }
  });

  it("gives zod a tuple of the codes", () => {
    const schema = z.enum(kinds.codes);
    expect(schema.parse("article")).toBe("article");
    expect(schema.safeParse("video").success).toBe(false);
  });

  it("takes richer entries with where their label is", () => {
    const levels = vocabulary(
      { low: { label: "Low", rank: 1 }, high: { label: "High", rank: 2 } },
      (e) => e.label,
    );
    expect(levels.codes).toEqual(["low", "high"]);
    expect(levels.entries.high.rank).toBe(2);
    expect(levels.labels).toEqual({ low: "Low", high: "High" });
    expect(levels.options.map((o) => o.label)).toEqual(["Low", "High"]);
  });

  it("refuses an empty list", () => {
    expect(() => vocabulary({})).toThrow();
  });

  it("serves the domain's lists as before", () => {
    expect(stageCodes[0]).toBe("exploring");
    expect(stageOptions.at(-1)).toEqual({
      value: "appeal_or_refile",
      label: stages.appeal_or_refile.label,
    });
    expect(categorySlugs.at(-1)).toBe("off-topic");
    expect(isCategorySlug("letters")).toBe(true);
    expect(isCategorySlug("Letters")).toBe(false);
  });
});
