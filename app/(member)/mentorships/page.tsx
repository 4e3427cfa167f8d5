import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/auth/session";
import { listIncomingRequests, listMyRequests } from "@/lib/mentorship/queries";
import { ApplicantRequests } from "./_components/requests-applicant";
import { IncomingRequestsList } from "./_components/requests-incoming";

export const metadata: Metadata = { title: "Mentorships" };

export default async function MentorshipsPage({
  searchParams,
}: {
  searchParams: Promise<{ sent?: string }>;
}) {
  const user = await requirePageUser("/mentorships");
  const { sent } = await searchParams;
  const [mine, incoming] = await Promise.all([listMyRequests(user), listIncomingRequests(user)]);
  return (
    <div className="max-w-3xl space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Mentorships</h1>
        <p className="text-muted">
          A request stays open for 7 days. If the mentor does not answer by then, it expires and you
          can ask someone else.
        </p>
      </div>
      {sent === "1" && (
        <Alert tone="success" aria-label="Request sent">
          Your request was sent. The mentor has 7 days to accept, decline or ask you a question; you
          will get a notification either way.
        </Alert>
      )}
      {incoming && (
        <section aria-labelledby="incoming-heading" className="space-y-4">
          <h2 id="incoming-heading" className="text-lg font-semibold">
            Requests to you
          </h2>
          <IncomingRequestsList incoming={incoming} />
        </section>
      )}
      {/* A mentor who never asked for mentorship does not need the applicant's empty state. */}
      {(mine.length > 0 || !incoming) && (
        <section aria-labelledby="mine-heading" className="space-y-4">
          <h2 id="mine-heading" className="text-lg font-semibold">
            Your requests
          </h2>
          <ApplicantRequests requests={mine} />
        </section>
      )}
    </div>
  );
}
