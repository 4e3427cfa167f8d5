"use client";

// Shown when even the root layout fails (for example the database is down at the first request).
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          margin: 0,
          padding: "4rem 1rem",
          background: "#fff",
          color: "#111",
        }}
      >
        <main style={{ maxWidth: "32rem", margin: "0 auto" }}>
          <h1 style={{ fontSize: "1.75rem" }}>Landed is having trouble</h1>
          <p>
            We could not load this page. Please try again in a moment; nothing you entered was saved
            half-way.
          </p>
          <button
            type="button"
            onClick={reset}
            style={{ padding: "0.5rem 1rem", fontSize: "1rem" }}
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
