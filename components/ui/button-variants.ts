// The button classes, apart from the Button component: client components that style a link or a
// plain button as one import this and not button.tsx, which brings Radix's Slot to the browser.
import { cva, type VariantProps } from "class-variance-authority";

// The classes are defined in app/globals.css (components layer): short in the markup, and a
// utility passed in className still wins over them, so joining is enough (cx: no tailwind-merge
// in the browser for client components that use a button).
export const buttonStyles = cva("btn", {
  variants: {
    variant: {
      primary: "btn-primary",
      secondary: "btn-secondary",
      ghost: "btn-ghost",
      danger: "btn-danger",
      link: "btn-link",
    },
    size: { sm: "btn-sm", md: "btn-md", lg: "btn-lg" },
  },
  defaultVariants: { variant: "primary", size: "md" },
});

/** The button classes, for links and labels styled as buttons. */
export function buttonVariants(props?: VariantProps<typeof buttonStyles>): string {
  return buttonStyles(props);
}
