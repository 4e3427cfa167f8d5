"use server";

import { revalidate } from "@/lib/revalidate";
import { staffAction, userAction } from "@/lib/action";
import { decideVerification, deleteEvidence } from "@/lib/verification/mutations";
import { decisionSchema, deleteEvidenceSchema } from "@/lib/verification/schemas";

export const decideVerificationAction = staffAction(decisionSchema, async (data, user) => {
  await decideVerification(user, data);
  revalidate.verification();
  return {
    status: "success",
    message:
      data.decision === "verify"
        ? "Verified. The mentor's “Verified outcome” badge shows everywhere now."
        : "Rejected. The mentor can read your reason and send new evidence.",
  };
});

export const deleteEvidenceAsAdminAction = userAction(
  deleteEvidenceSchema,
  async ({ fileId }, user) => {
    await deleteEvidence(user, fileId);
    revalidate.verification();
    return { status: "success", message: "The file is deleted." };
  },
);
