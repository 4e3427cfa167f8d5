import { parseEnv, seedsDemo } from "@/lib/env";

const secret = "x".repeat(32);

function errorOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("parseEnv accepted an invalid environment");
}

describe("parseEnv", () => {
  it("fills in development defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DATABASE_POOL_MAX: 10,
      DATABASE_STATEMENT_TIMEOUT_MS: 5000,
      DATABASE_PARALLEL_WORKERS: 0,
      PGLITE_DATA_DIR: ".data/pglite",
      APP_URL: "http://localhost:3000",
      EMAIL_FROM: "Landed <no-reply@landed.local>",
      EVIDENCE_STORAGE_DIR: ".data/evidence",
      LOG_LEVEL: "info",
    });
  });

  it("treats empty and blank values as unset", () => {
    const env = parseEnv({
      DATABASE_URL: "",
      SMTP_URL: "  ",
      AUTH_SECRET: "",
      PGLITE_DATA_DIR: "",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.AUTH_SECRET).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
  });

  it("keeps valid values and coerces numbers", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://landed@db:5432/landed",
      DATABASE_POOL_MAX: "25",
      SMTP_URL: "smtps://user:pass@mail.example.com:465",
      AUTH_SECRET: secret,
    });
    expect(env).toMatchObject({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://landed@db:5432/landed",
      DATABASE_POOL_MAX: 25,
      SMTP_URL: "smtps://user:pass@mail.example.com:465",
      AUTH_SECRET: secret,
    });
  });

  it("takes S3 evidence storage settings, with both keys or neither", () => {
    expect(parseEnv({ EVIDENCE_S3_BUCKET: "landed-evidence" }).EVIDENCE_S3_BUCKET).toBe(
      "landed-evidence",
    );
    expect(
      errorOf({ EVIDENCE_S3_BUCKET: "landed-evidence", EVIDENCE_S3_ACCESS_KEY_ID: "AKIA" }),
    ).toContain("EVIDENCE_S3_SECRET_ACCESS_KEY");
    expect(
      parseEnv({ EVIDENCE_STORAGE_DIR: "/var/lib/landed/evidence" }).EVIDENCE_STORAGE_DIR,
    ).toBe("/var/lib/landed/evidence");
  });

  it("names DATABASE_URL when it is not a postgres URL", () => {
    const message = errorOf({ DATABASE_URL: "mysql://root@localhost/landed" });
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("postgres://");
  });

  it("takes a number of parallel workers from 0 to 16, and names the variable otherwise", () => {
    expect(parseEnv({ DATABASE_PARALLEL_WORKERS: "2" }).DATABASE_PARALLEL_WORKERS).toBe(2);
    for (const bad of ["-1", "17", "two", "1.5"]) {
      expect(errorOf({ DATABASE_PARALLEL_WORKERS: bad })).toContain("DATABASE_PARALLEL_WORKERS");
    }
  });

  it("names SMTP_URL when it is not an smtp URL", () => {
    const message = errorOf({ SMTP_URL: "http://mail.example.com" });
    expect(message).toContain("SMTP_URL");
    expect(message).toContain("smtp://");
  });

  it("names AUTH_SECRET when it is shorter than 32 characters", () => {
    const message = errorOf({ AUTH_SECRET: "x".repeat(31) });
    expect(message).toMatch(/AUTH_SECRET: must be at least 32 characters/);
    expect(parseEnv({ AUTH_SECRET: secret }).AUTH_SECRET).toBe(secret);
  });

  it("lists every bad variable at once", () => {
    const message = errorOf({
      DATABASE_URL: "mysql://x",
      SMTP_URL: "http://x",
      AUTH_SECRET: "short",
    });
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("SMTP_URL");
    expect(message).toContain("AUTH_SECRET");
  });

  it("names a bad number or enum value", () => {
    expect(errorOf({ DATABASE_POOL_MAX: "0" })).toContain("DATABASE_POOL_MAX");
    expect(errorOf({ LOG_LEVEL: "verbose" })).toContain("LOG_LEVEL");
    expect(errorOf({ NODE_ENV: "staging" })).toContain("NODE_ENV");
  });

  it("requires AUTH_SECRET in production only", () => {
    const message = errorOf({ NODE_ENV: "production" });
    expect(message).toContain("AUTH_SECRET");
    expect(message).toContain("required in production");
    expect(errorOf({ NODE_ENV: "production", AUTH_SECRET: "   " })).toContain("AUTH_SECRET");
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret }).AUTH_SECRET).toBe(secret);
    expect(parseEnv({ NODE_ENV: "development" }).AUTH_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "test" }).AUTH_SECRET).toBeUndefined();
  });

  it("refuses the development secret in production", () => {
    const dev = "landed-development-secret-not-for-production-use";
    expect(errorOf({ NODE_ENV: "production", AUTH_SECRET: dev })).toContain(
      "AUTH_SECRET: must not be the development secret in production",
    );
    expect(parseEnv({ NODE_ENV: "development", AUTH_SECRET: dev }).AUTH_SECRET).toBe(dev);
  });
});

describe("seedsDemo", () => {
  const at = (source: Record<string, string>) => parseEnv(source);

  it("seeds an embedded database in development, never PostgreSQL, by default", () => {
    expect(seedsDemo(at({}), "pglite")).toBe(true);
    expect(seedsDemo(at({ NODE_ENV: "test" }), "pglite")).toBe(true);
    expect(seedsDemo(at({}), "postgres")).toBe(false);
  });

  it("seeds nothing in production unless SEED_DEMO=true is set", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: secret };
    expect(seedsDemo(at(production), "pglite")).toBe(false);
    expect(seedsDemo(at(production), "postgres")).toBe(false);
    expect(seedsDemo(at({ ...production, SEED_DEMO: "true" }), "pglite")).toBe(true);
    expect(seedsDemo(at({ ...production, SEED_DEMO: "true" }), "postgres")).toBe(true);
    expect(seedsDemo(at({ SEED_DEMO: "false" }), "pglite")).toBe(false);
    expect(errorOf({ SEED_DEMO: "yes" })).toContain("SEED_DEMO");
  });
});

describe("the generic OpenID Connect provider's keys", () => {
  const keys = { AUTH_OIDC_ID: "landed", AUTH_OIDC_SECRET: "s3cret" };

  it("takes an https issuer, or plain http only on this machine", () => {
    for (const issuer of [
      "https://sso.example.com/realms/landed",
      "http://127.0.0.1:3190",
      "http://localhost:8080/realms/dev",
      "http://[::1]:9000",
    ])
      expect(parseEnv({ ...keys, AUTH_OIDC_ISSUER: issuer }).AUTH_OIDC_ISSUER).toBe(issuer);
  });

  it("refuses plain http to another machine, in production as in development", () => {
    for (const NODE_ENV of ["development", "production"])
      expect(
        errorOf({
          NODE_ENV,
          AUTH_SECRET: secret,
          ...keys,
          AUTH_OIDC_ISSUER: "http://sso.example.com",
        }),
      ).toContain("AUTH_OIDC_ISSUER: must be an https:// URL");
    expect(errorOf({ ...keys, AUTH_OIDC_ISSUER: "http://127.0.0.1.evil.test" })).toContain(
      "AUTH_OIDC_ISSUER",
    );
    expect(errorOf({ ...keys, AUTH_OIDC_ISSUER: "not a url" })).toContain("AUTH_OIDC_ISSUER");
  });

  it("needs the issuer, id and secret together", () => {
    const message = errorOf({ AUTH_OIDC_ISSUER: "https://sso.example.com", AUTH_OIDC_ID: "x" });
    expect(message).toContain("AUTH_OIDC_SECRET: is needed with AUTH_OIDC_ISSUER and AUTH_OIDC_ID");
    expect(message).not.toContain("AUTH_OIDC_ID:");
    expect(errorOf({ AUTH_OIDC_SECRET: "x" })).toContain("AUTH_OIDC_ISSUER: is needed");
    expect(parseEnv({ AUTH_OIDC_NAME: "Acme SSO" }).AUTH_OIDC_NAME).toBe("Acme SSO");
  });
});
