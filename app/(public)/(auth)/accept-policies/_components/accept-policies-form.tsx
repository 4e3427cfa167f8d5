"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { acceptPoliciesAction } from "../actions";

export function AcceptPoliciesForm({ next }: { next: string }) {
  const { state, formAction } = useFormAction(acceptPoliciesAction);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="acceptPolicies" value={CURRENT_POLICY_VERSION} />
      <input type="hidden" name="next" value={next} />
      <SubmitButton className="w-full" pendingLabel="Saving…">
        Accept and continue
      </SubmitButton>
    </form>
  );
}
