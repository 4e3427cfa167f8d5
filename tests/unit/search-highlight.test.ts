import {
  highlightTerms,
  MARK_START as S,
  MARK_STOP as E,
  parseHeadline,
  queryTerms,
  segmentsText,
  stripMarkers,
} from "@/lib/search/highlight";

describe("parseHeadline", () => {
  it("splits a headline at the markers", () => {
    expect(parseHeadline(`Keep every ${S}invitation${E} and each ${S}review${E}.`)).toEqual([
      { text: "Keep every ", match: false },
      { text: "invitation", match: true },
      { text: " and each ", match: false },
      { text: "review", match: true },
      { text: ".", match: false },
    ]);
  });

  it("handles a match at either end, adjacent matches and text without markers", () => {
    expect(parseHeadline(`${S}Judging${E}${S} letters${E}`)).toEqual([
      { text: "Judging letters", match: true },
    ]);
    expect(parseHeadline("no markers")).toEqual([{ text: "no markers", match: false }]);
    expect(parseHeadline("")).toEqual([]);
  });

  it("never shows a marker, even stray, repeated or unclosed ones", () => {
    const segments = parseHeadline(`a${E}b ${S}${S}c${E}${E} d ${S}e`);
    expect(segments).toEqual([
      { text: "ab ", match: false },
      { text: "c", match: true },
      { text: " d ", match: false },
      { text: "e", match: true },
    ]);
    for (const s of segments) expect(s.text).not.toMatch(/[\u0002\u0003]/);
  });

  it("keeps markup as text: segments are never HTML", () => {
    const segments = parseHeadline(`<script>alert(1)</script> ${S}<b>x</b>${E}`);
    expect(segmentsText(segments)).toBe("<script>alert(1)</script> <b>x</b>");
  });
});

describe("queryTerms", () => {
  it("keeps the words worth marking", () => {
    expect(queryTerms('"Recommendation letters" for EB-1A -draft OR judging')).toEqual([
      "recommendation",
      "letter",
      "eb",
      "1a",
      "judg",
    ]);
    expect(queryTerms("the a of")).toEqual([]);
    expect(queryTerms(`${S}x${E}`)).toEqual([]);
  });
});

describe("highlightTerms", () => {
  it("marks query words case-insensitively, with their endings", () => {
    expect(highlightTerms("Visas and the visa bulletin; VISA.", "visa")).toEqual([
      { text: "Visas", match: true },
      { text: " and the ", match: false },
      { text: "visa", match: true },
      { text: " bulletin; ", match: false },
      { text: "VISA", match: true },
      { text: ".", match: false },
    ]);
    expect(highlightTerms("My letter of support", "letters")).toEqual([
      { text: "My ", match: false },
      { text: "letter", match: true },
      { text: " of support", match: false },
    ]);
  });

  it("marks only at the start of a word", () => {
    expect(highlightTerms("television", "vision")).toEqual([{ text: "television", match: false }]);
  });

  it("treats the query as text, not a pattern", () => {
    expect(highlightTerms("a (bee) c.* d", "(bee) .* [")).toEqual([
      { text: "a (", match: false },
      { text: "bee", match: true },
      { text: ") c.* d", match: false },
    ]);
  });

  it("strips marker characters from the text before marking", () => {
    const segments = highlightTerms(`${S}forged${E} and judging`, "judging");
    expect(segments).toEqual([
      { text: "forged and ", match: false },
      { text: "judging", match: true },
    ]);
    expect(stripMarkers(`a${S}b${E}c`)).toBe("abc");
  });
});
