"use client";

import type { ReactNode } from "react";
import { ThemeProvider as NextThemesProvider } from "next-themes";

// next-themes' inline script only matters in the server HTML, where it sets the class before paint.
// When the provider mounts in the browser, React 19 flags any executable <script> it creates
// (pacocoursey/next-themes#385); a data-block type there is inert and silent. The element already
// carries suppressHydrationWarning, so the differing type does not upset hydration.
const scriptProps = {
  type: typeof window === "undefined" ? "text/javascript" : "application/json",
};

/** Puts `light` or `dark` on <html> before paint; the <html> element needs suppressHydrationWarning. */
export function ThemeProvider({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    <NextThemesProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
      scriptProps={scriptProps}
    >
      {children}
    </NextThemesProvider>
  );
}
