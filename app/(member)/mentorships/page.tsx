import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/auth/session";
import { listIncomingRequests, listMyRequests } from "@/lib/mentorship/queries";
import { ApplicantRequests } from "./_components/requests-applicant";
import { IncomingRequestsList } from "./_components/requests-incoming";
import { Section } from "@/components/ui/section";

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
        <Section id="incoming" title="Requests to you" className="space-y-4">
          <IncomingRequestsList incoming={incoming} />
        </Section>
      )}
      {/* A mentor who never asked for mentorship does not need the applicant's empty state. */}
      {(mine.length > 0 || !incoming) && (
        <Section id="mine" title="Your requests" className="space-y-4">
          <ApplicantRequests requests={mine} />
        </Section>
      )}
    </div>
  );
}
