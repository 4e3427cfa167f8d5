"use client";

// An admin changes a person's role; the reason goes to the audit log.
import { useId } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { UserRole } from "@/db/schema";
import type { FormAction } from "@/lib/form-state";
import { roleLabels, staffRoles } from "@/lib/moderation/schemas";

interface RoleFormProps {
  userId: string;
  role: UserRole;
  action: FormAction;
}

const roleHelp: Record<UserRole, string> = {
  member: "Uses Landed like everyone else.",
  moderator: "Also reviews the queue, and suspends or restores members.",
  admin: "Also bans, changes roles, verifies mentors and reads the audit log.",
};

export function RoleForm({ userId, role, action }: RoleFormProps) {
  const form = useFormAction(action);
  const { values, errors, field } = form;
  const roleId = useId();
  const helpId = `${roleId}-help`;
  return (
    <ActionForm
      form={form}
      fields={{ userId }}
      className="max-w-md space-y-4"
      aria-label="Change role"
    >
      <div className="space-y-1.5">
        <Label htmlFor={roleId}>New role</Label>
        <Select
          id={roleId}
          name="role"
          defaultValue={values?.role ?? role}
          aria-describedby={helpId}
          aria-invalid={errors?.role ? true : undefined}
        >
          {staffRoles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </Select>
        <ul id={helpId} className="space-y-0.5 text-sm text-muted">
          {staffRoles.map((r) => (
            <li key={r}>
              <span className="font-medium text-fg">{roleLabels[r]}:</span> {roleHelp[r]}
            </li>
          ))}
        </ul>
        {errors?.role?.map((m) => (
          <p key={m} className="text-sm text-danger">
            {m}
          </p>
        ))}
      </div>
      <TextAreaField
        {...field("reason")}
        label="Reason for the change"
        rows={2}
        maxLength={500}
        required
      />
      <SubmitButton pendingLabel="Saving…">Change role</SubmitButton>
    </ActionForm>
  );
}
