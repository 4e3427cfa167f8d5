import type { Metadata } from "next";
import Link from "next/link";
import { PolicyDocument, type PolicySection } from "@/components/policies/policy-document";

export const metadata: Metadata = {
  title: "Privacy notice",
  description:
    "What Landed keeps about you, who sees each part, how long it is kept, and how to export or delete it.",
};

const sections: PolicySection[] = [
  {
    id: "what-we-keep",
    title: "What we keep",
    body: (
      <>
        <p>Only what you give us, and what Landed needs to run safely:</p>
        <ul>
          <li>
            <strong>Your account:</strong> your email address, display name and handle (the short
            name in your page&apos;s address), and your password stored only as an Argon2id hash,
            which cannot be turned back into the password. Also when you joined, confirmed your
            email and were last active, your role, and any suspension. If you sign in with another
            provider, which one and the account number it gives us.
          </li>
          <li>
            <strong>Your profile:</strong> the pathways you aim for, your field, keywords,
            languages, time zone, country of birth, current visa status, stage, goals, and who may
            see each sensitive field. If you mentor: your bio, topics, capacity and whether you are
            accepting mentees.
          </li>
          <li>
            <strong>Your self-assessment:</strong> how strong you rate each criterion, with your
            notes.
          </li>
          <li>
            <strong>Case records</strong> (mentors): pathway, filing and decision months, service
            centre, premium processing, attorney or not, any request for evidence and the criteria
            it challenged, the outcome, and the criteria claimed and accepted.
          </li>
          <li>
            <strong>Evidence files:</strong> the redacted approval notices mentors upload to be
            verified, with their note and the admin&apos;s decision.
          </li>
          <li>
            <strong>Mentorships:</strong> requests (goals, message, any question and answer, a
            reason to decline), and each mentorship space: messages, the evidence checklist with
            notes and comments, shared goals, and the rating a mentee gives at the end.
          </li>
          <li>
            <strong>What you write:</strong> community threads and replies, guides and other library
            items, with their earlier versions (edit history), your votes and what you follow.
          </li>
          <li>
            <strong>Saved items,</strong> bookmarked mentors and what you marked “not interested”.
          </li>
          <li>
            <strong>Notifications</strong> and your choices of which ones reach you by email.
          </li>
          <li>
            <strong>Reports</strong> you make, <strong>moderation decisions</strong> about you or
            your posts, and your <strong>appeals</strong>.
          </li>
          <li>
            <strong>Policy acceptances:</strong> each version of the terms, this notice and the
            guidelines you accepted, and when.
          </li>
          <li>
            <strong>Security records:</strong> sessions you signed out, a hash of each single-use
            link we email you (never the link itself), rate-limit counters, a keyed hash of the
            network addresses you signed in from, and the audit log of moderation and admin actions.
          </li>
        </ul>
        <p>
          We never ask for your USCIS receipt numbers, A-number or passport number, and we stop them
          where members write (see the{" "}
          <Link href="/guidelines#case-numbers">community guidelines</Link>).
        </p>
      </>
    ),
  },
  {
    id: "who-sees-what",
    title: "Who sees what",
    body: (
      <>
        <h3>Anyone, signed out</h3>
        <ul>
          <li>
            Community threads (except Off-topic) and the names of their authors, and published
            library items.
          </li>
          <li>
            On a mentor&apos;s page: their name, approved pathways, bio, field, topics and
            languages.
          </li>
        </ul>
        <h3>Signed-in members</h3>
        <ul>
          <li>
            Your display name and handle, and your profile basics: the pathways you aim for, field,
            keywords, languages and time zone.
          </li>
          <li>
            On a mentor&apos;s page, also: their case summary (pathway, outcome, year of decision,
            accepted criteria, verified or not), availability, time zone, when they were last
            active, how long they usually take to answer a request and, once three mentees have
            rated them, their average rating.
          </li>
        </ul>
        <h3>Your choice, field by field</h3>
        <p>
          Your country of birth, visa status, stage, and self-assessment with goals (and, for
          mentors, country of birth and case details) are each shown to one of:
        </p>
        <ul>
          <li>
            <strong>Only me, my mentors or mentees, and admins</strong> (the default): you, the
            other person in a mentorship that has been accepted and has not ended, and admins. When
            the mentorship ends, so does their access.
          </li>
          <li>
            <strong>Signed-in members.</strong>
          </li>
          <li>
            <strong>Anyone,</strong> including visitors who are not signed in.
          </li>
        </ul>
        <p>
          You can change these at any time on your profile. Your choices themselves are shown only
          to you and admins.
        </p>
        <h3>In a mentorship</h3>
        <ul>
          <li>
            When you ask a mentor, they see your goals and message, and your self-assessment while
            the request is open, whatever its setting: that is what they need to answer.
          </li>
          <li>
            A mentorship space is for the two of you. An admin can open it when they must (for
            example to look into a report); every such reading is recorded in the audit log.
          </li>
          <li>
            If either of you reports a message or a request, moderators see that one message or
            request and who wrote it, never the rest of the space.
          </li>
        </ul>
        <h3>Posts, files and reports</h3>
        <ul>
          <li>
            <strong>Anonymous posts:</strong> members see “anonymous member” instead of your name.
            Moderators and admins can see who wrote it, to keep the community safe.
          </li>
          <li>
            <strong>Held or removed posts:</strong> the text of a post held for review or removed by
            a moderator, with its earlier versions, is shown only to you and to moderators.
          </li>
          <li>
            <strong>Evidence files:</strong> only you and admins.
          </li>
          <li>
            <strong>Reports:</strong> the person reported is never told who reported them.
          </li>
        </ul>
        <h3>Moderators and admins</h3>
        <p>
          Moderators see the review queue, reports, and each member&apos;s email, status and
          moderation history, to do their work. Admins also see every profile field, the dashboard
          and the audit log. Their actions are recorded in the audit log with their reason.
        </p>
      </>
    ),
  },
  {
    id: "how-long",
    title: "How long we keep it",
    body: (
      <ul>
        <li>
          <strong>Your account and everything in it:</strong> for as long as you keep your account.
          Deleting it is described below.
        </li>
        <li>
          <strong>Emails:</strong> once an email is delivered, the copy we keep holds no usable
          link, and every email we sent or tried to send is deleted 30 days after it was written.
        </li>
        <li>
          <strong>A data export:</strong> 7 days, then it is deleted.
        </li>
        <li>
          <strong>Where you signed in from:</strong> a keyed hash of the network address (not the
          address itself), kept 90 days, so that you can always get in even while someone is
          attacking your account.
        </li>
        <li>
          <strong>Rate-limit counters:</strong> only for their window, at most a day.
        </li>
        <li>
          <strong>Emailed links:</strong> only a hash of each is stored; they expire (an hour for a
          password reset, a day to confirm your email, 30 days to appeal a suspension).
        </li>
        <li>
          <strong>Server logs</strong> never hold passwords, tokens or case details, and show an
          email address only as a fingerprint.
        </li>
        <li>
          <strong>The audit log</strong> of moderation and admin actions is never changed; after an
          account is erased it names that person only by a pseudonymous id.
        </li>
      </ul>
    ),
  },
  {
    id: "your-data",
    title: "Taking your data with you, or deleting it",
    body: (
      <>
        <p>
          Both are in <strong>Settings → Your data</strong>.
        </p>
        <h3>Export</h3>
        <p>
          Ask for an export and we prepare one ZIP file with everything we hold about you, as JSON,
          together with the evidence files you uploaded. When it is ready you get a notification and
          an email. Only you can download it, for 7 days. It includes what other people wrote only
          where you could already read it, such as your mentor&apos;s messages in your shared space.
        </p>
        <h3>Deletion</h3>
        <p>
          Delete your account in Settings → Your data, with your password (or, if you only sign in
          through a provider, within 10 minutes of signing in). It is disabled at once and every
          session ends. After 14 days it is erased; if you sign in with your password during those
          14 days, you are offered to keep it.
        </p>
        <p>Erasure removes:</p>
        <ul>
          <li>
            your name, email, profile, self-assessments, case records and evidence files,
            notifications, bookmarks, sessions, emailed links and emails;
          </li>
          <li>
            your posts, if you choose; otherwise they stay, shown as written by “a former member”,
            with your name, handle and email taken out of them, and mentions of you in other
            people&apos;s posts no longer name you (what others wrote in their own words is theirs
            and stays as they wrote it);
          </li>
          <li>your open requests, which are withdrawn;</li>
          <li>
            the mentorship spaces you share, which are closed and erased. The other person is told
            first and can export their copy.
          </li>
        </ul>
        <p>The audit log keeps only a pseudonymous id in place of your account.</p>
        <h3>Correcting it</h3>
        <p>
          You can change your profile, your mentor profile, your case records, your visibility
          choices and your notification choices at any time, and edit or delete your posts.
        </p>
      </>
    ),
  },
  {
    id: "where",
    title: "Where it is kept",
    body: (
      <>
        <p>
          Everything is kept in the PostgreSQL database of the Landed site you use. Evidence files
          are kept on the server&apos;s disk or in S3-compatible storage chosen by whoever runs the
          site, readable only through Landed, by you and admins. Emails leave through the email
          relay the site uses.
        </p>
        <p>
          If you sign in with GitHub, Google or LinkedIn, that provider tells us your email address
          and an account number; we send it nothing about you. No other service receives your data.
        </p>
      </>
    ),
  },
  {
    id: "cookies",
    title: "Cookies and your browser",
    body: (
      <ul>
        <li>
          One session cookie keeps you signed in. Scripts cannot read it, forms posted from other
          sites do not carry it, and it ends after 7 days without a visit or 30 days at most.
        </li>
        <li>
          During sign-in, short-lived cookies protect the form from forgery and remember where to
          take you back.
        </li>
        <li>Your choice of light or dark theme is kept in your browser only.</li>
        <li>No advertising, analytics or tracking cookies, and no scripts from other sites.</li>
      </ul>
    ),
  },
  {
    id: "never",
    title: "What we never do",
    body: (
      <ul>
        <li>We do not sell your data, and Landed shows no advertising.</li>
        <li>
          We do not pass what you tell us to employers, immigration authorities or anyone else
          beyond what this notice describes, unless the law obliges us to.
        </li>
        <li>We never ask for your receipt numbers, A-number or passport number.</li>
      </ul>
    ),
  },
  {
    id: "changes",
    title: "When this notice changes",
    body: (
      <p>
        The terms, this notice and the guidelines carry one version. When we publish a new one, you
        are asked to accept it the next time you open a member page, with a short account of what
        changed. We keep a record of each version you accepted and when. If you do not accept, you
        can still export your data and delete your account.
      </p>
    ),
  },
];

export default function PrivacyPage() {
  return (
    <PolicyDocument
      title="Privacy notice"
      href="/privacy"
      intro={
        <p>
          Members trust Landed with their immigration status, where they were born and their case.
          This notice says, in plain words, what we keep, who can see each part, how long we keep
          it, and how you take it with you or delete it. It describes what the site does, not what
          we hope it does.
        </p>
      }
      sections={sections}
    />
  );
}
