import {
  FORMER_MEMBER,
  FORMER_MENTION,
  mentionsIdentity,
  withoutIdentity,
  withoutMentions,
} from "@/lib/privacy/identity";

const li = { email: "li.wen@example.com", displayName: "Li Wen", handle: "li-wen" };

describe("withoutIdentity", () => {
  it("takes the name, the handle, mentions and the email out of the member's own text", () => {
    const text =
      "I'm Li Wen (@li-wen on here, li.wen@example.com by mail). LI WEN again; handle li-wen.";
    const out = withoutIdentity(text, li);
    expect(mentionsIdentity(out, li)).toBe(false);
    expect(out).toBe(
      `I'm ${FORMER_MEMBER} (${FORMER_MENTION} on here, ${FORMER_MEMBER} by mail). ${FORMER_MEMBER} again; handle ${FORMER_MEMBER}.`,
    );
  });

  it("leaves words that only contain the name alone", () => {
    const ana = { email: "ana@example.com", displayName: "Ana", handle: "ana" };
    expect(withoutIdentity("Banana, analysis and Ana.", ana)).toBe(
      `Banana, analysis and ${FORMER_MEMBER}.`,
    );
  });

  it("handles names with regex characters and other scripts", () => {
    const who = { email: "x@example.com", displayName: "José (Pepe) Ñúñez", handle: "jose" };
    expect(withoutIdentity("Thanks, José (Pepe) Ñúñez!", who)).toBe(`Thanks, ${FORMER_MEMBER}!`);
    const wei = { email: "w@example.com", displayName: "张伟", handle: "zhang-wei" };
    expect(withoutIdentity("我是张伟。", wei)).toBe(`我是${FORMER_MEMBER}。`);
  });
});

describe("withoutMentions", () => {
  it("replaces @handle in anyone's text, but not a longer handle", () => {
    expect(withoutMentions("Ask @Li-Wen or @li-wen2, thanks", "li-wen")).toBe(
      `Ask ${FORMER_MENTION} or @li-wen2, thanks`,
    );
  });
});
