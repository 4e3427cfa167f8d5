"use client";

// Sonner's toaster in our palette and theme. Loaded only once a toast is shown (toaster.tsx,
// toast.ts), so sonner stays out of every page's first-load JavaScript.
import type { CSSProperties } from "react";
import { useTheme } from "next-themes";
import { Toaster as Sonner, type ToasterProps } from "sonner";

type SonnerTheme = NonNullable<ToasterProps["theme"]>;

function toSonnerTheme(theme: string | undefined): SonnerTheme {
  return theme === "light" || theme === "dark" ? theme : "system";
}

// Sonner's own palette is swapped for ours so toasts match the page in both themes.
const tokens = {
  "--normal-bg": "var(--surface-raised)",
  "--normal-text": "var(--fg)",
  "--normal-border": "var(--border)",
  "--border-radius": "var(--radius-control)",
} as CSSProperties;

export default function SonnerToaster(props: ToasterProps) {
  const { theme } = useTheme();
  return <Sonner theme={toSonnerTheme(theme)} closeButton style={tokens} {...props} />;
}
