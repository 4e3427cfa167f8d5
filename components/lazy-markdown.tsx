"use client";

// The Markdown renderer (react-markdown and remark, about 45 kB gzipped) for client components,
// loaded when first shown: a form's preview, an edit conflict. Server components import
// components/markdown directly (it costs the browser nothing there).
import { lazy, Suspense, type ComponentProps } from "react";

export const loadMarkdown = () =>
  import("@/components/markdown").then((m) => ({ default: m.Markdown }));
const Markdown = lazy(loadMarkdown);

export function LazyMarkdown(props: ComponentProps<typeof Markdown>) {
  return (
    <Suspense fallback={<p className="text-sm text-muted">Loading the preview…</p>}>
      <Markdown {...props} />
    </Suspense>
  );
}
