// The other member of a mentorship space, as the viewer may see them now.
import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";
import type { MentorshipSpace } from "@/lib/mentorship/space/queries";
import { getApplicantProfileForViewer } from "@/lib/profiles/queries";
import { ApplicantFacts } from "../../_components/applicant-facts";
import { Section } from "@/components/ui/section";

/**
 * Who the other member is. The applicant's profile is read as this viewer may see it: during the
 * mentorship the mentor sees what the applicant keeps for "my mentors", after it only what members see.
 */
export async function Counterpart({
  space,
  viewer,
}: {
  space: MentorshipSpace;
  viewer: CurrentUser;
}) {
  if (space.viewerRole === "applicant") {
    return (
      <p className="text-sm">
        <Link
          href={`/mentors/${space.mentor.handle}`}
          className="text-accent underline underline-offset-4"
        >
          {space.mentor.name}&apos;s mentor page
        </Link>
        {space.state === "accepted" && (
          <span className="text-muted"> shows you what they share with their mentees.</span>
        )}
      </p>
    );
  }
  const profile = await getApplicantProfileForViewer(viewer, space.applicant.id);
  return (
    <Section id="applicant" title={<>About {space.applicant.name}</>}>
      {profile ? (
        <ApplicantFacts profile={profile} />
      ) : (
        <p className="text-sm">{space.applicant.name} has not filled in a profile.</p>
      )}
      <p className="text-sm text-muted">
        {space.viewerRole === "admin"
          ? "You see every field as an admin."
          : space.state === "accepted"
            ? `While you work together you see what ${space.applicant.name} keeps for their mentors; it ends with the mentorship.`
            : `The mentorship has ended, so you see only what ${space.applicant.name} shows every member.`}
      </p>
    </Section>
  );
}
