import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { MENTOR_PROFILE_HREF, type MentorBasics } from "@/lib/profiles/completeness";

export function MentorProfileCard({ mentor }: { mentor: MentorBasics | null }) {
  return (
    <Card>
      <CardHeader className="pb-3">
        <CardTitle>Mentor profile</CardTitle>
        <CardDescription>
          {mentor
            ? `You are a mentor on Landed, with ${mentor.caseRecords === 1 ? "1 case record" : `${mentor.caseRecords} case records`}. Keep your case, capacity and availability up to date.`
            : "Approved on a pathway? Share your case and guide someone on the same road. You can be an applicant and a mentor at once."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild variant="secondary">
          <Link href={MENTOR_PROFILE_HREF}>
            {mentor ? "Edit your mentor profile" : "Been approved? Become a mentor"}
          </Link>
        </Button>
      </CardContent>
    </Card>
  );
}
