// The Button component: a <button>, or with asChild its one child (a link), in the button styles
// (button-variants.ts).
import type { ComponentProps } from "react";
import { Slot } from "radix-ui";
import type { VariantProps } from "class-variance-authority";
import { buttonStyles, buttonVariants } from "./button-variants";
import { cx } from "./cx";

export { buttonVariants };

export type ButtonProps = ComponentProps<"button"> &
  VariantProps<typeof buttonStyles> & {
    /** Render the single child (e.g. a `<Link>`) with the button's styles instead of a `<button>`. */
    asChild?: boolean;
  };

export function Button({ className, variant, size, asChild = false, type, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      // A bare <button> inside a form submits; make that a choice, not an accident.
      type={asChild ? type : (type ?? "button")}
      className={cx(buttonVariants({ variant, size }), className)}
      {...props}
    />
  );
}
