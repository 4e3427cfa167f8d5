import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link
      href={href}
      className="flex items-center gap-2 font-semibold tracking-tight text-fg"
      aria-label="Landed, home"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-6 text-accent"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M3 20h18" strokeLinecap="round" />
        <path d="M5 16c3-1 5-5 7-10 2 5 4 9 7 10" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="text-lg">Landed</span>
    </Link>
  );
}
