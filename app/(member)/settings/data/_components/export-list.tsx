import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import type { ExportView } from "@/lib/export/queries";
import { formatFileSize } from "@/lib/verification/files";

const day = (d: Date) =>
  d.toLocaleDateString("en-US", {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
const moment = (d: Date) =>
  d.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

function ExportStatus({ item }: { item: ExportView }) {
  switch (item.state) {
    case "requested":
    case "building":
      return (
        <p className="text-sm text-muted">Being prepared. This usually takes under a minute.</p>
      );
    case "ready":
      return (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <a className={buttonVariants({ size: "sm" })} href={`/api/exports/${item.id}`} download>
            Download ZIP ({formatFileSize(item.size ?? 0)})
          </a>
          <span className="text-muted">Available until {day(item.expiresAt!)}</span>
        </div>
      );
    case "expired":
      return (
        <p className="text-sm text-muted">
          Expired{item.expiresAt ? ` on ${day(item.expiresAt)}` : ""} and deleted. Ask for a new one
          above.
        </p>
      );
    case "failed":
      return (
        <Alert tone="danger" aria-label="Export failed">
          {item.error}
        </Alert>
      );
  }
}

/** The member's latest exports, newest first. */
export function ExportList({ items }: { items: ExportView[] }) {
  if (items.length === 0) {
    return <p className="text-sm text-muted">You have not asked for an export yet.</p>;
  }
  return (
    <ul
      aria-label="Your exports"
      className="divide-y divide-border rounded-card border border-border"
    >
      {items.map((item) => (
        <li key={item.id} className="space-y-2 p-4">
          <p className="text-sm font-medium">Requested {moment(item.requestedAt)}</p>
          <ExportStatus item={item} />
        </li>
      ))}
    </ul>
  );
}
