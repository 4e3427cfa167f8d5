// Joins class names without resolving Tailwind conflicts: for client components and the pieces
// they share (buttons, popovers, the nav), where `cn`'s tailwind-merge (about 8 kB gzipped) would
// ship to the browser. Use it only where no two classes set the same property: component classes
// (`btn-*`, app/globals.css) lose to utilities by layer, so a utility beside them is fine.
import { clsx, type ClassValue } from "clsx";

export function cx(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
