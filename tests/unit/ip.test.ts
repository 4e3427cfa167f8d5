import { addressBucket, clientAddress, PEER_HEADER } from "@/lib/auth/ip";
import { compileTrust } from "@/lib/auth/trusted-proxies";

const none = compileTrust(undefined);

function request(peer: string | null, forwarded?: string): Headers {
  const headers = new Headers();
  if (peer !== null) headers.set(PEER_HEADER, peer);
  if (forwarded !== undefined) headers.set("x-forwarded-for", forwarded);
  return headers;
}

describe("clientAddress (docs/security.md #25)", () => {
  it("with no proxy trusted, is the socket's peer whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("203.0.113.9"), none)).toBe("203.0.113.9");
    // Next.js copies the peer into X-Forwarded-For when the client sent none.
    expect(clientAddress(request("203.0.113.9", "203.0.113.9"), none)).toBe("203.0.113.9");
    // A forged header buys no new address, so no new rate-limit bucket.
    for (const forged of ["1.1.1.1", "2.2.2.2, 3.3.3.3", "garbage"]) {
      expect(clientAddress(request("203.0.113.9", forged), none)).toBe("203.0.113.9");
    }
  });

  it("with one proxy, is the address that proxy appended (the right-most entry)", () => {
    const one = compileTrust("1");
    expect(clientAddress(request("10.0.0.2", "198.51.100.7"), one)).toBe("198.51.100.7");
    // What the client put in front of the proxy's entry is ignored.
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.7"), one)).toBe("198.51.100.7");
  });

  it("with two proxies, is the address the outer proxy saw", () => {
    const two = compileTrust("2");
    expect(clientAddress(request("10.0.0.3", "6.6.6.6, 198.51.100.7, 10.0.0.2"), two)).toBe(
      "198.51.100.7",
    );
  });

  it("with a CIDR list, believes only proxies inside it", () => {
    const trust = compileTrust("10.0.0.0/8, loopback");
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.7"), trust)).toBe("198.51.100.7");
    expect(clientAddress(request("::ffff:127.0.0.1", "198.51.100.7"), trust)).toBe("198.51.100.7");
    // A peer outside the list is the client itself, whatever it forwards.
    expect(clientAddress(request("203.0.113.9", "198.51.100.7"), trust)).toBe("203.0.113.9");
    // A spoofed entry behind trusted hops only moves as far as the first untrusted address.
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 10.9.9.9, 198.51.100.7"), trust)).toBe(
      "198.51.100.7",
    );
  });

  it("reads an IPv4 peer on a dual-stack socket as IPv4, and 'unknown' without a socket", () => {
    expect(clientAddress(request("::ffff:192.0.2.1"), none)).toBe("192.0.2.1");
    expect(clientAddress(request(null, "1.1.1.1"), none)).toBe("unknown");
  });

  it("refuses a bad TRUSTED_PROXIES entry", () => {
    expect(() => compileTrust("10.0.0.0/8, not-an-address")).toThrow(/not-an-address/);
    expect(compileTrust("none")("127.0.0.1", 0)).toBe(false);
  });
});

describe("addressBucket", () => {
  it("keeps an IPv4 address, and groups IPv6 by /64", () => {
    expect(addressBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("unknown")).toBe("unknown");
  });
});
