import { findSensitiveNumbers, sensitiveNumberMessage } from "@/lib/community/sensitive";

const kinds = (text: string) => findSensitiveNumbers(text).map((f) => f.kind);

describe("sensitive numbers in posts", () => {
  it.each([
    ["My receipt is EAC2190012345, any idea?", "receipt_number"],
    ["receipt IOE0912345678 came today", "receipt_number"],
    ["WAC-21-900-12345 is my case", "receipt_number"],
    ["LIN 21 900 12345", "receipt_number"],
    ["src2290054321 (lower case)", "receipt_number"],
    ["MSC 2190012345", "receipt_number"],
    ["YSC1234567890", "receipt_number"],
    ["NBC-1234567890", "receipt_number"],
    ["Office receipt ZLA1234567890", "receipt_number"],
  ])("finds a receipt number in %j", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    "My A-number is A123456789",
    "A12345678 on the card",
    "alien number A-123-456-789",
    "A 123 456 789",
    "my A-number: 123456789",
    "A# 12345678",
    "Alien registration number 123-456-789",
  ])("finds an A-number in %j", (text) => {
    expect(kinds(text)).toEqual(["a_number"]);
  });

  it.each([
    "passport number X1234567",
    "My passport: 123456789",
    "Passport no. AB1234567 expires soon",
    "passports E12345678",
  ])("finds a passport number near the word passport in %j", (text) => {
    expect(kinds(text)).toEqual(["passport_number"]);
  });

  it.each([
    "I filed in 2023 and got approved in 2024.",
    "Call me at +1 (415) 555-0134 or 415-555-0134.",
    "The paper is doi:10.1038/s41586-020-2649-2.",
    "ORCID 0000-0002-1825-0097",
    "ISBN 978-3-16-148410-0",
    "arXiv:2301.12345",
    "My salary was $185,000, about 12345678 rupees.",
    "Section A 2023 notes",
    "Plan A, 12345678 steps",
    "EAC processed it in 6 months; my case number is private.",
    "I renewed my passport in 2019 after 3 weeks.",
    "I have 123456789 citations", // no context word
    "The A-number format is A plus 8 or 9 digits.",
    "Table A1 shows 20 rows",
    "EB-1A criteria 1 to 10",
    "Ticket #12345678 at the airline",
    "My phone: 5551234567",
  ])("does not flag %j", (text) => {
    expect(findSensitiveNumbers(text)).toEqual([]);
  });

  it("reports each kind, in order, with the number shortened", () => {
    const found = findSensitiveNumbers("A123456789 and EAC2190012345 and passport X1234567");
    expect(found.map((f) => f.kind)).toEqual(["a_number", "receipt_number", "passport_number"]);
    expect(found[1]!.masked).toBe("EAC…45");
    const message = sensitiveNumberMessage(found)!;
    expect(message).toContain("a USCIS receipt number (EAC…45)");
    expect(message).toContain("an A-number");
    expect(message).toContain("a passport number");
    expect(message).toContain("Please remove it");
    expect(message).not.toContain("2190012345");
  });

  it("has no message when nothing is found", () => {
    expect(sensitiveNumberMessage([])).toBeNull();
  });
});
