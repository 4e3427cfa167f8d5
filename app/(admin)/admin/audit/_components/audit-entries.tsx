// The audit log's rows: a table from the sm breakpoint up, stacked cards below it.
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { History, ShieldX } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import type { AuditChange, AuditRow } from "@/lib/admin/audit";

export function AuditEntries({ rows }: { rows: AuditRow[] }) {
  return (
    <>
      <DataTable
        label="Audit log table"
        caption="Audit log entries, newest first"
        columns={["Time (UTC)", "Actor", "Action", "Target", "Reason", "Changes"]}
        className="hidden sm:block"
        tableClassName="min-w-[44rem]"
      >
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className={cn("border-t border-border align-top", row.denied && "bg-danger-subtle")}
            >
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                <Time value={row.createdAt} />
              </td>
              <td className="px-3 py-2">
                <Actor row={row} />
              </td>
              <td className="px-3 py-2">
                <Action row={row} />
              </td>
              <td className="px-3 py-2">
                <Target row={row} />
              </td>
              <td className="max-w-72 min-w-48 px-3 py-2 break-words">
                <Reason reason={row.reason} />
              </td>
              <td className="min-w-64 px-3 py-2">
                <Changes row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <ol className="space-y-3 sm:hidden" aria-label="Audit log entries, newest first">
        {rows.map((row) => (
          <li
            key={row.id}
            className={cn(
              "space-y-2 rounded-card border border-border p-3 text-sm",
              row.denied ? "bg-danger-subtle" : "bg-surface-raised",
            )}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <Action row={row} />
              <span className="text-muted tabular-nums">
                <Time value={row.createdAt} />
              </span>
            </div>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
              <dt className="text-muted">Actor</dt>
              <dd>
                <Actor row={row} />
              </dd>
              <dt className="text-muted">Target</dt>
              <dd>
                <Target row={row} />
              </dd>
              <dt className="text-muted">Reason</dt>
              <dd className="break-words">
                <Reason reason={row.reason} />
              </dd>
              <dt className="text-muted">Changes</dt>
              <dd>
                <Changes row={row} />
              </dd>
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}

function Time({ value }: { value: Date }) {
  const iso = value.toISOString();
  return <time dateTime={iso}>{`${iso.slice(0, 10)} ${iso.slice(11, 19)}`}</time>;
}

function Actor({ row }: { row: AuditRow }) {
  if (!row.actor) return <span className="text-muted">System or deleted account</span>;
  return (
    <span className="block min-w-0">
      <span className="block">{row.actor.displayName}</span>
      <span className="block text-muted">@{row.actor.handle}</span>
    </span>
  );
}

function Action({ row }: { row: AuditRow }) {
  if (!row.denied) return <code className="font-mono text-xs break-words">{row.action}</code>;
  const attempted = row.details.find((d) => d.key === "attempted")?.value;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="inline-flex items-center gap-1 rounded-full border border-danger/40 px-2 py-0.5 text-xs font-semibold text-danger">
        <ShieldX aria-hidden="true" className="size-3.5" />
        Denied
      </span>
      {attempted ? (
        <span className="text-xs">
          tried <code className="font-mono break-words">{attempted}</code>
        </span>
      ) : null}
      {row.attempts && row.attempts.count > 1 ? (
        <span className="text-xs text-muted">
          {row.attempts.count} times this hour
          {row.attempts.lastAt ? (
            <>
              , last at{" "}
              <time dateTime={row.attempts.lastAt.toISOString()}>
                {row.attempts.lastAt.toISOString().slice(11, 16)} UTC
              </time>
            </>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}

function Target({ row }: { row: AuditRow }) {
  const id = row.targetHandle ? `@${row.targetHandle}` : shortId(row.targetId);
  const text = `${row.targetType} ${id}`;
  const history = `/admin/audit?${new URLSearchParams({ targetType: row.targetType, targetId: row.targetId })}`;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      {row.targetHref ? (
        <Link
          href={row.targetHref}
          className="whitespace-nowrap text-accent underline underline-offset-4 hover:text-accent-hover"
        >
          {text}
        </Link>
      ) : (
        <span className="whitespace-nowrap" title={row.targetId}>
          {text}
        </span>
      )}
      <Link
        href={history}
        className="inline-flex size-6 items-center justify-center rounded-control text-muted hover:bg-surface-muted hover:text-fg"
        aria-label={`All entries for ${text}`}
        title="All entries for this target"
      >
        <History aria-hidden="true" className="size-3.5" />
      </Link>
    </span>
  );
}

/** A uuid is long; its first block is enough to tell entries apart on screen. */
function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id)
    ? `${id.slice(0, 8)}…`
    : id.length > 24
      ? `${id.slice(0, 23)}…`
      : id;
}

function Reason({ reason }: { reason: string | null }) {
  if (!reason) return <span className="text-muted">—</span>;
  return (
    <span title={reason.length > 140 ? reason.slice(0, 500) : undefined}>
      {truncate(reason, 140)}
    </span>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function Changes({ row }: { row: AuditRow }) {
  const details = row.denied ? row.details.filter((d) => d.key !== "attempted") : row.details;
  if (row.changes.length === 0 && details.length === 0)
    return <span className="text-muted">—</span>;
  return (
    <ul className="space-y-0.5 text-xs">
      {row.changes.map((c) => (
        <li key={c.key} className="break-words">
          <ChangeLine change={c} />
        </li>
      ))}
      {row.moreChanges > 0 ? (
        <li className="text-muted">
          and {row.moreChanges} more {row.moreChanges === 1 ? "change" : "changes"}
        </li>
      ) : null}
      {details.map((d) => (
        <li key={`meta-${d.key}`} className="break-words text-muted">
          <span className="font-mono">{d.key}</span>: {d.value}
        </li>
      ))}
    </ul>
  );
}

function ChangeLine({ change }: { change: AuditChange }) {
  return (
    <>
      <span className="font-mono text-muted">{change.key}</span>:{" "}
      {change.before !== null ? <span>{change.before}</span> : null}
      {change.before !== null && change.after !== null ? (
        <>
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> changed to </span>
        </>
      ) : null}
      {change.after !== null ? (
        <span className="font-medium">{change.after}</span>
      ) : (
        <span className="text-muted"> (removed)</span>
      )}
    </>
  );
}
