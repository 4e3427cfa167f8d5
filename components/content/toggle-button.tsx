"use client";

// A form that posts the state it asks for (on or off), so a double submit is harmless. It works
// before any script runs; with script, the pressed state flips while the request runs and a toast
// says what happened.
import { useFormStatus } from "react-dom";
import { Bookmark, EyeOff, Undo2, UserPlus, type IconComponent } from "@/components/ui/icons";
import { useToastFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { FormAction } from "@/lib/action";

// Icons are named, not passed: a server page cannot hand a component function to a client one.
const icons = {
  bookmark: Bookmark,
  "eye-off": EyeOff,
  undo: Undo2,
  "user-plus": UserPlus,
} satisfies Record<string, IconComponent>;

interface ToggleButtonProps {
  action: FormAction;
  /** Hidden fields naming the target. */
  fields: Record<string, string>;
  on: boolean;
  /** The accessible name; `aria-pressed` carries the state. */
  label: string;
  text: string;
  onText?: string;
  icon: keyof typeof icons;
  /** "toggle": a pressed button. "plain": a one-way button (not interested, remove). */
  variant?: "toggle" | "plain";
}

export function ToggleButton({
  action,
  fields,
  on,
  label,
  text,
  onText,
  icon,
  variant = "toggle",
}: ToggleButtonProps) {
  const { state, formAction } = useToastFormAction(action);
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="on" value={String(!on)} />
      <Inner on={on} label={label} text={text} onText={onText} icon={icon} variant={variant} />
      {state.status === "error" && (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      )}
    </form>
  );
}

function Inner({
  on,
  label,
  text,
  onText,
  icon,
  variant,
}: Pick<ToggleButtonProps, "on" | "label" | "text" | "onText" | "icon" | "variant">) {
  const { pending } = useFormStatus();
  const Icon = icons[icon];
  const pressed = pending ? !on : on;
  if (variant === "plain") {
    return (
      <Button type="submit" size="sm" variant="ghost" disabled={pending} aria-label={label}>
        <Icon aria-hidden="true" />
        {text}
      </Button>
    );
  }
  return (
    <Button
      type="submit"
      size="sm"
      variant="secondary"
      aria-pressed={pressed}
      aria-label={label}
      className={cx(pressed && "border-accent bg-accent-subtle hover:bg-accent-subtle")}
    >
      <Icon aria-hidden="true" className={cx(pressed && "fill-current text-accent")} />
      {pressed && onText ? onText : text}
    </Button>
  );
}
