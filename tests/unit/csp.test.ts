import { contentSecurityPolicy } from "@/lib/csp";

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

  it("uses the nonce it is given", () => {
    expect(contentSecurityPolicy("other-nonce", false)).toContain("'nonce-other-nonce'");
    expect(contentSecurityPolicy("other-nonce", false)).not.toContain(nonce);
  });
});
