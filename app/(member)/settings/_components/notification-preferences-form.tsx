"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { Checkbox } from "@/components/ui/checkbox";
import type { NotificationPreference } from "@/lib/notifications/queries";
import { saveNotificationPreferencesAction } from "../actions";

/** For every kind of notification: whether it shows in Landed, and whether it is emailed. */
export function NotificationPreferencesForm({
  preferences,
}: {
  preferences: NotificationPreference[];
}) {
  const { state, formAction } = useFormAction(saveNotificationPreferencesAction);
  return (
    <form action={formAction} className="space-y-4">
      <div className="divide-y divide-border rounded-card border border-border">
        {preferences.map((pref) => (
          <fieldset
            key={pref.type}
            className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4"
          >
            <legend className="float-left text-sm font-medium text-fg sm:max-w-[55%]">
              {pref.label}
            </legend>
            <div className="clear-left flex flex-wrap gap-x-5 gap-y-2 text-sm sm:clear-none">
              <label className="flex items-center gap-2">
                <Checkbox name="inApp" value={pref.type} defaultChecked={pref.inApp} />
                Show in Landed
              </label>
              <label className="flex items-center gap-2">
                <Checkbox name="email" value={pref.type} defaultChecked={pref.email} />
                Email me
              </label>
            </div>
          </fieldset>
        ))}
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save notification choices</SubmitButton>
    </form>
  );
}
