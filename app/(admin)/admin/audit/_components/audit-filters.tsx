// The audit log's filter form: a plain GET form, so filters live in the address and can be shared.
import type { ReactNode } from "react";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { AuditFilterKey, AuditFilters } from "@/lib/admin/schemas";

type Raw = Partial<Record<AuditFilterKey, string>>;

export function AuditFilterForm({
  values,
  errors,
  actions,
  targetTypes,
  filtered,
}: {
  /** What the admin typed, shown back even when a value was dropped. */
  values: Raw;
  errors: Partial<Record<AuditFilterKey, string>>;
  actions: string[];
  targetTypes: string[];
  filtered: boolean;
}) {
  return (
    <form
      action="/admin/audit"
      method="get"
      aria-label="Filter the audit log"
      className="grid gap-3 rounded-card border border-border bg-surface-raised p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <Field name="action" label="Action" error={errors.action}>
        {(props) => (
          <Select {...props} defaultValue={values.action ?? ""}>
            <option value="">Any action</option>
            {withCurrent(actions, values.action).map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field name="actor" label="Actor (handle or email)" error={errors.actor}>
        {(props) => (
          <Input {...props} defaultValue={values.actor} autoComplete="off" spellCheck={false} />
        )}
      </Field>
      <Field name="targetType" label="Target type" error={errors.targetType}>
        {(props) => (
          <Select {...props} defaultValue={values.targetType ?? ""}>
            <option value="">Any target</option>
            {withCurrent(targetTypes, values.targetType).map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field name="targetId" label="Target id" error={errors.targetId}>
        {(props) => (
          <Input {...props} defaultValue={values.targetId} autoComplete="off" spellCheck={false} />
        )}
      </Field>
      <Field name="from" label="From (UTC day)" error={errors.from}>
        {(props) => <Input {...props} type="date" defaultValue={values.from} />}
      </Field>
      <Field name="to" label="To (UTC day, included)" error={errors.to}>
        {(props) => <Input {...props} type="date" defaultValue={values.to} />}
      </Field>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={buttonVariants()}>
          Apply filters
        </button>
        {filtered ? (
          <Link href="/admin/audit" className={buttonVariants({ variant: "secondary" })}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

interface ControlProps {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

function Field({
  name,
  label,
  error,
  children,
}: {
  name: AuditFilterKey;
  label: string;
  error?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = `audit-${name}`;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children({
        id,
        name,
        ...(error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {}),
      })}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The list of choices, keeping a filtered value that is no longer in it selectable. */
function withCurrent(list: string[], current: string | undefined): string[] {
  return current && !list.includes(current) ? [current, ...list] : list;
}

export function filtersQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}
