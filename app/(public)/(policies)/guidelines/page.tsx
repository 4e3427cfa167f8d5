import type { Metadata } from "next";
import Link from "next/link";
import { PolicyDocument, type PolicySection } from "@/components/policies/policy-document";

export const metadata: Metadata = {
  title: "Community guidelines",
  description:
    "How members of Landed help each other: no legal advice or notarios, no paid awards or judging mills, no case numbers, no harassment or spam, and what moderators do.",
};

const sections: PolicySection[] = [
  {
    id: "own-experience",
    title: "Share your own experience, kindly",
    body: (
      <ul>
        <li>
          Say what you know from your own case, and say when you are not sure. “This is what worked
          for me” helps more than “this is how it works”.
        </li>
        <li>
          Everyone here is in the middle of something stressful. Answer the question that was asked,
          patiently, even when it has been asked before.
        </li>
        <li>Disagree with ideas, never with the person.</li>
      </ul>
    ),
  },
  {
    id: "no-legal-advice",
    title: "No legal advice, no notarios",
    body: (
      <>
        <p>
          In the United States only attorneys and representatives accredited by the Department of
          Justice may give immigration legal advice or prepare immigration forms for others. People
          who call themselves “notarios”, “immigration consultants” or “visa experts” without being
          either have cost many families their money and their case.
        </p>
        <ul>
          <li>Do not offer to prepare, file or “guarantee” a petition, for money or not.</li>
          <li>Do not advertise legal or consulting services, here or in messages.</li>
          <li>
            Do not tell someone what their case will get. Say what happened in yours, and point them
            to an attorney for their own.
          </li>
        </ul>
        <p>
          Report anything like this with the reason “Unauthorised legal advice or a scam
          (‘notario’)”.
        </p>
      </>
    ),
  },
  {
    id: "no-evidence-mills",
    title: "No paid awards, pay-to-publish or judging mills",
    body: (
      <>
        <p>
          Some businesses sell what looks like evidence: awards you pay to win, articles “about you”
          in outlets that charge for them, journals that publish anything for a fee, invitations to
          judge that come with a price, memberships you buy. They put applicants&apos; cases at
          risk.
        </p>
        <ul>
          <li>Do not sell, promote or arrange any of these, and do not post referral links.</li>
          <li>Talking about how to recognise them, and warning others, is welcome and useful.</li>
        </ul>
        <p>Report offers like these with the reason “Paid awards or judging mills”.</p>
      </>
    ),
  },
  {
    id: "case-numbers",
    title: "Never share case numbers",
    body: (
      <>
        <p>
          Do not write a USCIS receipt number (three letters followed by ten digits), an A-number
          (an A followed by eight or nine digits) or a passport number, yours or anyone else&apos;s.
          They identify a person and their case, and nobody here needs them to help you.
        </p>
        <ul>
          <li>
            In the community and the library, a post with such a number is held for a moderator and
            you are told why. Edit the number out and the post comes back.
          </li>
          <li>
            Anywhere else you write (a request, a message, a note, your profile), the form tells you
            what it found and keeps your text, so you can take the number out and send it again.
          </li>
        </ul>
        <p>
          The earlier text of a held or removed post is shown only to you and the moderators, never
          in its edit history for others.
        </p>
      </>
    ),
  },
  {
    id: "respect",
    title: "Respect people and their privacy",
    body: (
      <ul>
        <li>
          No harassment, threats, insults, or attacks on anyone&apos;s nationality, origin,
          religion, gender, or anything else about who they are.
        </li>
        <li>
          Do not share other people&apos;s personal details, and do not repeat outside a mentorship
          space what someone told you in it.
        </li>
        <li>Do not pretend to be someone else, or to have a case you do not have.</li>
      </ul>
    ),
  },
  {
    id: "no-spam",
    title: "No spam",
    body: (
      <p>
        No advertising, no selling, no posting the same thing again and again, and no requests or
        messages sent to many mentors at once with the same words. Posting has limits (a few seconds
        between posts, fewer posts on an account&apos;s first day) so that nobody can flood the
        community.
      </p>
    ),
  },
  {
    id: "anonymous",
    title: "Posting anonymously",
    body: (
      <p>
        You may ask a question anonymously. Members then see “anonymous member” instead of your
        name; moderators and admins can still see who you are, to keep the community safe. Every
        guideline applies the same.
      </p>
    ),
  },
  {
    id: "reporting",
    title: "Reporting",
    body: (
      <ul>
        <li>
          Use <strong>Report</strong> on a thread, a reply, a guide, a profile, a mentorship request
          or a message in your mentorship space. Choose why, and add a few words if it helps.
        </li>
        <li>
          A moderator reviews every report. The person you report is never told who reported them. A
          reported message or request is seen by the moderators alone, without the rest of the
          space.
        </li>
        <li>
          You can report each thing once. When three members report the same post, it is hidden
          until a moderator decides.
        </li>
        <li>
          You are told the outcome, in your notifications and on your{" "}
          <Link href="/moderation">Moderation</Link> page.
        </li>
      </ul>
    ),
  },
  {
    id: "what-moderators-do",
    title: "What moderators do",
    body: (
      <>
        <ul>
          <li>
            <strong>Hold:</strong> a post with a case number, or the first post of a new account
            while an admin has switched that on, waits for a moderator before anyone else sees it.
          </li>
          <li>
            <strong>Hide:</strong> take something out of sight while it is looked at; it can be
            restored exactly as it was.
          </li>
          <li>
            <strong>Remove:</strong> take it down for breaking these guidelines.
          </li>
          <li>
            <strong>Warn:</strong> tell a member what went wrong.
          </li>
          <li>
            <strong>Suspend:</strong> stop an account for 1, 7 or 30 days, or until a date.
          </li>
          <li>
            <strong>Ban:</strong> close an account for good (admins only).
          </li>
        </ul>
        <p>
          Moderators can also lock, move or retag a thread. Each action is recorded with its reason
          in an audit log that cannot be changed, and the member concerned is told why.
        </p>
      </>
    ),
  },
  {
    id: "appeals",
    title: "One appeal",
    body: (
      <p>
        You can appeal each decision about you or your posts once, from your{" "}
        <Link href="/moderation">Moderation</Link> page, or through the link in the email if your
        account was suspended or banned. A moderator other than the one who decided, or an admin,
        reviews it. If they overturn the decision, it is undone.
      </p>
    ),
  },
];

export default function GuidelinesPage() {
  return (
    <PolicyDocument
      title="Community guidelines"
      href="/guidelines"
      intro={
        <p>
          Landed works because members trust each other with things that matter. These guidelines
          are how we keep that trust. Moderators apply them, and every member agrees to them when
          they join.
        </p>
      }
      sections={sections}
    />
  );
}
