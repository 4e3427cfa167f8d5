// The box a member ticks to accept the terms, privacy notice and guidelines. It posts the version
// it was shown with, so an acceptance always names the text that was on screen.
import { CheckboxField } from "@/components/forms/checkbox-field";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";

const linkClass = "text-accent underline underline-offset-2 hover:text-accent-hover";

export function PolicyCheckbox({ checked, errors }: { checked?: boolean; errors?: string[] }) {
  return (
    <CheckboxField
      id="accept-policies"
      name="acceptPolicies"
      value={CURRENT_POLICY_VERSION}
      defaultChecked={checked}
      required
      errors={errors}
      label="I accept the terms, the privacy notice and the community guidelines"
      hint={
        <>
          Read the{" "}
          <a href="/terms" target="_blank" className={linkClass}>
            terms
          </a>
          , the{" "}
          <a href="/privacy" target="_blank" className={linkClass}>
            privacy notice
          </a>{" "}
          and the{" "}
          <a href="/guidelines" target="_blank" className={linkClass}>
            community guidelines
          </a>{" "}
          (each opens in a new tab, so nothing you typed here is lost).
        </>
      }
    />
  );
}
