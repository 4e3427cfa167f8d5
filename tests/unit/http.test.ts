import { isSameOrigin, rejectCrossSite } from "@/lib/http";

const url = "http://localhost:3000/api/auth/callback/credentials";

function request(method: string, headers: Record<string, string>): Request {
  return new Request(url, { method, headers });
}

describe("isSameOrigin", () => {
  it("accepts an Origin matching Host", () => {
    expect(
      isSameOrigin(request("POST", { origin: "http://localhost:3000", host: "localhost:3000" })),
    ).toBe(true);
  });

  it("accepts an Origin matching X-Forwarded-Host behind a proxy", () => {
    const req = request("POST", {
      origin: "https://landed.example",
      host: "10.0.0.5:3000",
      "x-forwarded-host": "landed.example",
    });
    expect(isSameOrigin(req)).toBe(true);
  });

  it.each([
    ["a foreign site", { origin: "https://evil.example", host: "localhost:3000" }],
    ["another port", { origin: "http://localhost:3001", host: "localhost:3000" }],
    [
      "a look-alike subdomain",
      { origin: "http://localhost:3000.evil.example", host: "localhost:3000" },
    ],
    ["an opaque origin", { origin: "null", host: "localhost:3000" }],
    ["no Origin", { host: "localhost:3000" }],
    ["no Host", { origin: "http://localhost:3000" }],
  ])("refuses %s", (_label, headers) => {
    expect(isSameOrigin(request("POST", headers))).toBe(false);
  });
});

describe("rejectCrossSite", () => {
  it("answers a POST from a foreign Origin with 403", async () => {
    const res = rejectCrossSite(
      request("POST", { origin: "https://evil.example", host: "localhost:3000" }),
    );
    expect(res?.status).toBe(403);
    expect(await res?.json()).toEqual({ error: "Cross-site request refused." });
  });

  it("answers a POST with no Origin with 403", () => {
    expect(rejectCrossSite(request("POST", { host: "localhost:3000" }))?.status).toBe(403);
  });

  it("refuses other state-changing methods from another site", () => {
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      expect(
        rejectCrossSite(request(method, { origin: "https://evil.example", host: "localhost:3000" }))
          ?.status,
      ).toBe(403);
    }
  });

  it("lets a same-origin POST through", () => {
    expect(
      rejectCrossSite(request("POST", { origin: "http://localhost:3000", host: "localhost:3000" })),
    ).toBeNull();
  });

  it("lets GET and HEAD through whatever their Origin", () => {
    expect(
      rejectCrossSite(request("GET", { origin: "https://evil.example", host: "localhost:3000" })),
    ).toBeNull();
    expect(rejectCrossSite(request("HEAD", { host: "localhost:3000" }))).toBeNull();
  });
});
