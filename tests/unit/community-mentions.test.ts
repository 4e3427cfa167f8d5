import { MAX_MENTIONS_PER_POST, parseMentions } from "@/lib/community/mentions";

describe("@mentions", () => {
  it("finds handles, lower-cased, once each, in order", () => {
    expect(parseMentions("Thanks @Priya-Sharma and @wei! @priya-sharma again")).toEqual([
      "priya-sharma",
      "wei",
    ]);
  });

  it("accepts punctuation after a handle and drops trailing dashes", () => {
    expect(parseMentions("(@anna), @bo. @carl-: @dd?")).toEqual(["anna", "bo", "carl", "dd"]);
    expect(parseMentions("@x is too short")).toEqual([]);
  });

  it("ignores emails, paths and code", () => {
    expect(parseMentions("mail me@example.com or see /users/@anna")).toEqual([]);
    expect(parseMentions("use `@decorator` here\n```\n@inside code\n```\nthen @outside")).toEqual([
      "outside",
    ]);
  });

  it("ignores handles longer than 30 characters and underscores", () => {
    expect(parseMentions(`@${"a".repeat(31)}`)).toEqual([]);
    expect(parseMentions("@snake_case")).toEqual([]);
    expect(parseMentions(`@${"b".repeat(30)}`)).toEqual(["b".repeat(30)]);
  });

  it("stops at the maximum per post", () => {
    const body = Array.from({ length: 15 }, (_, i) => `@member${i}`).join(" ");
    expect(parseMentions(body)).toHaveLength(MAX_MENTIONS_PER_POST);
  });
});
