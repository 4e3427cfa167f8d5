// Country and language codes: only the listed codes are codes, not the names every object inherits.
import { describe, expect, it } from "vitest";
import { isCountryCode, isLanguageCode } from "@/lib/domain/countries";

describe("country and language codes", () => {
  it("knows the listed codes and nothing an object inherits", () => {
    expect(isCountryCode("IN")).toBe(true);
    expect(isLanguageCode("en")).toBe(true);
    for (const inherited of ["toString", "constructor", "__proto__", "hasOwnProperty"]) {
      expect(isCountryCode(inherited)).toBe(false);
      expect(isLanguageCode(inherited)).toBe(false);
    }
  });
});
