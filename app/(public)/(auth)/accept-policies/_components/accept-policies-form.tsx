"use client";

import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { acceptPoliciesAction } from "../actions";

export function AcceptPoliciesForm({ next }: { next: string }) {
  return (
    <ActionForm
      form={useFormAction(acceptPoliciesAction)}
      fields={{ acceptPolicies: CURRENT_POLICY_VERSION, next }}
      className="space-y-4"
    >
      <SubmitButton className="w-full" pendingLabel="Saving…">
        Accept and continue
      </SubmitButton>
    </ActionForm>
  );
}
