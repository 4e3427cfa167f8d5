// The acceptance field shared by the sign-up form, the page that asks again, and their actions.
import { z } from "zod";
import { isCurrentPolicyVersion, STALE_POLICY_VERSION } from "./versions";

const missing = "Tick the box to accept the terms, privacy notice and community guidelines.";

/** The checkbox posts the version it was shown with; no box, no account. */
export const acceptedPolicyVersionSchema = z
  .string({ error: missing })
  .min(1, missing)
  .max(20, missing)
  .refine(isCurrentPolicyVersion, STALE_POLICY_VERSION);

export const acceptPoliciesSchema = z.strictObject({
  acceptPolicies: acceptedPolicyVersionSchema,
  next: z.string().max(2000).optional(),
});
