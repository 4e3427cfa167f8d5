// docs/security.md #10: /admin/queue?done= shows only the app's own words (content spoofing).
import { doneMessage, doneMessages } from "@/app/(admin)/admin/queue/_components/done-messages";

describe("doneMessage", () => {
  it("shows the message for a known key", () => {
    expect(doneMessage("decided")).toBe(doneMessages.decided);
    expect(doneMessage("appeal-upheld")).toBe("Appeal declined.");
  });

  it("shows nothing for anything else, words an attacker wrote included", () => {
    for (const key of [
      undefined,
      "",
      "Your account is locked: call +1 555 0100",
      "Decided. The reporters and the author are told.",
      "toString",
      "__proto__",
      "constructor",
    ]) {
      expect(doneMessage(key), String(key)).toBeNull();
    }
  });
});
