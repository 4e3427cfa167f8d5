import { handleBase, handleCandidate } from "@/lib/auth/handles";

// The database's check constraint users_handle_format (db/schema/users.ts).
const handleFormat = /^[a-z0-9][a-z0-9-]{1,29}$/;

describe("handleBase", () => {
  it.each([
    ["Ana Lima", "ana-lima"],
    ["José Martínez-García", "jose-martinez-garcia"],
    ["Nguyễn Văn An", "nguyen-van-an"],
    ["Zoë O'Brien", "zoe-o-brien"],
    ["  --Priya   Raman--  ", "priya-raman"],
    ["ÇAĞLAR Şahin", "caglar-sahin"],
    ["R2-D2", "r2-d2"],
  ])("turns %j into %j", (name, handle) => {
    expect(handleBase(name)).toBe(handle);
  });

  it("prefixes names too short or without Latin letters", () => {
    expect(handleBase("A")).toBe("membera");
    expect(handleBase("李")).toBe("member");
    expect(handleBase("Владимир")).toBe("member");
    expect(handleBase("!!!")).toBe("member");
  });

  it("cuts long names to 24 characters without a trailing dash", () => {
    const handle = handleBase("Maximiliana Alexandrovna Konstantinopolskaya");
    expect(handle).toBe("maximiliana-alexandrovna");
    expect(handleBase("abcdefghijklmnopqrstuvw xyz")).toBe("abcdefghijklmnopqrstuvw");
  });

  it("always satisfies the database's handle format", () => {
    const names = [
      "Ana Lima",
      "A",
      "李小龙",
      "Maximiliana Alexandrovna Konstantinopolskaya von und zu Hohenberg",
      "   ",
      "-a-",
      "0",
      "Ngozi Chukwuemeka-Okonkwo Adebayo",
      "x".repeat(200),
    ];
    for (const name of names) {
      const base = handleBase(name);
      expect(base).toMatch(handleFormat);
      for (const r of [0, 0.5, 0.999999])
        expect(handleCandidate(base, 3, () => r)).toMatch(handleFormat);
    }
  });
});

describe("handleCandidate", () => {
  it("uses the base first, then adds a 4-character suffix", () => {
    expect(handleCandidate("ana-lima", 0)).toBe("ana-lima");
    expect(handleCandidate("ana-lima", 1, () => 0)).toBe("ana-lima-0000");
    expect(handleCandidate("ana-lima", 2, () => 0.9999999)).toBe("ana-lima-zzzz");
    expect(handleCandidate("ana-lima", 3)).toMatch(/^ana-lima-[0-9a-z]{4}$/);
  });

  it("gives different suffixes for different random draws", () => {
    expect(handleCandidate("ana", 1, () => 0.1)).not.toBe(handleCandidate("ana", 1, () => 0.2));
  });
});
