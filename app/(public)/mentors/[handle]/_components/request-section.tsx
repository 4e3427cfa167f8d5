// "Request mentorship" on a mentor's page: the form, or in plain words why not right now.
import { randomBytes } from "node:crypto";
import Link from "next/link";
import { requestMentorshipAction } from "@/app/_actions/mentorship-request";
import type { User } from "@/db/schema";
import { openRequestWith } from "@/lib/mentorship/queries";
import { REQUEST_TTL_DAYS } from "@/lib/mentorship/states";
import { RequestForm } from "./request-form";

const linkClass = "text-accent underline underline-offset-4 hover:text-accent-hover";

export async function RequestSection({
  viewer,
  mentor,
}: {
  viewer: Pick<User, "id">;
  mentor: {
    userId: string;
    displayName: string;
    availability: { accepting: boolean; capacity: number; activeMentees: number } | null;
  };
}) {
  const open = await openRequestWith(viewer, mentor.userId);
  const firstName = mentor.displayName.split(" ")[0] ?? mentor.displayName;
  const availability = mentor.availability;
  let body: React.ReactNode;
  if (open) {
    body = (
      <p>
        You already asked {mentor.displayName}:{" "}
        <Link href="/mentorships" className={linkClass}>
          see your requests
        </Link>
        .
      </p>
    );
  } else if (!availability || !availability.accepting) {
    body = <p>Not accepting mentees right now.</p>;
  } else if (availability.activeMentees >= availability.capacity) {
    body = <p>No free seat right now.</p>;
  } else {
    body = (
      <>
        <p className="text-sm text-muted">
          {firstName} has {REQUEST_TTL_DAYS} days to accept, decline or ask you a question. By
          sending this request you share your goals and your criteria self-assessment with{" "}
          {firstName} while the request is open and during the mentorship; the rest of your profile
          keeps the visibility you chose.
        </p>
        <RequestForm
          action={requestMentorshipAction}
          mentorId={mentor.userId}
          firstName={firstName}
          idempotencyKey={randomBytes(16).toString("base64url")}
        />
      </>
    );
  }
  return (
    <section
      id="request"
      aria-labelledby="request-heading"
      className="scroll-mt-20 space-y-3 rounded-card border border-border bg-surface-raised p-4 sm:p-5"
    >
      <h2 id="request-heading" className="text-lg font-semibold">
        Request mentorship
      </h2>
      {body}
    </section>
  );
}
