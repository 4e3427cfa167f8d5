import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import {
  findSensitiveNumbers,
  maskSensitiveNumbers,
  refuseSensitiveNumbers,
  sensitiveNumberMessage,
} from "@/lib/sensitive/numbers";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";

const kinds = (text: string) => findSensitiveNumbers(text).map((f) => f.kind);

describe("finding sensitive numbers", () => {
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
    expect(message).toContain("Remove it and try again");
    expect(message).not.toContain("2190012345");
  });

  it("has no message when nothing is found", () => {
    expect(sensitiveNumberMessage([])).toBeNull();
  });
});

describe("masking them in text that is kept", () => {
  it("replaces each number, however it is written, by its shortened form", () => {
    const text =
      "Receipt WAC-21-900-12345, A-number A 123 456 789, passport: X1234567, and my A-number: 123456789.";
    const masked = maskSensitiveNumbers(text);
    expect(masked).toBe(
      "Receipt WAC…45, A-number A12…89, passport: X12…67, and my A-number: 123…89.",
    );
    expect(findSensitiveNumbers(masked)).toEqual([]);
    expect(maskSensitiveNumbers(masked)).toBe(masked);
  });

  it("leaves text with no number as it is", () => {
    const text = "I filed in 2023; call 415-555-0134. EAC took 6 months.";
    expect(maskSensitiveNumbers(text)).toBe(text);
  });
});

describe("noSensitiveNumbers, the check every refused text's schema carries", () => {
  const schema = z.strictObject({
    bio: z.string().trim().max(2000).check(noSensitiveNumbers()),
    note: z.string().trim().check(noSensitiveNumbers()).optional(),
  });

  it("refuses the field with a message naming what was found, shortened", () => {
    const parsed = schema.safeParse({ bio: "  My case EAC2190012345 was approved  " });
    expect(parsed.success).toBe(false);
    const errors = z.flattenError(parsed.error!).fieldErrors;
    expect(errors.bio).toEqual([
      expect.stringContaining("a USCIS receipt number (EAC…45)") as string,
    ]);
    expect(JSON.stringify(parsed.error)).not.toContain("2190012345");
    expect(errors.note).toBeUndefined();
  });

  it("names each field that has one, and passes clean or absent text", () => {
    const parsed = schema.safeParse({ bio: "A 123 456 789", note: "passport no. AB1234567" });
    const errors = z.flattenError(parsed.error!).fieldErrors;
    expect(errors.bio?.[0]).toContain("an A-number");
    expect(errors.note?.[0]).toContain("a passport number (AB1…67)");
    expect(schema.safeParse({ bio: "Approved in 2024 after an RFE." }).success).toBe(true);
  });

  it("refuses text reaching a domain function without a schema the same way", () => {
    const error = (() => {
      try {
        refuseSensitiveNumbers({ title: "fine", body: "IOE0912345678" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      body: [expect.stringContaining("IOE…78") as string],
    });
    expect(() => refuseSensitiveNumbers({ title: "fine", body: undefined })).not.toThrow();
  });
});
