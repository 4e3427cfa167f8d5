// The evidence files held for one case record, as the mentor who sent them and the admin who
// reviews them see them: each file's name and facts, a Download link (the route checks who may
// read it) and, where the viewer may, a Delete button that asks first.
import type { ReactNode } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button, buttonVariants } from "@/components/ui/button";
import { Download, Trash2 } from "@/components/ui/icons";
import type { FormAction } from "@/lib/form-state";

export function EvidenceFileList<F extends { id: string; fileName: string }>({
  label,
  files,
  details,
  remove,
}: {
  /** Names the list, e.g. "Evidence you sent". */
  label: string;
  files: readonly F[];
  /** What is known of a file, under its name. */
  details: (file: F) => ReactNode;
  /** Set where the viewer may delete: the action (posted with `fileId`) and what deleting does. */
  remove?: { action: FormAction; description: string };
}) {
  return (
    <ul aria-label={label} className="divide-y divide-border text-sm">
      {files.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div className="min-w-0">
            <p className="font-medium break-all">{f.fileName}</p>
            {details(f)}
          </div>
          <div className="flex gap-2">
            <a
              href={`/api/evidence/${f.id}`}
              className={buttonVariants({ variant: "secondary", size: "sm" })}
              aria-label={`Download ${f.fileName}`}
            >
              <Download aria-hidden="true" />
              Download
            </a>
            {remove && (
              <ConfirmActionButton
                action={remove.action}
                fields={{ fileId: f.id }}
                trigger={
                  <Button size="sm" variant="ghost" aria-label={`Delete ${f.fileName}`}>
                    <Trash2 aria-hidden="true" />
                    Delete
                  </Button>
                }
                title="Delete this file?"
                description={remove.description}
                confirm="Delete file"
                pendingLabel="Deleting…"
              />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
