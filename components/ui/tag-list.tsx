// A row of tag chips: a category, pathways, criteria. Renders nothing when there are none.

export function TagList({
  category,
  pathways: pathwayNames,
  criteria: criterionNames,
}: {
  category?: string;
  pathways: string[];
  criteria: string[];
}) {
  if (!category && pathwayNames.length === 0 && criterionNames.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-1.5 text-xs">
      {category && (
        <li className="rounded-full border border-border px-2 py-0.5 font-medium">{category}</li>
      )}
      {pathwayNames.map((p) => (
        <li key={p} className="rounded-full bg-accent-subtle px-2 py-0.5 text-fg">
          {p}
        </li>
      ))}
      {criterionNames.map((c) => (
        <li key={c} className="rounded-full bg-surface-muted px-2 py-0.5 text-fg">
          {c}
        </li>
      ))}
    </ul>
  );
}
