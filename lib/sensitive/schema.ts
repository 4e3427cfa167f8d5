// The zod side of the sensitive-number rule: every schema of member-written text that is refused
// (not held, as community posts are) says `.check(noSensitiveNumbers())`, so the field error names
// what was found beside the field, the form keeps the text, and nothing is written.
import { z } from "zod";
import { findSensitiveNumbers, sensitiveNumberMessage } from "./numbers";

export function noSensitiveNumbers() {
  return z.superRefine<string>((text, ctx) => {
    const message = sensitiveNumberMessage(findSensitiveNumbers(text));
    if (message) ctx.addIssue({ code: "custom", message, input: text });
  });
}
