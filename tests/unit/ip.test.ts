import { clientIp } from "@/lib/auth/ip";

describe("clientIp", () => {
  it("takes the right-most X-Forwarded-For entry, the one our proxy added", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.1, 203.0.113.9" });
    expect(clientIp(headers)).toBe("203.0.113.9");
  });

  it("ignores an address the client put in front to dodge per-IP limits", () => {
    const a = clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }));
    const b = clientIp(new Headers({ "x-forwarded-for": "2.2.2.2, 203.0.113.9" }));
    expect(a).toBe(b);
  });

  it("trims spaces and handles a single address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "  198.51.100.7  " }))).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
  });

  it("falls back to X-Real-IP, then to 'unknown'", () => {
    expect(clientIp(new Headers({ "x-real-ip": " 198.51.100.8 " }))).toBe("198.51.100.8");
    expect(
      clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, ", "x-real-ip": "198.51.100.8" })),
    ).toBe("198.51.100.8");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
