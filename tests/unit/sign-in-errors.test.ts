// next-auth re-exports these from @auth/core; next-auth itself cannot load outside Next (it imports "next/server").
import { AuthError, CredentialsSignin } from "@auth/core/errors";
import { linkErrorMessage, oauthErrorMessage, signInErrorMessage } from "@/lib/auth/sign-in-errors";

// The shape next-auth throws for a refused credentials sign-in (see SignInRefused in lib/auth/next-auth.ts).
function refused(code: string): AuthError {
  const err = new CredentialsSignin();
  err.code = code;
  return err;
}

describe("signInErrorMessage", () => {
  const generic = "That email and password do not match an account.";

  it("says the same for a wrong password, an unknown email and an unknown code", () => {
    expect(signInErrorMessage(refused("invalid"))).toEqual({ message: generic });
    expect(signInErrorMessage(refused("something_new"))).toEqual({ message: generic });
    expect(signInErrorMessage(refused(""))).toEqual({ message: generic });
  });

  it("gives a neutral message for other auth failures", () => {
    class OtherError extends AuthError {
      static type = "Configuration" as const;
    }
    const { message } = signInErrorMessage(new OtherError());
    expect(message).toBe("We could not sign you in. Please try again.");
    expect(message).not.toMatch(/email|password/i);
  });

  it("tells a rate-limited person how long to wait, in whole minutes", () => {
    expect(signInErrorMessage(refused("rate_limited:120")).message).toBe(
      "Too many sign-in attempts. Please wait 2 minutes and try again.",
    );
    expect(signInErrorMessage(refused("rate_limited:30")).message).toContain("wait 1 minute and");
    expect(signInErrorMessage(refused("rate_limited:61")).message).toContain("wait 2 minutes");
    expect(signInErrorMessage(refused("rate_limited")).message).toContain("wait 1 minute and");
  });

  it("tells a suspended member until when, in UTC", () => {
    const until = Date.UTC(2031, 0, 15, 9, 30);
    const { message } = signInErrorMessage(refused(`suspended:${until}`));
    expect(message).toBe(
      "This account is suspended until Wed, 15 Jan 2031 09:30:00 UTC. To appeal, use the link in the email we sent you.",
    );
  });

  it("tells a member suspended with no end date that a moderator will review it", () => {
    expect(signInErrorMessage(refused("suspended")).message).toBe(
      "This account is suspended. A moderator will review it. To appeal, use the link in the email we sent you.",
    );
  });

  it("explains a banned account and an unconfirmed email", () => {
    expect(signInErrorMessage(refused("banned")).message).toMatch(/closed/);
    expect(signInErrorMessage(refused("unverified"))).toEqual({
      message: "Confirm your email address first: open the link we sent you when you signed up.",
      unverified: true,
    });
  });
});

describe("oauthErrorMessage and linkErrorMessage", () => {
  it("explains each refusal of an OAuth sign-in", () => {
    expect(oauthErrorMessage("OAuthEmailUnverified")).toMatch(/has not confirmed your email/);
    expect(oauthErrorMessage("OAuthAccountNotLinked")).toMatch(
      /already exists\. Sign in with your password .*Connected accounts/,
    );
    expect(oauthErrorMessage("OAuthNoEmail")).toMatch(/did not share an email/);
    expect(oauthErrorMessage(undefined)).toBeUndefined();
  });

  it("answers an unknown code, or one naming an Object property, with a neutral message", () => {
    const neutral = "We could not sign you in with that provider. Please try again.";
    expect(oauthErrorMessage("<script>")).toBe(neutral);
    expect(oauthErrorMessage("constructor")).toBe(neutral);
    expect(linkErrorMessage("toString")).toBe("We could not link that account. Please try again.");
  });

  it("explains each refusal of a link from Settings", () => {
    expect(linkErrorMessage("LinkTaken")).toMatch(/already linked to another Landed account/);
    expect(linkErrorMessage("LinkExpired")).toMatch(/expired or was already used/);
    expect(linkErrorMessage(undefined)).toBeUndefined();
  });
});
