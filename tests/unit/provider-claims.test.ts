import { emailClaimsFromProfile, githubEmailClaims } from "@/lib/auth/provider-claims";

describe("githubEmailClaims (GitHub's /user/emails)", () => {
  it("takes the primary address and GitHub's verified flag", () => {
    expect(
      githubEmailClaims([
        { email: "old@example.test", primary: false, verified: true, visibility: null },
        { email: "Ada@Example.test", primary: true, verified: true, visibility: "private" },
      ]),
    ).toEqual({ email: "ada@example.test", email_verified: true });
  });

  it("says unverified when the primary address is not verified, even if another one is", () => {
    expect(
      githubEmailClaims([
        { email: "verified@example.test", primary: false, verified: true },
        { email: "victim@example.test", primary: true, verified: false },
      ]),
    ).toEqual({ email: "victim@example.test", email_verified: false });
  });

  it("never reads a truthy non-boolean as verified", () => {
    expect(
      githubEmailClaims([{ email: "a@example.test", primary: true, verified: "true" }]),
    ).toEqual({ email: "a@example.test", email_verified: false });
  });

  it("gives no email without a primary address, or for an answer that is not a list", () => {
    const none = { email: null, email_verified: false };
    expect(
      githubEmailClaims([{ email: "a@example.test", primary: false, verified: true }]),
    ).toEqual(none);
    expect(githubEmailClaims([])).toEqual(none);
    expect(githubEmailClaims(null)).toEqual(none);
    expect(githubEmailClaims({ message: "Bad credentials" })).toEqual(none);
    expect(githubEmailClaims([{ email: "  ", primary: true, verified: true }])).toEqual(none);
  });
});

describe("emailClaimsFromProfile (OpenID Connect's email_verified)", () => {
  it("reads email_verified as sent by Google, LinkedIn and OIDC providers", () => {
    expect(emailClaimsFromProfile({ email: "A@x.test", email_verified: true })).toEqual({
      email: "a@x.test",
      email_verified: true,
    });
    expect(
      emailClaimsFromProfile({ email: "a@x.test", email_verified: "true" }).email_verified,
    ).toBe(true);
  });

  it("treats a missing, false or odd email_verified as unverified", () => {
    for (const value of [undefined, false, "false", 1, null, "yes"])
      expect(
        emailClaimsFromProfile({ email: "a@x.test", email_verified: value }).email_verified,
      ).toBe(false);
    expect(emailClaimsFromProfile(undefined)).toEqual({ email: null, email_verified: false });
    expect(emailClaimsFromProfile({ email: "" }).email).toBeNull();
  });
});
