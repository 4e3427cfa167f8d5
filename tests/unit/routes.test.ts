import { isMemberPath, memberPathPrefixes } from "@/lib/auth/routes";

describe("isMemberPath", () => {
  it.each([
    "/feed",
    "/feed/",
    "/feed/123",
    "/settings",
    "/settings/security",
    "/admin",
    "/admin/users",
    "/notifications",
    "/community/new",
    "/community/123/slug",
    "/community/3f2b1c4d-0000-4000-8000-000000000000/a/b",
    "/mentors",
    "/mentors/lin/edit",
    "/onboarding",
    "/profile",
    "/mentorships/42",
    "/saved",
    "/write",
    "/write/new",
    "/accept-policies",
  ])("%s needs a signed-in member", (path) => {
    expect(isMemberPath(path)).toBe(true);
  });

  it.each([
    "/",
    "/library",
    "/library/3f2b1c4d-0000-4000-8000-000000000000/a-guide",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/reset-password",
    "/verify-email",
    "/privacy",
    "/terms",
    "/guidelines",
    "/feedback",
    "/administrator",
    "/settingsx",
    "/api/auth/session",
    "/mentors/lin",
    "/community",
    "/community/3f2b1c4d-0000-4000-8000-000000000000",
    "/community/3f2b1c4d-0000-4000-8000-000000000000/how-to-prove-judging",
    "/search",
  ])("%s is public", (path) => {
    expect(isMemberPath(path)).toBe(false);
  });

  it("covers every listed prefix", () => {
    for (const prefix of memberPathPrefixes) expect(isMemberPath(`${prefix}/x/y`)).toBe(true);
  });
});
