// Environment, validated once with zod; a bad value stops start-up with a message naming the variable.
import { z } from "zod";
import { compileTrust } from "@/lib/auth/trusted-proxies";

// Signs sessions in development only; a production start refuses it (the check below).
const DEV_SECRET = "landed-development-secret-not-for-production-use";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** Plain http only to this machine: nothing crosses a network unencrypted (RFC 8252, 8.3). */
export function isHttpsOrLoopback(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  if (protocol === "https:") return true;
  return (
    protocol === "http:" &&
    (hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname))
  );
}

const oidcKeys = ["AUTH_OIDC_ISSUER", "AUTH_OIDC_ID", "AUTH_OIDC_SECRET"] as const;

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    DATABASE_PARALLEL_WORKERS: z.coerce.number().int().min(0).max(16).default(0),
    PGLITE_DATA_DIR: optionalString.default(".data/pglite"),
    // Demo people on an empty database: on by default only for development on PGlite (db/prepare.ts).
    SEED_DEMO: optionalString.pipe(z.enum(["true", "false"]).optional()),
    AUTH_SECRET: optionalString.pipe(
      z.string().min(32, "must be at least 32 characters").optional(),
    ),
    APP_URL: z.url().default("http://localhost:3000"),
    // Which proxies may report the client's address in X-Forwarded-For (lib/auth/trusted-proxies.ts).
    TRUSTED_PROXIES: optionalString,
    SMTP_URL: optionalString.pipe(
      z
        .string()
        .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
        .optional(),
    ),
    EMAIL_FROM: z.string().default("Landed <no-reply@landed.local>"),
    AUTH_GITHUB_ID: optionalString,
    AUTH_GITHUB_SECRET: optionalString,
    AUTH_GOOGLE_ID: optionalString,
    AUTH_GOOGLE_SECRET: optionalString,
    AUTH_LINKEDIN_ID: optionalString,
    AUTH_LINKEDIN_SECRET: optionalString,
    // A generic OpenID Connect provider (Keycloak, Okta, Authentik…), found by OIDC discovery.
    AUTH_OIDC_ISSUER: optionalString.pipe(
      z
        .url("must be a URL, like https://sso.example.com/realms/landed")
        .refine(
          isHttpsOrLoopback,
          "must be an https:// URL (http:// only for a provider on this machine: localhost or 127.0.0.1)",
        )
        .optional(),
    ),
    AUTH_OIDC_ID: optionalString,
    AUTH_OIDC_SECRET: optionalString,
    AUTH_OIDC_NAME: optionalString.pipe(
      z.string().max(40, "must be at most 40 characters").optional(),
    ),
    // Mentors' evidence files (lib/verification/storage.ts): a directory on local disk.
    EVIDENCE_STORAGE_DIR: optionalString.default(".data/evidence"),
    // S3-compatible storage for evidence (AWS S3, MinIO, R2): used when the bucket is set.
    EVIDENCE_S3_BUCKET: optionalString,
    EVIDENCE_S3_ENDPOINT: optionalString.pipe(z.url("must be a URL").optional()),
    EVIDENCE_S3_REGION: optionalString,
    EVIDENCE_S3_ACCESS_KEY_ID: optionalString,
    EVIDENCE_S3_SECRET_ACCESS_KEY: optionalString,
    // Benchmark only: a file the server writes its recorded queries to on SIGUSR2 (db/client.ts).
    LANDED_QUERY_LOG: optionalString,
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && (!env.AUTH_SECRET || env.AUTH_SECRET === DEV_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: `${env.AUTH_SECRET ? "must not be the development secret" : "is required"} in production (generate one with \`openssl rand -base64 32\`)`,
      });
    }
    try {
      compileTrust(env.TRUSTED_PROXIES);
    } catch (err) {
      ctx.addIssue({
        code: "custom",
        path: ["TRUSTED_PROXIES"],
        message: `must be "none", a number of proxies, or addresses and CIDR ranges separated by commas (${(err as Error).message})`,
      });
    }
    const oidcSet = oidcKeys.filter((key) => env[key]);
    if (oidcSet.length > 0) {
      for (const key of oidcKeys.filter((k) => !env[k])) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `is needed with ${oidcSet.join(" and ")} (set all of ${oidcKeys.join(", ")}, or none)`,
        });
      }
    }
    if (
      env.EVIDENCE_S3_BUCKET &&
      Boolean(env.EVIDENCE_S3_ACCESS_KEY_ID) !== Boolean(env.EVIDENCE_S3_SECRET_ACCESS_KEY)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["EVIDENCE_S3_SECRET_ACCESS_KEY"],
        message:
          "give both EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY, or neither (to use the default AWS credentials)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "env"}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

// A fixed secret is fine for local development only; production requires AUTH_SECRET (checked above).
export function authSecret(): string {
  return env().AUTH_SECRET ?? DEV_SECRET;
}

/**
 * Whether an empty database gets the demo people (README: SEED_DEMO). Production seeds nothing
 * unless SEED_DEMO=true is set explicitly: the demo accounts share a published password.
 */
export function seedsDemo(e: Env, databaseKind: "pglite" | "postgres"): boolean {
  if (e.SEED_DEMO) return e.SEED_DEMO === "true";
  return e.NODE_ENV !== "production" && databaseKind === "pglite";
}

/** A path of this app as an absolute URL (emails, canonical links, Open Graph). */
export function absoluteUrl(pathWithQuery: string): string {
  return new URL(pathWithQuery, env().APP_URL).toString();
}
