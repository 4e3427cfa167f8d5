// docs/security.md #20: failed sign-ins, rate-limit hits and admin actions are logged as structured
// events, and the logs never carry passwords, tokens or email addresses.
import { verifyCredentials } from "@/lib/auth/accounts";
import { RateLimitedError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { suspendUser } from "@/lib/moderation/sanctions";
import { freshIp, insertUser } from "./helpers";

function captureLogs() {
  const lines: Array<{ level: string; obj: Record<string, unknown> }> = [];
  for (const level of ["info", "warn", "error"] as const) {
    vi.spyOn(logger, level).mockImplementation(((obj: Record<string, unknown>) => {
      lines.push({ level, obj });
    }) as never);
  }
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe("security events in the logs", () => {
  it("a failed sign-in is logged without the password or the email address", async () => {
    const lines = captureLogs();
    const user = await insertUser();
    await verifyCredentials(user.email, "guessed-password-1", "203.0.113.50");
    const event = lines.find((l) => l.obj.event === "auth.sign_in_failed");
    expect(event).toMatchObject({ level: "warn", obj: { ip: "203.0.113.50" } });
    const text = JSON.stringify(lines);
    expect(text).not.toContain("guessed-password-1");
    expect(text).not.toContain(user.email);
  });

  it("a rate-limit hit is logged with the rule that fired", async () => {
    const lines = captureLogs();
    const ip = freshIp();
    // One fixed moment, so the eleven attempts cannot straddle two one-minute windows.
    const now = new Date();
    for (let i = 0; i < 10; i++)
      await verifyCredentials(`probe${i}@example.test`, "x-password-1", ip, { now });
    await expect(
      verifyCredentials("probe-last@example.test", "x-password-1", ip, { now }),
    ).rejects.toBeInstanceOf(RateLimitedError);
    expect(lines.find((l) => l.obj.event === "rate_limit.hit")?.obj).toMatchObject({
      rule: "sign-in:ip",
    });
  });

  it("an admin action is logged with its actor and target", async () => {
    const lines = captureLogs();
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser();
    await suspendUser(moderator, { userId: member.id, until: null, reason: "spam links" });
    expect(lines.find((l) => l.obj.event === "audit")?.obj).toMatchObject({
      action: "user.suspend",
      actorId: moderator.id,
      targetId: member.id,
    });
  });
});
