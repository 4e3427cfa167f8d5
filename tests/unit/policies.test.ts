// The published policy versions: one current version, what changed since a member's, and who must
// accept before going on.
import {
  changesSince,
  CURRENT_POLICY_VERSION,
  needsPolicyAcceptance,
  policyVersions,
  versionDate,
} from "@/lib/policies/versions";

describe("policy versions", () => {
  it("are dates, newest first, each saying what changed, and the current one is the newest", () => {
    const versions = policyVersions.map((v) => v.version);
    expect(versions.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))).toBe(true);
    expect([...versions].sort().reverse()).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(policyVersions.every((v) => v.changes.length > 0)).toBe(true);
    expect(CURRENT_POLICY_VERSION).toBe(versions[0]);
  });

  it("asks a member on an older version, or on none (an OAuth account), and not one on the current", () => {
    expect(needsPolicyAcceptance({ policyVersion: CURRENT_POLICY_VERSION })).toBe(false);
    expect(needsPolicyAcceptance({ policyVersion: "2020-01-01" })).toBe(true);
    expect(needsPolicyAcceptance({ policyVersion: null })).toBe(true);
  });

  it("leaves Settings → Your data open, and nothing that only starts like it", () => {
    const old = { policyVersion: "2020-01-01" };
    expect(needsPolicyAcceptance(old, "/settings/data")).toBe(false);
    expect(needsPolicyAcceptance(old, "/settings/data?export=1")).toBe(false);
    expect(needsPolicyAcceptance(old, "/settings/database")).toBe(true);
    expect(needsPolicyAcceptance(old, "/settings")).toBe(true);
  });

  it("lists what changed since the member's version (everything when none or unknown)", () => {
    expect(changesSince(CURRENT_POLICY_VERSION)).toEqual([]);
    expect(changesSince(null)).toEqual(policyVersions);
    expect(changesSince("1999-01-01")).toEqual(policyVersions);
  });

  it("reads a version as a date", () => {
    expect(versionDate("2026-12-01")).toBe("December 1, 2026");
  });
});
