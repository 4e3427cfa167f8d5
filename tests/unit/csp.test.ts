import { createRequire } from "node:module";
import { contentSecurityPolicy, RESOURCE_POLICY } from "@/lib/csp";
import { PREFETCH_HEADERS, PROXY_SKIPPED_SOURCE } from "@/next.config";
import { config } from "@/proxy";

// The matcher syntax Next.js compiles both patterns with (its bundled path-to-regexp).
const { pathToRegexp } = createRequire(import.meta.url)("next/dist/compiled/path-to-regexp") as {
  pathToRegexp: (source: string, keys: unknown[], options: object) => RegExp;
};

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  const nonce = "bm9uY2UtMTIz";

  it("forbids plugins, base-tag hijacks and framing", () => {
    const d = directives(contentSecurityPolicy(nonce, false));
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
  });

  it("allows scripts only with this request's nonce, and never eval in production", () => {
    const scripts = directives(contentSecurityPolicy(nonce, false)).get("script-src");
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy(nonce, false)).not.toContain("unsafe-eval");
  });

  it("adds eval and websockets in development only", () => {
    const d = directives(contentSecurityPolicy(nonce, true));
    expect(d.get("script-src")).toContain("'unsafe-eval'");
    expect(d.get("connect-src")).toContain("ws:");
    expect(directives(contentSecurityPolicy(nonce, false)).get("connect-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
  });

  it("sends forms only to this site, and to the sign-in providers it is given", () => {
    expect(directives(contentSecurityPolicy(nonce, false)).get("form-action")).toEqual(["'self'"]);
    expect(
      directives(contentSecurityPolicy(nonce, false, ["https://github.com"])).get("form-action"),
    ).toEqual(["'self'", "https://github.com"]);
  });

  it("uses the nonce it is given", () => {
    expect(contentSecurityPolicy("other-nonce", false)).toContain("'nonce-other-nonce'");
    expect(contentSecurityPolicy("other-nonce", false)).not.toContain(nonce);
  });
});

describe("every response has a policy (docs/security.md #13)", () => {
  it("what proxy.ts leaves out is exactly what next.config.ts gives the strict policy", () => {
    const proxied = pathToRegexp(config.matcher[0]!.source, [], {});
    const skipped = pathToRegexp(PROXY_SKIPPED_SOURCE, [], {});
    const paths = [
      "/",
      "/sign-in",
      "/feed",
      "/community/0b6f0c1e-0000-4000-8000-000000000000/a-question",
      "/no-such-page.png",
      "/api",
      "/api/auth/session",
      "/api/evidence/abc",
      "/_next/static/chunks/main.js",
      "/_next/image",
      "/favicon.ico",
      "/icon.svg",
      "/icons.svg",
      "/robots.txt",
    ];
    for (const path of paths) expect(proxied.test(path) !== skipped.test(path), path).toBe(true);
  });

  it("the prefetches proxy.ts leaves out by header are the ones next.config.ts gives the strict policy", () => {
    expect(config.matcher[0]!.missing).toEqual(PREFETCH_HEADERS);
  });

  it("the strict policy lets nothing load or run", () => {
    const d = directives(RESOURCE_POLICY);
    expect(d.get("default-src")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'none'"]);
  });
});
