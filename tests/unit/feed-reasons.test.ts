// reasonText(): the "because…" chip reads as plain English for every reason the ranking can give.
import { fieldCodes } from "@/lib/domain/case-facts";
import { chargeabilityAreas } from "@/lib/domain/countries";
import { pathwayRequirements } from "@/lib/domain/criteria";
import { pathwayCodes } from "@/lib/domain/pathways";
import { stageCodes } from "@/lib/domain/stages";
import { reasonText } from "@/lib/feed/reasons";
import type { FeedReason } from "@/lib/feed/types";

function everyReason(): FeedReason[] {
  const out: FeedReason[] = [
    { code: "followed_thread" },
    { code: "followed_author" },
    { code: "official" },
    { code: "popular" },
    { code: "fresh" },
    { code: "library" },
  ];
  for (const pathway of pathwayCodes) {
    out.push({ code: "pathway", pathway });
    for (const criterion of pathwayRequirements[pathway].criteria) {
      out.push({ code: "weak_criterion", pathway, criterion });
    }
  }
  for (const stage of stageCodes) out.push({ code: "stage", stage });
  for (const field of fieldCodes) out.push({ code: "field", field });
  for (const area of chargeabilityAreas) out.push({ code: "chargeability", area });
  return out;
}

describe("the because… chip", () => {
  it("reads the examples as written", () => {
    expect(reasonText({ code: "weak_criterion", pathway: "eb1a", criterion: "judging" })).toBe(
      "For EB-1A applicants weak on judging",
    );
    expect(
      reasonText({ code: "weak_criterion", pathway: "o1a", criterion: "original_contributions" }),
    ).toBe("For O-1A applicants weak on original contributions");
    expect(reasonText({ code: "pathway", pathway: "eb2_niw" })).toBe("For EB-2 NIW applicants");
    expect(reasonText({ code: "stage", stage: "building_evidence" })).toBe(
      "For people at the building-evidence stage",
    );
    expect(reasonText({ code: "stage", stage: "rfe" })).toBe("For people answering an RFE");
    expect(reasonText({ code: "field", field: "ai_computing" })).toBe(
      "In your field: Computer science and AI",
    );
    expect(reasonText({ code: "chargeability", area: "IN" })).toBe("For people born in India");
    expect(reasonText({ code: "chargeability", area: "CN" })).toBe(
      "For people born in mainland China",
    );
    expect(reasonText({ code: "chargeability", area: "PH" })).toBe(
      "For people born in the Philippines",
    );
    expect(reasonText({ code: "chargeability", area: "ROW" })).toBe(
      "For rest-of-world chargeability",
    );
    expect(reasonText({ code: "followed_thread" })).toBe("New replies on a thread you follow");
    expect(reasonText({ code: "followed_author" })).toBe("From an author you follow");
    expect(reasonText({ code: "official" })).toBe("Official guidance from Landed");
    expect(reasonText({ code: "popular" })).toBe("Popular with members");
    expect(reasonText({ code: "fresh" })).toBe("New this week");
  });

  it("names the NIW prongs in words that follow “weak on”", () => {
    expect(reasonText({ code: "weak_criterion", pathway: "eb2_niw", criterion: "balance" })).toBe(
      "For EB-2 NIW applicants weak on the balance of interests (prong 3)",
    );
    expect(
      reasonText({ code: "weak_criterion", pathway: "eb2_niw", criterion: "merit_importance" }),
    ).toBe("For EB-2 NIW applicants weak on merit and national importance");
  });

  it("gives every reason a short sentence-case text with nothing missing", () => {
    const texts = new Set<string>();
    for (const reason of everyReason()) {
      const text = reasonText(reason);
      expect(text, JSON.stringify(reason)).toMatch(/^[A-Z][^.]*[^.\s]$/);
      expect(text).not.toMatch(/undefined|null|_/);
      expect(text.length).toBeLessThanOrEqual(70);
      texts.add(text);
    }
    // Different reasons never read the same, so a chip always says which one it is.
    expect(texts.size).toBe(everyReason().length);
  });
});
