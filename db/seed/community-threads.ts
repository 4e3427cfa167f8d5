// The community's demo threads, written for Landed: the named people of docs/demo.md ask and answer
// across the categories, and generated members fill the lists so sorting and pages have depth.
import type { CategorySlug, ThreadKind } from "@/lib/community/vocabulary";
import type { PathwayCode } from "@/lib/domain/pathways";
import { buildMember } from "@/tests/factories";

export interface SeedReply {
  author: string;
  body: string;
  /** Hours after the thread was started. */
  hoursAfter: number;
  votes?: number;
}

export interface SeedThread {
  key: string;
  author: string;
  category: CategorySlug;
  kind: ThreadKind;
  title: string;
  body: string;
  pathways: PathwayCode[];
  criteria: string[];
  anonymous?: boolean;
  daysAgo: number;
  votes?: number;
  replies: SeedReply[];
  /** Index into replies of the accepted answer. */
  accepted?: number;
}

const member = (n: number) => buildMember(n).email;

export const demoThreads: SeedThread[] = [
  {
    key: "judging-without-editorial-board",
    author: "priya@example.com",
    category: "evidence-criteria",
    kind: "question",
    title: "Does peer review for conferences count as judging for EB-1A?",
    body: "I have reviewed about 40 papers for CVPR, ICCV and NeurIPS over three years, but I am not on any editorial board.\n\nIs conference reviewing enough for the **judging** criterion, and what documents did you submit to prove it?",
    pathways: ["eb1a"],
    criteria: ["judging"],
    daysAgo: 12,
    votes: 14,
    replies: [
      {
        author: "arjun@example.com",
        hoursAfter: 5,
        votes: 11,
        body: "Yes, it counted in my case (approved 2024, Nebraska). What worked:\n\n1. The **invitation emails** from the programme chairs, with the conference named.\n2. The review **confirmation pages** showing the paper titles (redact the titles if the reviews are confidential).\n3. A short letter from one area chair saying how reviewers are selected.\n\nQuantity helps less than showing you were *invited because of your expertise*. Top venues make that easy to argue.",
      },
      {
        author: member(3),
        hoursAfter: 20,
        votes: 3,
        body: "Same experience for O-1A: conference reviewing was accepted without an RFE. Include the acceptance rate of the venue to show selectivity.",
      },
    ],
    accepted: 0,
  },
  {
    key: "niw-prong-one-rfe",
    author: "wei@example.com",
    category: "filing-rfes",
    kind: "question",
    title: "RFE on NIW prong 1 (national importance): how did you respond?",
    body: "My EB-2 NIW got an RFE saying the record does not show my endeavor has **national importance**. My work is on solid-state battery materials, funded by a DOE programme.\n\nFor those who got the same RFE and were approved: what evidence moved the officer?",
    pathways: ["eb2_niw"],
    criteria: ["merit_importance"],
    daysAgo: 25,
    votes: 9,
    replies: [
      {
        author: "lin@example.com",
        hoursAfter: 9,
        votes: 8,
        body: 'I had exactly this RFE in 2023. Two things turned it around:\n\n- Evidence of use **outside my lab**: companies and national labs building on the work.\n- Framing the endeavor in the words of *Matter of Dhanasar*: not "my field is important" but "**this endeavor** has implications beyond my employer".\n\nHappy to say more in a mentorship; we are working through yours now.',
      },
    ],
    accepted: 0,
  },
  {
    key: "o1a-to-eb1a",
    author: "diego@example.com",
    category: "pathways-eligibility",
    kind: "question",
    title: "Founder on TN: O-1A first, or straight to EB-1A?",
    body: "I run a fintech startup (Series A) and I am on a TN. I have strong evidence for leading role and high salary, some press.\n\nIs it wiser to get an O-1A first and file EB-1A later, or go straight for EB-1A?",
    pathways: ["o1a", "eb1a"],
    criteria: ["leading_role", "high_salary", "press"],
    daysAgo: 8,
    votes: 6,
    replies: [
      {
        author: "sofia@example.com",
        hoursAfter: 14,
        votes: 7,
        body: "I did exactly that: O-1A in 2022, EB-1A in 2025. The O-1A bought time and a cleaner status while my press coverage grew. The bar for O-1A is lower in practice, and the same evidence file becomes the base of the EB-1A.\n\nNot legal advice: talk it through with an attorney, especially on TN's intent rules.",
      },
      {
        author: member(7),
        hoursAfter: 30,
        votes: 1,
        body: "If your press is thin, O-1A first gives you a year or two to build it.",
      },
    ],
  },
  {
    key: "anonymous-rfe-fear",
    author: "amara@example.com",
    category: "pathways-eligibility",
    kind: "question",
    anonymous: true,
    title: "Can a pending NIW affect my OPT STEM extension?",
    body: "I am on F-1 OPT and thinking of filing an EB-2 NIW. Could filing an immigrant petition cause problems for my STEM OPT extension or a future H-1B?",
    pathways: ["eb2_niw"],
    criteria: [],
    daysAgo: 4,
    votes: 4,
    replies: [
      {
        author: "kwame@example.com",
        hoursAfter: 16,
        votes: 2,
        body: "In my experience an I-140 alone did not affect F-1 status, but F-1 requires non-immigrant intent, so timing matters when you travel or apply for visas. This is exactly the question to put to an immigration attorney before you file.",
      },
    ],
  },
  {
    key: "letters-who-to-ask",
    author: member(45),
    category: "letters",
    kind: "discussion",
    title: "Independent vs. dependent recommenders: how many of each?",
    body: 'I see advice ranging from "all independent" to "half and half". How did you balance letters from collaborators and from people who only know your work through its impact?',
    pathways: ["eb1a", "eb2_niw"],
    criteria: ["original_contributions"],
    daysAgo: 18,
    votes: 12,
    replies: [
      {
        author: "arjun@example.com",
        hoursAfter: 3,
        votes: 6,
        body: "I used 6 letters: 4 independent, 2 from collaborators. The independent ones carried the *original contributions* argument; the collaborators explained what exactly I did.",
      },
      {
        author: "olena@example.com",
        hoursAfter: 28,
        votes: 4,
        body: "In the arts it was different: festival programmers and critics I had never worked with were the strongest letters.",
      },
      {
        author: member(60),
        hoursAfter: 50,
        votes: 1,
        body: "Thank you both, this helps. I'll aim for two-thirds independent.",
      },
    ],
  },
  {
    key: "premium-processing-worth-it",
    author: member(52),
    category: "filing-rfes",
    kind: "discussion",
    title: "Was premium processing worth it for your I-140?",
    body: "Premium processing costs a lot. For those who paid it: did the faster answer matter, given the priority date wait?",
    pathways: ["eb1a", "eb2_niw"],
    criteria: [],
    daysAgo: 30,
    votes: 5,
    replies: [
      {
        author: "kwame@example.com",
        hoursAfter: 40,
        votes: 3,
        body: "For me yes: an approved I-140 let me extend H-1B beyond six years and plan my family's move.",
      },
    ],
  },
  {
    key: "high-salary-evidence",
    author: member(70),
    category: "evidence-criteria",
    kind: "question",
    title: "Which salary surveys did you use for the high salary criterion?",
    body: "I have an offer at the 95th percentile for my role. Which sources did USCIS accept for comparison: BLS, levels.fyi, or industry reports?",
    pathways: ["eb1a", "o1a"],
    criteria: ["high_salary"],
    daysAgo: 15,
    votes: 3,
    replies: [],
  },
  {
    key: "life-after-approval-priority-date",
    author: member(88),
    category: "life-after-approval",
    kind: "question",
    title: "I-140 approved, priority date not current: what now?",
    body: "My EB-1A was approved last month but I was born in India, so my priority date is years away. What did you do while waiting?",
    pathways: ["eb1a"],
    criteria: [],
    daysAgo: 6,
    votes: 7,
    replies: [
      {
        author: member(5),
        hoursAfter: 12,
        votes: 5,
        body: "Keep your non-immigrant status current, keep evidence of your work, and watch the visa bulletin each month. Some people port to a new job once the I-485 has been pending 180 days.",
      },
    ],
  },
  {
    key: "evidence-folders",
    author: member(90),
    category: "off-topic",
    kind: "discussion",
    title: "Where do you keep your evidence files organised?",
    body: "I have folders per criterion and a spreadsheet index. Anyone using something better?",
    pathways: [],
    criteria: [],
    daysAgo: 2,
    votes: 2,
    replies: [
      {
        author: "priya@example.com",
        hoursAfter: 4,
        body: "Folders per criterion plus the exhibit list in the same order as the petition letter. It made the final assembly easy.",
      },
    ],
  },
];

// Generated threads: short, plausible questions that make the lists long enough to page through.
const topics: Array<{
  title: string;
  body: string;
  category: CategorySlug;
  pathways: PathwayCode[];
  criteria: string[];
}> = [
  {
    title: "Do citations in patents count toward original contributions?",
    body: "Several patents cite my papers. Did anyone use this as evidence of impact?",
    category: "evidence-criteria",
    pathways: ["eb1a", "eb2_niw"],
    criteria: ["original_contributions"],
  },
  {
    title: "Membership in IEEE Senior grade: enough for the membership criterion?",
    body: "Senior Member requires nominations and years of experience. Is that 'outstanding achievement' as the rule asks?",
    category: "evidence-criteria",
    pathways: ["eb1a"],
    criteria: ["membership"],
  },
  {
    title: "How long did your NIW take at Texas without premium?",
    body: "Filed regular processing last spring at the Texas Service Center. Curious how long others waited.",
    category: "filing-rfes",
    pathways: ["eb2_niw"],
    criteria: [],
  },
  {
    title: "Letters from abroad: did you need translations certified?",
    body: "Two of my recommenders write in German. What did you do about translations?",
    category: "letters",
    pathways: ["eb1a", "eb2_niw"],
    criteria: [],
  },
  {
    title: "Startup press in trade publications: does it count?",
    body: "Most of my coverage is in fintech trade press, not major newspapers. Did that work for you?",
    category: "evidence-criteria",
    pathways: ["o1a", "eb1a"],
    criteria: ["press"],
  },
  {
    title: "Consular processing vs adjustment of status after approval",
    body: "My spouse is abroad. Which route did you choose and why?",
    category: "life-after-approval",
    pathways: ["eb1a", "eb2_niw"],
    criteria: [],
  },
  {
    title: "EB-1B with a postdoc position: does the job offer qualify?",
    body: "My postdoc is not tenure-track. Did anyone file EB-1B from a postdoc?",
    category: "pathways-eligibility",
    pathways: ["eb1b"],
    criteria: [],
  },
  {
    title: "Best way to document judging hackathons?",
    body: "I judged several national hackathons. What proof did you include?",
    category: "evidence-criteria",
    pathways: ["o1a", "eb1a"],
    criteria: ["judging"],
  },
];

const replyLines = [
  "I had the same question last year. What helped was showing the selection process in writing.",
  "An attorney consult cleared this up for me; worth the hour.",
  "In my case this counted, but I paired it with a strong expert letter.",
  "Following: I am in the same situation.",
  "USCIS's policy manual has a section on this; read it before deciding.",
];

/** Generated threads by generated members (applicants 40–159 ask, mentors 0–39 answer). */
export function generatedThreads(count: number): SeedThread[] {
  return Array.from({ length: count }, (_, i) => {
    const topic = topics[i % topics.length]!;
    const round = Math.floor(i / topics.length);
    const replies: SeedReply[] = Array.from({ length: i % 4 }, (_, r) => ({
      author: member((i * 7 + r * 11) % 40),
      hoursAfter: 2 + r * 9,
      votes: (i + r) % 4,
      body: replyLines[(i + r) % replyLines.length]!,
    }));
    return {
      key: `generated-${i}`,
      author: member(40 + ((i * 13) % 120)),
      category: topic.category,
      kind: i % 5 === 4 ? "discussion" : "question",
      title: round === 0 ? topic.title : `${topic.title} (${2026 - round})`,
      body: topic.body,
      pathways: topic.pathways,
      criteria: topic.criteria,
      daysAgo: 3 + i * 1.7,
      votes: (i * 5) % 9,
      replies,
      accepted: replies.length > 1 && i % 3 === 0 ? 0 : undefined,
    };
  });
}
