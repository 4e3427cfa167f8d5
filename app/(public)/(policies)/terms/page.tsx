import type { Metadata } from "next";
import Link from "next/link";
import { PolicyDocument, type PolicySection } from "@/components/policies/policy-document";

export const metadata: Metadata = {
  title: "Terms of use",
  description:
    "The agreement between you and Landed: a community, not a law firm; your account, what you write, mentoring, moderation and leaving.",
};

const sections: PolicySection[] = [
  {
    id: "community-not-law-firm",
    title: "A community, not a law firm",
    body: (
      <>
        <p>
          Landed connects people preparing their own case for a US green card or visa (EB-1A, EB-2
          NIW, O-1A, EB-1B) with people who were approved on a similar path, and gives them a place
          to ask, answer and write.
        </p>
        <p>
          <strong>Nothing on Landed is legal advice.</strong> Mentors and members share their own
          experience. Using Landed does not make anyone your lawyer, and no attorney–client
          relationship is formed here. Match scores, criteria charts and statistics describe what
          members told us; they are not predictions of your case. For decisions about your case,
          talk to an immigration attorney or a representative accredited by the US Department of
          Justice, and check the official sources at{" "}
          <a href="https://www.uscis.gov" rel="noopener noreferrer">
            uscis.gov
          </a>
          .
        </p>
      </>
    ),
  },
  {
    id: "your-account",
    title: "Your account",
    body: (
      <ul>
        <li>One account per person, in your own name or the name you are known by.</li>
        <li>
          Keep your password to yourself. If you think someone else got in, change it or use “Sign
          out everywhere” in Settings: every other session ends at once.
        </li>
        <li>Give true information about yourself and your case, or leave a field empty.</li>
      </ul>
    ),
  },
  {
    id: "what-you-write",
    title: "What you write",
    body: (
      <>
        <p>
          What you write stays yours. By posting it you let Landed store it and show it to the
          people it is meant for: the community, a mentor, the other person in a mentorship space,
          or only you, as the page and your visibility choices say. Edits keep their earlier
          versions, so a conversation still makes sense later.
        </p>
        <p>
          Post only what you have the right to share. Never post case numbers (yours or
          anyone&apos;s), other people&apos;s private details, or what someone told you in a
          mentorship space. The <Link href="/guidelines">community guidelines</Link> say what else
          is not welcome.
        </p>
      </>
    ),
  },
  {
    id: "mentoring",
    title: "Mentoring",
    body: (
      <ul>
        <li>
          Mentors describe their own case truthfully. “Verified outcome” means an admin checked a
          redacted approval notice for that case; it says nothing more about the mentor.
        </li>
        <li>
          Mentors share what worked for them. They do not give legal advice, promise outcomes, or
          prepare petitions for anyone.
        </li>
        <li>
          A request may be accepted, declined or left unanswered; it expires after 7 days. Either
          side can end a mentorship at any time, and the space then becomes read-only.
        </li>
        <li>
          While a mentorship is active, each of you sees what the other keeps for “my mentors or
          mentees”. That ends with the mentorship.
        </li>
      </ul>
    ),
  },
  {
    id: "moderation",
    title: "Moderation",
    body: (
      <p>
        Moderators apply the <Link href="/guidelines">community guidelines</Link>. They may hold,
        hide or remove what breaks them, lock or move a thread, and warn, suspend or ban an account.
        You are told what was decided and why, and you can appeal each decision once; a different
        moderator or an admin reviews the appeal. Every moderation and admin action is recorded in
        an audit log that cannot be changed.
      </p>
    ),
  },
  {
    id: "leaving",
    title: "Leaving, and being asked to leave",
    body: (
      <>
        <p>
          You can export your data or delete your account at any time in Settings → Your data. A
          deleted account is disabled at once and erased after 14 days; the{" "}
          <Link href="/privacy#your-data">privacy notice</Link> says exactly what goes.
        </p>
        <p>
          We may suspend or ban an account that breaks these terms or the guidelines. A suspended or
          banned member is told the reason and until when, and gets a link to appeal without signing
          in.
        </p>
      </>
    ),
  },
  {
    id: "no-guarantees",
    title: "What we cannot promise",
    body: (
      <p>
        We work to keep Landed available and your data safe, but we cannot promise the site will
        never be down, that a mentor will be free, or that anything you read here is right for your
        case. Landed is not responsible for decisions you make on the strength of what members
        write.
      </p>
    ),
  },
  {
    id: "changes",
    title: "When these terms change",
    body: (
      <p>
        These terms, the <Link href="/privacy">privacy notice</Link> and the{" "}
        <Link href="/guidelines">guidelines</Link> carry one version. When a new version is
        published you are asked to accept it before you go on, with a short account of what changed;
        if you do not accept, you can still export your data and delete your account.
      </p>
    ),
  },
];

export default function TermsPage() {
  return (
    <PolicyDocument
      title="Terms of use"
      href="/terms"
      intro={
        <p>
          These terms are the agreement between you and Landed. They are short on purpose: what
          Landed is and is not, what you can expect from us, and what we ask of you.
        </p>
      }
      sections={sections}
    />
  );
}
