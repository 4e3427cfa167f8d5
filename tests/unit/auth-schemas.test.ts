import fs from "node:fs";
import path from "node:path";
import {
  changePasswordSchema,
  emailSchema,
  newPasswordSchema,
  safeNextPath,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/schemas";
import { CURRENT_POLICY_VERSION, STALE_POLICY_VERSION } from "@/lib/policies/versions";

function firstError(result: {
  success: boolean;
  error?: { issues: Array<{ message: string }> };
}): string | undefined {
  return result.error?.issues[0]?.message;
}

const commonPasswords = fs
  .readFileSync(path.join(process.cwd(), "lib", "auth", "common-passwords.txt"), "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"));

describe("emailSchema", () => {
  it("trims and lower-cases the address", () => {
    expect(emailSchema.parse("  Ana.Lima@Example.COM ")).toBe("ana.lima@example.com");
  });

  it.each([
    ["", "Enter your email address."],
    ["   ", "Enter your email address."],
    ["ana", "Enter a valid email address, like name@example.com."],
    ["ana@", "Enter a valid email address, like name@example.com."],
    ["ana lima@example.com", "Enter a valid email address, like name@example.com."],
    [`${"a".repeat(250)}@example.com`, "That email address is too long."],
  ])("rejects %j with a clear message", (input, message) => {
    expect(firstError(emailSchema.safeParse(input))).toBe(message);
  });

  it("rejects a value that is not a string", () => {
    expect(firstError(emailSchema.safeParse(undefined))).toBe("Enter your email address.");
    expect(emailSchema.safeParse(["a@example.com"]).success).toBe(false);
  });
});

describe("newPasswordSchema", () => {
  it("rejects 9 characters and accepts 10", () => {
    expect(firstError(newPasswordSchema.safeParse("harbourfo"))).toBe(
      "Use at least 10 characters.",
    );
    expect(newPasswordSchema.parse("harbourfox")).toBe("harbourfox");
  });

  it("accepts 128 characters and rejects 129", () => {
    expect(newPasswordSchema.safeParse("k".repeat(60) + "z".repeat(68)).success).toBe(true);
    expect(firstError(newPasswordSchema.safeParse("k".repeat(60) + "z".repeat(69)))).toBe(
      "Use at most 128 characters.",
    );
  });

  it("has no composition rules: lower-case letters only are fine", () => {
    const phrase = "lanterns by the harbour";
    expect(commonPasswords).not.toContain(phrase);
    expect(newPasswordSchema.safeParse(phrase).success).toBe(true);
    expect(newPasswordSchema.safeParse("harbourfox").success).toBe(true);
  });

  it.each(["qwertyuiop", "1234567890", "password123", "QWERTYUIOP", "Password123", "PassWord123"])(
    "rejects the common password %j",
    (password) => {
      expect(firstError(newPasswordSchema.safeParse(password))).toBe(
        "This password is too common. Choose one that is harder to guess.",
      );
    },
  );

  it("rejects every entry of the shipped list", () => {
    expect(commonPasswords.length).toBeGreaterThan(1000);
    const accepted = commonPasswords.filter(
      (p) => p.length >= 10 && newPasswordSchema.safeParse(p).success,
    );
    expect(accepted).toEqual([]);
  });
});

describe("signUpSchema", () => {
  const valid = {
    displayName: "Ana Lima",
    email: "Ana@Example.com",
    password: "harbour-lantern-47",
    acceptPolicies: CURRENT_POLICY_VERSION,
  };

  it("parses a valid form", () => {
    expect(signUpSchema.parse(valid)).toEqual({ ...valid, email: "ana@example.com" });
  });

  it.each([
    ["role", "admin"],
    ["userId", "00000000-0000-4000-8000-000000000000"],
    ["verified", "true"],
    ["status", "active"],
    ["emailVerifiedAt", "2020-01-01"],
  ])("rejects an extra %j field", (key, value) => {
    const result = signUpSchema.safeParse({ ...valid, [key]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", keys: [key] }),
    ]);
  });

  it("refuses a form without the policies box, or with a version no longer current", () => {
    const { acceptPolicies: _, ...unticked } = valid;
    const missing = signUpSchema.safeParse(unticked);
    expect(missing.error?.issues).toEqual([
      expect.objectContaining({
        path: ["acceptPolicies"],
        message: "Tick the box to accept the terms, privacy notice and community guidelines.",
      }),
    ]);
    const stale = signUpSchema.safeParse({ ...valid, acceptPolicies: "2020-01-01" });
    expect(stale.error?.issues).toEqual([
      expect.objectContaining({ path: ["acceptPolicies"], message: STALE_POLICY_VERSION }),
    ]);
    expect(signUpSchema.safeParse({ ...valid, acceptPolicies: "" }).success).toBe(false);
  });

  it("rejects a common password and a blank name", () => {
    const result = signUpSchema.safeParse({ ...valid, displayName: "  ", password: "1234567890" });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["displayName", "password"]);
  });
});

describe("other auth forms are strict too", () => {
  it("sign-in refuses extra fields", () => {
    expect(
      signInSchema.safeParse({ email: "a@example.com", password: "x", role: "admin" }).success,
    ).toBe(false);
  });

  it("change-password refuses a userId and mismatched passwords", () => {
    const base = {
      currentPassword: "old-password-1",
      password: "harbour-lantern-47",
      confirmPassword: "harbour-lantern-47",
    };
    expect(changePasswordSchema.safeParse(base).success).toBe(true);
    expect(changePasswordSchema.safeParse({ ...base, userId: "someone-else" }).success).toBe(false);
    const mismatch = changePasswordSchema.safeParse({
      ...base,
      confirmPassword: "harbour-lantern-48",
    });
    expect(mismatch.error?.issues[0]).toMatchObject({
      path: ["confirmPassword"],
      message: "The two passwords do not match.",
    });
  });
});

describe("safeNextPath", () => {
  it.each([
    "//evil.com",
    "//evil.com/feed",
    "https://evil.com",
    "http://evil.com/feed",
    "/\\evil.com",
    "evil.com",
    "javascript:alert(1)",
    "",
  ])("refuses %j", (next) => {
    expect(safeNextPath(next)).toBe("/feed");
  });

  it("falls back when nothing is given, to a custom fallback if set", () => {
    expect(safeNextPath(undefined)).toBe("/feed");
    expect(safeNextPath(null, "/settings")).toBe("/settings");
    expect(safeNextPath("//evil.com", "/settings")).toBe("/settings");
  });

  it("keeps a same-site path with its query", () => {
    expect(safeNextPath("/settings?x=1")).toBe("/settings?x=1");
    expect(safeNextPath("/mentors/lin#about")).toBe("/mentors/lin#about");
  });
});

describe("safeNextPath and URL parsing", () => {
  // Browsers strip tabs and newlines from a URL before parsing it, so "/\t/evil.com" becomes
  // "//evil.com". The sign-in page passes the result to redirect() for a signed-in visitor.
  it.each(["/\t/evil.com", "/\n/evil.com", "/\t\\evil.com"])(
    "refuses %j, which a browser reads as another site",
    (next) => {
      expect(safeNextPath(next)).toBe("/feed");
    },
  );

  it("keeps only paths that resolve to our own origin", () => {
    for (const next of ["/settings?x=1", "/feed", "/mentors/lin#about"]) {
      expect(new URL(safeNextPath(next), "https://landed.test").origin).toBe("https://landed.test");
    }
  });
});
