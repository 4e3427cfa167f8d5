// The box a member ticks to accept the terms, privacy notice and guidelines. It posts the version
// it was shown with, so an acceptance always names the text that was on screen.
import { Checkbox } from "@/components/ui/checkbox";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";

const linkClass = "text-accent underline underline-offset-2 hover:text-accent-hover";

export function PolicyCheckbox({ checked, errors }: { checked?: boolean; errors?: string[] }) {
  const invalid = (errors?.length ?? 0) > 0;
  return (
    <div className="space-y-1.5 text-sm">
      <div className="flex items-start gap-2">
        <Checkbox
          id="accept-policies"
          name="acceptPolicies"
          value={CURRENT_POLICY_VERSION}
          defaultChecked={checked}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={`accept-policies-links${invalid ? " accept-policies-error" : ""}`}
          className="mt-0.5"
        />
        <label htmlFor="accept-policies">
          I accept the terms, the privacy notice and the community guidelines
        </label>
      </div>
      <p id="accept-policies-links" className="pl-6 text-muted">
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
      </p>
      {invalid && (
        <p id="accept-policies-error" className="pl-6 text-danger">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
