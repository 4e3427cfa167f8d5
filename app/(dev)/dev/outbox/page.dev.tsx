import type { Metadata } from "next";
import { connection } from "next/server";
import { listOutbox } from "@/lib/email/outbox";

export const metadata: Metadata = { title: "Dev outbox" };

// Development only (`next dev`; next.config.ts leaves `*.dev.tsx` out of production builds):
// emails that were not sent through SMTP.
export default async function DevOutboxPage() {
  await connection();
  const emails = await listOutbox(50);
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">Dev outbox</h1>
      <p className="text-sm text-muted">
        The last 50 emails Landed wrote. With SMTP_URL set they are also delivered; this page exists
        only in development.
      </p>
      {emails.length === 0 ? (
        <p>No emails yet. Sign up or ask for a password reset to see one here.</p>
      ) : (
        <ol className="space-y-4">
          {emails.map((e) => (
            <li key={e.id} className="rounded-lg border border-border p-4">
              <p className="text-sm text-muted">
                To {e.to} · {e.createdAt.toISOString()} · {e.status}
              </p>
              <h2 className="mt-1 font-semibold">{e.subject}</h2>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">
                {linkify(e.text)}
              </pre>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="text-accent underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
