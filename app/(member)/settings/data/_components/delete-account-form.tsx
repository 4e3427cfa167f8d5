"use client";

import { ActionForm } from "@/components/forms/action-form";
import { CurrentPasswordField } from "@/components/forms/account-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { deleteAccountAction } from "../actions";

/** Asks how to leave the posts, the password again and a tick; the dates come from the server. */
export function DeleteAccountForm({
  hasPassword,
  erasedOn,
}: {
  hasPassword: boolean;
  /** The day erasure would happen if the member asked now, to say in the box they tick. */
  erasedOn: string;
}) {
  const form = useFormAction(deleteAccountAction);
  const { values, errors, field } = form;
  return (
    <ActionForm form={form} className="max-w-xl space-y-5" noValidate>
      <ChoiceGroup
        type="radio"
        {...field("posts", "keep")}
        legend="Your community posts and guides"
        options={[
          {
            value: "keep",
            label: "Keep them, signed “a former member”",
            hint: "Answers others rely on stay; your name, handle and email are taken out of them.",
          },
          {
            value: "remove",
            label: "Remove them too",
            hint: "Your replies and guides are removed; a question that others answered stays, emptied, so their answers are not lost.",
          },
        ]}
      />
      {hasPassword ? (
        <CurrentPasswordField label="Your password" errors={errors?.password} />
      ) : (
        <p className="text-sm text-muted">
          Your account has no password: you must have signed in within the last 10 minutes.
        </p>
      )}
      <CheckboxField
        name="confirm"
        label={`I understand that my account is disabled now and erased on ${erasedOn}, unless I sign in before then and keep it.`}
        defaultChecked={values?.confirm === "on"}
        required
        errors={errors?.confirm}
      />
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </ActionForm>
  );
}
