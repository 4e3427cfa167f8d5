import { createLogger, emailFingerprint } from "@/lib/logger";

function capture() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) } };
}

describe("createLogger", () => {
  let savedLevel: string | undefined;
  beforeEach(() => {
    savedLevel = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = "info";
  });
  afterEach(() => {
    if (savedLevel === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = savedLevel;
  });

  it("writes one JSON line per entry", () => {
    const { lines, stream } = capture();
    createLogger(stream).info(
      { event: "auth.sign_in_failed", ip: "203.0.113.9" },
      "failed sign-in",
    );
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 30,
      service: "landed",
      event: "auth.sign_in_failed",
      ip: "203.0.113.9",
      msg: "failed sign-in",
    });
  });

  it("redacts passwords, tokens and hashes at the top level and one level down", () => {
    const { lines, stream } = capture();
    const secrets = {
      password: "hunter2-top-secret",
      newPassword: "brand-new-secret-pw",
      currentPassword: "current-secret-pw",
      token: "tok_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
    };
    const log = createLogger(stream);
    log.warn({ event: "test", ...secrets }, "top level");
    log.warn(
      { event: "test", input: secrets, user: { email: "x", passwordHash: secrets.passwordHash } },
      "nested",
    );
    log.warn(
      { event: "test", headers: { cookie: "authjs.session-token=eyJsecretcookie" } },
      "headers",
    );
    const output = lines.join("");
    for (const value of [...Object.values(secrets), "eyJsecretcookie"])
      expect(output).not.toContain(value);
    const top = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(top).toMatchObject({
      password: "[redacted]",
      newPassword: "[redacted]",
      token: "[redacted]",
      passwordHash: "[redacted]",
    });
    const nested = JSON.parse(lines[1]!) as {
      input: Record<string, unknown>;
      user: Record<string, unknown>;
    };
    expect(nested.input).toMatchObject({
      password: "[redacted]",
      currentPassword: "[redacted]",
      token: "[redacted]",
    });
    expect(nested.user).toEqual({ email: "x", passwordHash: "[redacted]" });
    expect(JSON.parse(lines[2]!)).toMatchObject({ headers: { cookie: "[redacted]" } });
  });

  it("is silent under NODE_ENV=test when LOG_LEVEL is unset", () => {
    delete process.env.LOG_LEVEL;
    const { lines, stream } = capture();
    createLogger(stream).error({ event: "x" }, "nothing");
    expect(lines).toEqual([]);
  });
});

describe("emailFingerprint", () => {
  it("is stable, short and ignores case", () => {
    const fp = emailFingerprint("ana.lima@example.com");
    expect(fp).toMatch(/^[0-9a-f]{8}$/);
    expect(emailFingerprint("ana.lima@example.com")).toBe(fp);
    expect(emailFingerprint("Ana.Lima@EXAMPLE.com")).toBe(fp);
  });

  it("tells different addresses apart", () => {
    expect(emailFingerprint("ana.lima@example.com")).not.toBe(
      emailFingerprint("ana.lima@example.org"),
    );
    expect(emailFingerprint("a@example.com")).not.toBe(emailFingerprint("b@example.com"));
  });

  it("does not contain the address or its parts", () => {
    const fp = emailFingerprint("ana.lima@example.com");
    expect(fp).not.toContain("ana");
    expect(fp).not.toContain("example");
  });
});
