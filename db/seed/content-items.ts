// The library's demo content, written for Landed: guides, articles, checklists and opportunities
// by the demo mentors (docs/demo.md), official items and announcements by the Landed team, and
// short items by generated mentors so the library has depth. db/seed/content.ts writes them.
import type { FieldCode } from "@/lib/domain/case-facts";
import type { Chargeability } from "@/lib/domain/countries";
import { criteria as criterionInfo, type CriterionCode } from "@/lib/domain/criteria";
import { pathways as pathwayInfo, type PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";
import type { ContentKind } from "@/lib/content/vocabulary";
import { seededRandom } from "@/tests/factories";
import type { DemoMentor } from "./demo-profiles";

export interface SeedContentItem {
  author: string;
  kind: ContentKind;
  title: string;
  /** One or two sentences, at most 300 characters. */
  summary: string;
  /** Markdown. */
  body: string;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  stages: StageCode[];
  fields: FieldCode[];
  chargeability?: Chargeability[];
  official?: boolean;
  pinned?: boolean;
  status?: "published" | "draft";
  /** Published (or, for drafts, started) this many days before the seed runs. */
  daysAgo: number;
  /** Edited once after publication: the body gets an "Updated" line, version 1 is kept. */
  revision?: { daysAgo: number; note: string };
  saves: number;
  /** Opportunities: the last day to apply, relative to the seed day (negative: closed). */
  closesInDays?: number;
}

/** Strips the common indentation of a template literal, so bodies can sit indented in code. */
function dedent(strings: TemplateStringsArray, ...values: string[]): string {
  const text = strings.reduce((out, s, i) => out + s + (values[i] ?? ""), "");
  const lines = text.replace(/^\n/, "").replace(/\s+$/, "").split("\n");
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length),
  );
  return lines.map((l) => l.slice(indent)).join("\n");
}

const NOT_ADVICE = "This is one person's experience, not legal advice.";
const PM_EB1 = "https://www.uscis.gov/policy-manual/volume-6-part-f-chapter-2";
const PM_EB2 = "https://www.uscis.gov/policy-manual/volume-6-part-f-chapter-5";
const I140 = "https://www.uscis.gov/i-140";
const O1 = pathwayInfo.o1a.officialUrl;
const VISA_BULLETIN_CHARTS =
  "https://www.uscis.gov/green-card/green-card-processes-and-procedures/visa-availability-priority-dates/adjustment-of-status-filing-charts-from-the-visa-bulletin";

const arjun: SeedContentItem[] = [
  {
    author: "arjun@example.com",
    kind: "guide",
    title: "Turning conference peer review into judging evidence",
    summary:
      "Reviewing for conferences can meet the judging criterion, but only if the record shows you were invited for your expertise. What I submitted for my EB-1A, and what I left out.",
    body: dedent`
      ## Why reviewing counts

      The judging criterion asks for evidence that you judged the work of others in your field. For researchers, peer review is the usual way to meet it. Officers rarely doubt that the reviewing happened; they doubt that it shows *recognition*. Every exhibit should answer one question: why did they ask you?

      ## What I submitted

      1. **Invitations.** The emails from programme chairs or area chairs that name the venue and the role. Print them with the headers visible.
      2. **Proof of completion.** Screenshots of the reviewer console listing the papers I reviewed, with titles redacted where the process is confidential.
      3. **Selectivity.** One page per venue: submissions, acceptance rate and how reviewers are chosen, taken from the venue's own site.
      4. **A short letter** from an area chair describing how reviewers are selected and what the role involves.

      ## What I left out

      A long tail of reviews for journals nobody in my field would recognise. Volume without standing invites the question of whether anyone could have done it. Fifteen reviews for top venues made a stronger exhibit than everything I had.

      ## If you are early

      Ask your advisor or a senior colleague to propose you as a sub-reviewer, then as a full reviewer. Sub-reviewing counts for less, so note when you moved up.

      The criteria are in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a", "o1a", "eb1b"],
    criteria: ["judging"],
    stages: ["building_evidence", "drafting"],
    fields: ["ai_computing"],
    daysAgo: 34,
    revision: {
      daysAgo: 10,
      note: "added the point about sub-reviewing after questions in the community.",
    },
    saves: 71,
  },
  {
    author: "arjun@example.com",
    kind: "guide",
    title: "Original contributions of major significance: citations are not enough",
    summary:
      "A citation count tells the officer people read your paper. It does not say your work changed anything. How to show adoption, influence and use outside your own lab.",
    body: dedent`
      ## The trap

      Most researchers open this criterion with a citation count and stop there. In my case that was exactly what drew the RFE: the officer agreed the work was cited and asked what its *major significance* was. The regulation asks for contributions of major significance to the field, and the petition has to show the change, not the attention.

      ## Evidence that shows significance

      - **Adoption.** Who uses your method, model or dataset? Product documentation, open-source repositories that depend on your code, clinical or industrial pipelines. A letter from an engineer at a company that shipped your method is worth more than a hundred citations.
      - **Citation context.** Pick ten citing papers by independent groups and quote the sentence where they cite you. "We build on the approach of…" is evidence; "see also [12]" is not.
      - **Follow-on work.** Benchmarks, competitions or workshops organised around your contribution.
      - **Independent letters.** Experts who never worked with you, explaining what the field did before your work and what it does now.

      ## Structure

      Give each contribution its own short section: what it is, why it was new, who adopted it, and the exhibits that prove each claim. Two or three contributions argued well beat ten listed.

      See the criterion in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a", "eb1b", "o1a"],
    criteria: ["original_contributions"],
    stages: ["building_evidence", "drafting"],
    fields: ["ai_computing"],
    daysAgo: 58,
    saves: 52,
  },
  {
    author: "arjun@example.com",
    kind: "article",
    title: "How I answered an RFE on original contributions",
    summary:
      "My self-filed EB-1A drew a Request for Evidence saying my contributions were not of major significance. What the notice asked for, what I sent back in nine weeks, and the approval that followed.",
    body: dedent`
      I filed my EB-1A myself, with premium processing, claiming scholarly articles, judging and original contributions. The Request for Evidence accepted the first two and questioned the third: my letters "described the work" but did not show its impact on the field.

      ## Reading the notice

      I read the RFE three times and wrote down every sentence that named a gap. There were four. I answered each one by name in the response letter, in the officer's order, so nothing could look skipped.

      ## What I added

      1. **Two new independent letters** from researchers at universities I had never worked with, each naming a system they built on my method.
      2. **Adoption evidence**: pages from the documentation of two open-source libraries that implement my approach, and download statistics from the package registry.
      3. **Citation context**: a table of twelve independent papers quoting how they used my work.
      4. **A one-page summary** at the front, mapping each gap in the notice to the new exhibits.

      ## What I did not do

      I did not resend everything from the original petition. The officer already had it; repeating it only hides the new material.

      ## Timing

      The deadline was printed on the notice. I gave myself six weeks for letters, two for assembly and one in reserve, and mailed it with tracking. Approval came a few weeks after it arrived.

      USCIS explains RFEs on its [I-140 page](${I140}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a"],
    criteria: ["original_contributions"],
    stages: ["rfe"],
    fields: ["ai_computing"],
    daysAgo: 88,
    saves: 39,
  },
  {
    author: "arjun@example.com",
    kind: "checklist",
    title: "Scholarly articles: an exhibit checklist officers can follow",
    summary:
      "The scholarly articles criterion is often the easiest for researchers, and still gets questioned when the exhibits are messy. A checklist for a clean, short exhibit.",
    body: dedent`
      Scholarly articles is usually the least contested criterion for researchers, which is why it is worth doing quickly and cleanly. This is the checklist I used.

      ## For each article

      - [ ] The **first page** of the article, showing title, authors, venue and date. The full paper is rarely needed.
      - [ ] Your **name highlighted** in the author list.
      - [ ] The venue's **standing**: acceptance rate, indexing, or a ranking from a recognised source.
      - [ ] For conference papers, proof the proceedings are **peer reviewed and published**, not just presented.

      ## For the exhibit as a whole

      - [ ] A **table** at the front: article, venue, year, your role (first author, corresponding author), citations.
      - [ ] A **sort order** that puts your strongest venues first.
      - [ ] **Translations** with a translator's certificate for anything not in English.
      - [ ] No preprints presented as publications. Mention them in the background if they matter.

      ## Common mistakes

      - Including every workshop abstract. Fewer, stronger items read better.
      - Mixing this exhibit with citations. Citations belong to original contributions; here they are only context.
      - Forgetting that the criterion asks for authorship in *professional or major* publications: say why each venue qualifies.

      The criteria are listed in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a", "eb1b", "o1a"],
    criteria: ["scholarly_articles"],
    stages: ["building_evidence", "drafting"],
    fields: ["ai_computing", "physical_sciences", "life_sciences"],
    daysAgo: 20,
    saves: 27,
  },
  {
    author: "arjun@example.com",
    kind: "article",
    title: "Approved EB-1A, born in India: what the approval did and did not change",
    summary:
      "An approved I-140 felt like the finish line. For India-born applicants it is the start of a wait. What changed for me on the day of approval, and what did not.",
    body: dedent`
      My EB-1A was approved in 2024. Because I was born in India, my priority date was not current, so I could not file for adjustment of status that month. If you are in the same position, here is what the approval changed.

      ## What changed

      - **My priority date is locked in.** It is the date USCIS received my I-140. It stays mine even if I change jobs later, unless the petition is revoked for fraud or error.
      - **H-1B beyond six years.** An approved I-140 can allow H-1B extensions past the six-year limit while the green card is unavailable. My employer's attorney handled this; ask yours how it applies.
      - **Peace of mind for the family.** My spouse's plans no longer hung on a pending petition.

      ## What did not change

      - I still need valid status until I can file the I-485.
      - The wait depends on the Visa Bulletin, not on USCIS processing.
      - Nobody can predict when the date moves. I stopped reading forecasts and started checking the bulletin once a month.

      ## What I do now

      I keep a folder ready for the I-485 (birth certificate, passport, medical exam timing, photos), so that the month my date becomes current I can file within days. I also keep my evidence current in case a later petition or an upgrade ever makes sense.

      See how USCIS uses the bulletin on its [filing charts page](${VISA_BULLETIN_CHARTS}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a", "eb2_niw"],
    criteria: [],
    stages: ["approved", "waiting_priority_date"],
    fields: [],
    chargeability: ["IN"],
    daysAgo: 45,
    saves: 44,
  },
  {
    author: "arjun@example.com",
    kind: "guide",
    title: "Awards and memberships for ML researchers: what is realistic",
    summary:
      "Most machine-learning researchers have no awards or qualifying memberships, and that is normal. Which ones can count, which ones cannot, and when to stop chasing them.",
    body: dedent`
      Awards and membership are the two criteria I see researchers worry about most, and the two they need least. EB-1A asks for three of ten criteria; many approved researchers meet none of these two.

      ## Awards that can count

      - **Best paper and outstanding paper awards** at selective conferences, with the number of submissions and how the committee chose.
      - **Competition wins** at recognised challenges, with the number of teams.
      - **Fellowships** awarded nationally in open competition, where the selection is documented.

      Student travel grants, internal company awards and hackathon prizes rarely help. An officer reads "lesser nationally or internationally recognised", so show the recognition: press about the award, the jury, the field of candidates.

      ## Memberships that can count

      The association must require *outstanding achievements* of its members, judged by recognised experts. Senior member grades of some professional societies can qualify when the bylaws say so; ordinary paid memberships do not.

      ## When to stop

      If you have strong scholarly articles, original contributions and judging, put your effort there and into the final-merits story. A weak fourth criterion adds pages, not strength. And never pay for an award or a membership that exists to be bought: officers know the names.

      The criteria are in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a"],
    criteria: ["awards", "membership"],
    stages: ["assessing", "building_evidence"],
    fields: ["ai_computing"],
    daysAgo: 9,
    saves: 18,
  },
  {
    author: "arjun@example.com",
    kind: "guide",
    title: "Leading role and high salary for industry researchers",
    summary:
      "Research scientists at large tech companies often qualify for high salary and sometimes for a leading role, without realising it. How to document both without overstating either.",
    body: dedent`
      If you moved from academia to an industry lab, two criteria may have opened up that you never considered.

      ## High salary

      The criterion compares your pay with others in your field, not with the general public.

      - **Your pay**: offer letters, W-2s and, where equity is a large part, the vesting schedule and the value at a stated date.
      - **The comparison**: a recognised salary survey for your occupation and region. Government wage data is the safest base; add a second source for senior roles.
      - **Show the percentile**, not just the number. "Above the 90th percentile for computer and information research scientists in this area" is an argument.

      ## Leading role

      A title alone is not enough. The officer wants a leading or critical role for an organisation (or a division of one) with a distinguished reputation.

      - A **letter from a director or vice president** describing what you led, what depended on you and what shipped.
      - **Evidence of the team's reputation**: products, publications, press about the lab.
      - **Outcomes with numbers**: a model that went into a product used by millions, a team you grew from three to ten.

      ## Be careful

      Claim leading role only if a senior person will sign a specific letter. A vague one weakens the rest of the petition.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a"],
    criteria: ["leading_role", "high_salary"],
    stages: ["building_evidence"],
    fields: ["ai_computing"],
    daysAgo: 15,
    saves: 22,
  },
  {
    author: "arjun@example.com",
    kind: "opportunity",
    title: "Call for reviewers: Clinical Imaging and Machine Learning workshop",
    summary:
      "A workshop co-located with a major vision conference is looking for program committee members with publications in medical imaging or clinical ML. Reviewing runs for three weeks.",
    body: dedent`
      A colleague is co-organising the Clinical Imaging and Machine Learning workshop, co-located with one of the major computer-vision conferences this year, and asked me to pass this on.

      ## What they are looking for

      - At least **two peer-reviewed publications** in medical imaging, clinical machine learning or a close area.
      - Time to review **three to five short papers** over a three-week window.
      - No conflicts with the organisers' institutions (they will check).

      ## What you get

      - A formal **invitation** and a listing on the workshop's program committee page.
      - A **confirmation** from the organisers once reviews are in, on request.

      For anyone building a judging record this is a real, documented role. Keep the invitation email, the reviewer console page and the committee listing: those are the three things I would put in an exhibit.

      ## How to apply

      Send a short note with your publication list through the workshop's program committee form, linked from the workshop website. Mention Landed if you like; it is not required.

      Reviewing for a small workshop counts for less than for a main conference, so treat it as one part of a judging exhibit. See the criterion in the [USCIS Policy Manual](${PM_EB1}). Not legal advice.
    `,
    pathways: ["eb1a", "o1a", "eb1b"],
    criteria: ["judging"],
    stages: ["building_evidence"],
    fields: ["ai_computing", "medicine_health"],
    daysAgo: 6,
    saves: 31,
    closesInDays: 19,
  },
  {
    author: "arjun@example.com",
    kind: "guide",
    status: "draft",
    title: "Final merits: the section of the petition letter most people skip",
    summary:
      "Meeting three criteria is step one. The officer then weighs everything together. How I wrote the final-merits section of my EB-1A petition letter.",
    body: dedent`
      ## Two steps, not one

      Officers first check whether you meet at least three criteria. Then they ask a separate question: taken together, does the evidence show sustained national or international acclaim, and that you are among the small percentage at the very top of the field?

      ## What I wrote

      - A **one-page summary** of my career arc, with dates.
      - **Comparisons**: how my citations, reviewing and adoption compare with others at my career stage.
      - **Sustained**: evidence from several years, not one good year.

      ## Notes to finish

      - Add the example table from my own letter, anonymised.
      - Ask Lin how NIW letters handle the same "pull it together" step.

      See the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a"],
    criteria: [],
    stages: ["drafting"],
    fields: [],
    daysAgo: 3,
    saves: 0,
  },
];

const lin: SeedContentItem[] = [
  {
    author: "lin@example.com",
    kind: "guide",
    title: "Writing a proposed endeavour that survives prong 1",
    summary:
      "Most prong 1 RFEs come from an endeavour that reads like a job description. How to describe what you will do in the US so its national importance is visible on the page.",
    body: dedent`
      Under *Matter of Dhanasar*, the first prong asks whether your **proposed endeavour** has substantial merit and national importance. The endeavour is not your field and not your job. It is the specific work you plan to do.

      ## A test I use

      Read your endeavour paragraph aloud and ask: could this sentence describe any chemist at any company? If yes, it is a job description. Mine first said "I will continue research on polymer materials". After the RFE it said what the materials were for, who would use them and why that mattered beyond my employer.

      ## Structure that works

      1. **One paragraph** naming the endeavour: the problem, your approach, the result you are working towards.
      2. **Substantial merit**: why the work is valuable (science, health, economy, security, education).
      3. **National importance**: the broader implications. Show impact beyond one company or one lab: an industry, a public-health need, a national strategy that names the problem.
      4. **Evidence for each claim**: government reports, funding calls, industry roadmaps, letters.

      ## Mistakes I made

      - Arguing that my *field* is important. Everyone's field is important.
      - Relying on my employer's size. Working for a big company is not national importance.
      - Burying the endeavour on page nine.

      The prongs are explained in the [USCIS Policy Manual](${PM_EB2}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw"],
    criteria: ["merit_importance"],
    stages: ["building_evidence", "drafting"],
    fields: ["physical_sciences"],
    daysAgo: 40,
    revision: { daysAgo: 7, note: "added the read-aloud test, which mentees found most useful." },
    saves: 66,
  },
  {
    author: "lin@example.com",
    kind: "article",
    title: "Anatomy of my prong 1 RFE, and what turned it around",
    summary:
      "My EB-2 NIW drew an RFE on national importance. The notice's exact complaints, the evidence I added, and why the second version of my endeavour was approved.",
    body: dedent`
      I filed my NIW in 2023 with an attorney. Prongs 2 and 3 were accepted. On prong 1, the officer wrote that the record showed my work benefited my employer and its customers, but not that it had **national importance**.

      ## What the officer was really saying

      My petition described results: papers, a patent, a product line. It did not describe an endeavour whose effects reached beyond the company. The evidence was fine; the argument was missing.

      ## What we changed

      1. **Rewrote the endeavour** around the problem, not the employer: replacing a class of solvents in industrial coatings, which affects worker safety and emissions across an industry.
      2. **Added public sources** that name that problem: a federal agency report and a national laboratory roadmap.
      3. **Showed reach outside the company**: two independent manufacturers testing the formulation, with letters from their engineers.
      4. **Answered in the notice's own words**, quoting each concern and pointing to the new exhibits.

      ## What I would tell Wei, and you

      Do not argue with the officer. Give them what they need to say yes. An RFE is a chance to fix a framing problem you could not see when filing.

      It was approved a little over two months after we responded.

      The Dhanasar framework is summarised in the [USCIS Policy Manual](${PM_EB2}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw"],
    criteria: ["merit_importance"],
    stages: ["rfe"],
    fields: ["physical_sciences"],
    daysAgo: 75,
    saves: 48,
  },
  {
    author: "lin@example.com",
    kind: "checklist",
    title: "RFE or NOID received: the first two weeks",
    summary:
      "A Request for Evidence or a Notice of Intent to Deny is not a denial. A calm checklist for the first fourteen days, before you write a single word of the response.",
    body: dedent`
      Receiving an RFE feels like a verdict. It is a question. The first two weeks decide whether you answer it well.

      ## Days 1 to 3

      - [ ] Find the **response deadline** printed on the notice and put it in your calendar with a buffer of two weeks. A NOID usually gives much less time than an RFE.
      - [ ] Scan the notice and keep the original safe. You will mail the original back with your response.
      - [ ] If you have an attorney, send it to them the same day.

      ## Days 4 to 7

      - [ ] Copy every sentence that names a gap into a list. Number them.
      - [ ] Mark which gaps need **new evidence** and which need **better explanation** of evidence already filed.
      - [ ] Note which criteria or prongs were accepted. Do not rewrite those.

      ## Days 8 to 14

      - [ ] Ask for letters now: they take longest. Give each writer a short brief and the points they are best placed to make.
      - [ ] Gather documents that only you can get: usage data, contracts, invitations.
      - [ ] Outline the response letter in the notice's order, one section per numbered gap.

      ## Throughout

      - [ ] Keep receipt numbers out of community posts. Landed holds back posts that contain them.

      USCIS explains what happens after filing on its [I-140 page](${I140}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw", "eb1a"],
    criteria: [],
    stages: ["rfe"],
    fields: [],
    daysAgo: 27,
    saves: 57,
  },
  {
    author: "lin@example.com",
    kind: "guide",
    title: "Prong 2 for bench scientists: showing you are well positioned",
    summary:
      "Prong 2 asks whether you are well positioned to advance your endeavour. For lab scientists that means a record of progress, a plan and the resources to carry it out.",
    body: dedent`
      Prong 2 is where most scientists feel confident, and where petitions still get thin. The question is not "are you good?" but "are you **well positioned to advance this endeavour**?"

      ## What the officer weighs

      - Your **education, skills and knowledge** relevant to the endeavour.
      - Your **record of success** in related work.
      - A **model or plan** for future activities.
      - **Progress** towards the endeavour so far.
      - **Interest** of others: funding, customers, collaborators, users.

      ## Evidence for lab scientists

      1. **Grants and funding** you hold or contributed to, with your role stated.
      2. **Patents and licences**, with evidence the technology is being developed or used.
      3. **Publications and citations**, with a short note on which ones support the endeavour.
      4. **A one-page plan**: the next three to five years, milestones, the equipment and collaborators you already have.
      5. **Letters** from people who can describe your specific capability, including at least two who are independent of you.

      ## A common gap

      Your plan must connect to the endeavour you defined for prong 1. If prong 1 is about battery safety and prong 2 lists every paper you ever wrote, the officer has to do the connecting. Do it for them.

      The prongs are explained in the [USCIS Policy Manual](${PM_EB2}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw"],
    criteria: ["well_positioned"],
    stages: ["building_evidence", "drafting"],
    fields: ["physical_sciences", "life_sciences", "engineering"],
    daysAgo: 52,
    saves: 29,
  },
  {
    author: "lin@example.com",
    kind: "article",
    title: "NIW approved, born in China: planning for the EB-2 wait",
    summary:
      "For mainland-born applicants, an approved NIW starts a wait measured in years. How I planned status, job changes and the I-485 around it.",
    body: dedent`
      My NIW was approved in 2023. I was born in mainland China, so my chargeability is China, and the EB-2 queue for China has a long backlog. The approval was a relief and the beginning of another project: staying in status and ready to file.

      ## What I set up

      - **A calendar reminder** for the middle of each month, when the Visa Bulletin usually comes out. I check both charts and which one USCIS says to use.
      - **A status plan** with my employer's attorney: H-1B extensions based on the approved I-140, and what to do if I change jobs.
      - **An I-485 folder**: birth certificate with certified translation, passport copies, photos, and notes on the medical exam, so I can file quickly when my date is current.

      ## Questions people ask me

      **Should I also file EB-1A?** Some people do, to move to a shorter queue and keep the earlier priority date for the new category where rules allow. It is a second petition with a higher bar; decide with a professional.

      **Does my spouse's country matter?** Sometimes. If your spouse was born in a country with a shorter wait, cross-chargeability may apply. Ask about it early.

      **Can I change jobs?** An approved NIW is not tied to an employer, which helps. Status is a separate question.

      See how USCIS uses the bulletin on its [filing charts page](${VISA_BULLETIN_CHARTS}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw"],
    criteria: [],
    stages: ["approved", "waiting_priority_date", "adjusting"],
    fields: [],
    chargeability: ["CN"],
    daysAgo: 63,
    saves: 35,
  },
  {
    author: "lin@example.com",
    kind: "guide",
    title: "Recommendation letters from people who never worked with you",
    summary:
      "Independent letters carry the most weight and are the hardest to get. How I found writers who did not know me, and what I sent them so the letters said something specific.",
    body: dedent`
      Letters from your advisor and co-authors explain your work. Letters from **independent experts** show that your work reached people who had no reason to praise it. Officers notice the difference.

      ## Finding independent writers

      - Look at **who cites you** and how. Someone who built on your result is the ideal writer.
      - Look at **who uses your work**: engineers at companies, clinicians, people at national labs.
      - Ask your dependent writers for introductions. A warm introduction gets answered.

      ## The ask

      Keep the first message short: who you are, which of their papers or products connects to your work, and what you are asking for. Offer a call. Expect half to say no or not answer; ask twice as many people as you need.

      ## What to send those who say yes

      1. A **one-page summary** of your work and the petition's argument.
      2. The **two or three points** they are best placed to make, with evidence they can check.
      3. A **draft** only if they ask for one. Many will; write it in plain language and let them change it.

      ## What makes a letter useful

      Specific facts: what the writer's group did with your method, what it replaced, what happened next. Superlatives without facts read as courtesy.

      See what USCIS considers in the [Policy Manual](${PM_EB2}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw", "eb1a"],
    criteria: ["well_positioned", "original_contributions"],
    stages: ["drafting"],
    fields: [],
    daysAgo: 12,
    saves: 41,
  },
];

const sofia: SeedContentItem[] = [
  {
    author: "sofia@example.com",
    kind: "guide",
    title: "O-1A for founders: who can petition for you",
    summary:
      "An O-1A needs a US petitioner. For founders that can be your own company, an agent, or a new entity. How I thought about each option before my O-1A in 2022.",
    body: dedent`
      The O-1A is a temporary work visa for people with extraordinary ability. You cannot petition for yourself: a **US employer or a US agent** files Form I-129 for you. For founders that raises a practical question.

      ## Option 1: your own company

      Your startup can be the petitioner if it is a real US employer that can control your work. In practice that often means a board that can hire and fire you. Founders with a majority stake and no board should discuss this carefully with an attorney.

      ## Option 2: an agent

      A US agent can file for you, for example when you will work for several companies or as a contractor. The petition then usually includes an itinerary and the contracts or term sheets behind it.

      ## Option 3: a new entity

      Some founders set up the US company first, then petition through it. It works, but the company needs enough substance to be a credible employer.

      ## What every version needs

      - Evidence of at least **three of the eight criteria**, or a major award.
      - A **consultation** (advisory opinion) from a peer group or labour organisation in your field.
      - A clear description of **what you will do** in the US.

      I chose option 1, with an independent board member's letter describing my role.

      See USCIS's [O-1 page](${O1}). ${NOT_ADVICE}
    `,
    pathways: ["o1a"],
    criteria: ["critical_role", "high_salary"],
    stages: ["exploring", "assessing"],
    fields: ["business"],
    daysAgo: 70,
    revision: { daysAgo: 21, note: "clarified the agent option and the itinerary." },
    saves: 58,
  },
  {
    author: "sofia@example.com",
    kind: "guide",
    title: "Leading role at a startup nobody has heard of yet",
    summary:
      "The leading role criterion asks for an organisation with a distinguished reputation. For a young company you have to build that reputation on paper. What worked in my EB-1A.",
    body: dedent`
      For founders, the leading role is rarely in doubt: you founded the company. The hard part is the second half of the criterion, an organisation with a **distinguished reputation**. (For O-1A the equivalent is a *critical role*, with the same question about the organisation.)

      ## Proving the role

      - A **letter from a board member or lead investor** describing your decisions and what depended on them.
      - **Org charts** over time, showing the team you built.
      - **Outcomes**: launches, revenue milestones, funding rounds, key hires, with dates.

      ## Proving the reputation

      A startup is distinguished when independent parties treat it as such. I used:

      1. **Funding** from recognised investors, with their own reputations documented.
      2. **Customers** that are themselves well known, with letters or case studies.
      3. **Press** about the company in business and trade publications.
      4. **Rankings and selections**: accelerators with low acceptance rates, industry lists.
      5. **Growth metrics** compared with startups at the same stage, from a published source.

      ## Earlier roles count too

      If you held a leading role at an established company before founding, include it. Mine at a well-known SaaS company did more for this criterion than my own startup's early years.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a", "o1a"],
    criteria: ["leading_role", "critical_role"],
    stages: ["building_evidence", "drafting"],
    fields: ["business"],
    daysAgo: 33,
    saves: 46,
  },
  {
    author: "sofia@example.com",
    kind: "guide",
    title: "High salary for founders: salary, equity and the right comparison",
    summary:
      "Founders often pay themselves little and own a lot. How to present remuneration honestly, including equity, and which comparisons an officer can follow.",
    body: dedent`
      The high salary criterion compares your **remuneration** with others in your field. For founders, salary alone often undersells it, and equity is hard to value. Here is how I presented mine.

      ## What counts as remuneration

      - **Salary** from your company, with payroll records or tax returns.
      - **Equity** granted as compensation, valued at a stated date by a recognised method (a 409A valuation or a priced round). Show the grant documents and the vesting.
      - **Bonuses** and other pay, documented the same way.

      For O-1A, the criterion is a salary you **have commanded or will command**, so a signed offer or board-approved compensation for the coming period can help.

      ## The comparison

      Compare like with like: founders or executives of companies of similar stage and sector, in a similar region.

      1. A **recognised survey** of startup executive compensation.
      2. **Government wage data** for chief executives or general managers in your area, as a floor.
      3. A short table: your figure, the comparison figure, the source, the percentile.

      ## Honesty matters

      Do not present a paper valuation as cash. Explain what the equity is worth, how you know, and that it is illiquid. A careful, modest claim reads as credible; an inflated one puts everything else in doubt.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a", "o1a"],
    criteria: ["high_salary"],
    stages: ["building_evidence"],
    fields: ["business", "ai_computing"],
    daysAgo: 24,
    saves: 37,
  },
  {
    author: "sofia@example.com",
    kind: "article",
    title: "O-1A first, EB-1A later: what I reused and what I had to build",
    summary:
      "I got my O-1A in 2022 and my EB-1A in 2025. Roughly half the evidence carried over. What I reused, what I had to build in between, and how I would plan it again.",
    body: dedent`
      When I started, I was a founder with a strong role, a good salary and almost no press. An O-1A was within reach; an EB-1A was not yet. This is how the two petitions connected.

      ## The O-1A (2022)

      I claimed **critical role**, **high salary** and **original contributions** (a payments product adopted by several large merchants). The press section was one article.

      ## The years in between

      I treated the O-1A approval as a plan, not a finish line:

      - **Press.** I accepted interviews with trade publications and a national business outlet, and kept every article with its circulation data.
      - **Judging.** I joined the judging panel of a startup competition two years running.
      - **Leading role.** As the company grew, board and investor letters got stronger.

      ## The EB-1A (2025)

      Accepted: **leading role, high salary, press**. About half the exhibits were updated versions of the O-1A ones. The new work was the final-merits story: sustained acclaim over several years, not one good year.

      ## What I would do differently

      Start a simple evidence log on day one of the O-1A: every invitation, article and award, with a date and a source. Reconstructing three years of evidence took me two months.

      See USCIS's [O-1 page](${O1}) and [EB-1 page](${pathwayInfo.eb1a.officialUrl}). ${NOT_ADVICE}
    `,
    pathways: ["o1a", "eb1a"],
    criteria: ["leading_role", "high_salary", "press", "critical_role"],
    stages: ["assessing", "building_evidence"],
    fields: ["business"],
    daysAgo: 96,
    saves: 62,
  },
  {
    author: "sofia@example.com",
    kind: "guide",
    title: "Press that counts: about you, not by you",
    summary:
      "The press criterion wants published material about you and your work in professional or major media. How to tell what counts, document it, and build more without paying for it.",
    body: dedent`
      Press is the criterion founders most often think they have and then cannot document. The test is simple: **published material about you**, relating to your work, in professional or major trade publications or other major media.

      ## What counts

      - Articles **about you or your work**, where you or your company are the subject.
      - Interviews and profiles in business or trade publications.
      - Coverage in major media, national or in your industry.

      ## What usually does not

      - Articles **you wrote** (those belong to scholarly articles, if anywhere).
      - Press releases, sponsored posts and paid "features".
      - A one-line mention in a list of fifty companies.

      ## How to document each article

      1. The full article, with **title, date and author** visible.
      2. Evidence the outlet is **major or professional**: circulation, audience figures or its standing in the industry.
      3. A **certified translation** if it is not in English.

      ## Building press honestly

      - Publish something worth covering: data, a product milestone, a useful open resource.
      - Say yes to trade-publication interviews, podcasts with published transcripts and conference coverage.
      - Keep a log. Press accumulates slowly, and you will forget articles from three years ago.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a", "o1a"],
    criteria: ["press"],
    stages: ["building_evidence"],
    fields: ["business", "ai_computing"],
    daysAgo: 5,
    saves: 24,
  },
  {
    author: "sofia@example.com",
    kind: "checklist",
    title: "The founder's O-1A packet",
    summary:
      "What went into my O-1A petition as a founder, section by section, from the petitioner's documents to the advisory opinion. Use it to check what you still need.",
    body: dedent`
      A checklist of what my O-1A petition contained. Your attorney or agent may order it differently.

      ## The petitioner

      - [ ] Form I-129 with the O supplement, signed by the petitioner.
      - [ ] Evidence the company is a real US employer: incorporation, EIN, office lease or registered address, bank statement.
      - [ ] Board resolution or letter showing the company can direct and control your work.

      ## The work

      - [ ] A description of the work you will do, with dates.
      - [ ] Your employment contract or a summary of its terms.
      - [ ] For agent petitions: an itinerary and contracts.

      ## The consultation

      - [ ] An advisory opinion from a peer group or labour organisation in your field, or an explanation of why none exists.

      ## The criteria (at least three)

      - [ ] **Critical role**: board or investor letter, org charts, outcomes.
      - [ ] **High salary**: payroll, equity documents, a recognised comparison.
      - [ ] **Press**: articles about you, with outlet data.
      - [ ] **Judging**: invitations and confirmations from competitions or accelerators.
      - [ ] **Original contributions**: adoption, customers, letters.
      - [ ] **Awards**, if any are truly recognised.

      ## Before sending

      - [ ] An exhibit index and tabs.
      - [ ] Fee and form editions checked on uscis.gov on the day you file.

      See USCIS's [O-1 page](${O1}). ${NOT_ADVICE}
    `,
    pathways: ["o1a"],
    criteria: [
      "critical_role",
      "high_salary",
      "press",
      "judging",
      "original_contributions",
      "awards",
    ],
    stages: ["drafting"],
    fields: ["business"],
    daysAgo: 48,
    saves: 33,
  },
  {
    author: "sofia@example.com",
    kind: "opportunity",
    title: "Judges wanted: regional fintech startup competition",
    summary:
      "A fintech startup competition for Latin American and US founders is recruiting judges for its first round. Experienced founders and operators in payments or lending are invited to apply.",
    body: dedent`
      A startup competition I judged last year is recruiting judges for its next cohort. It focuses on fintech founders from Latin America and the US, and the first round is remote.

      ## Who they want

      - Founders or senior operators with **at least five years** in payments, lending, banking infrastructure or financial compliance.
      - Comfort reading pitch decks and financial models in **English or Spanish**.

      ## What it involves

      - **First round (remote)**: score 15 to 20 applications against a published rubric, over two weeks.
      - **Final (in person, optional)**: sit on the panel that chooses the winners.

      ## Why it is worth documenting

      Judging a selective competition in your own field is the kind of judging the criterion describes. Ask for, and keep:

      1. The **invitation** naming you as a judge.
      2. The **rubric** and the number of applications.
      3. A **letter of confirmation** from the organisers after the round.
      4. The public **list of judges**, if they publish one.

      A paid "judging seat" is not the same thing: this panel is unpaid and selected by the organisers.

      ## How to apply

      Fill in the judge application on the competition's website with a short bio and your LinkedIn. They answer within a week.

      See the criterion in the [USCIS Policy Manual](${PM_EB1}). Not legal advice.
    `,
    pathways: ["o1a", "eb1a"],
    criteria: ["judging"],
    stages: ["assessing", "building_evidence"],
    fields: ["business"],
    daysAgo: 4,
    saves: 15,
    closesInDays: 12,
  },
  {
    author: "sofia@example.com",
    kind: "opportunity",
    title: "Founder interview series: applications open",
    summary:
      "A business publication's interview series on immigrant founders is taking applications for its next season. Profiles are written by staff journalists, never paid.",
    body: dedent`
      A business and technology publication runs a monthly interview series on immigrant founders building companies in the US. They are taking applications for the next season, and the editor asked me to share it with the Landed community.

      ## Who can apply

      - Founders or co-founders of a company with a **product in market** and a US presence.
      - Any sector; fintech, health and climate are especially welcome this season.

      ## What it involves

      - A **45-minute interview** with a staff journalist, by video.
      - A **published profile** of about 1,200 words, with photos you supply.
      - No fee, no sponsorship and no approval of the text before publication.

      ## Why it matters for a petition

      A profile written by a journalist, about you and your company, in an outlet with a real audience, is exactly what the press criterion looks for. Save:

      1. The **published article** as a full-page PDF with the date and byline.
      2. The outlet's **audience figures** from its media kit.
      3. Any **syndication** or translated versions.

      Be wary of outlets that charge for profiles. A paid feature is advertising, and officers can tell.

      ## How to apply

      Send a three-paragraph pitch through the form on the series page: who you are, what the company does, and why the story is interesting now.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). Not legal advice.
    `,
    pathways: ["o1a", "eb1a"],
    criteria: ["press"],
    stages: ["building_evidence"],
    fields: ["business"],
    daysAgo: 11,
    saves: 20,
    closesInDays: 30,
  },
  {
    author: "sofia@example.com",
    kind: "article",
    title: "From TN to O-1A: notes for Mexican founders",
    summary:
      "Many Mexican professionals arrive on a TN, which does not fit founding a company. What changed for founders I know when they moved to an O-1A, and the questions to take to an attorney.",
    body: dedent`
      I am Colombian, so I never held a TN, but several founders I mentor came to the US from Mexico on one. The TN works well for employees in listed professions. It fits founders poorly, and it fits future green-card plans even less.

      ## Why founders outgrow the TN

      - It is tied to a **listed profession** and an employer; running your own company is a different job.
      - It expects **temporary intent**. Filing an immigrant petition while on a TN is a question to discuss with an attorney before you do it.

      ## What the O-1A changes

      - It is based on **your** achievements, not a profession list.
      - Your own company can be the petitioner if it can control your work.
      - It is generally more compatible with later filing an immigrant petition such as EB-1A.

      ## Practical notes from founders I know

      - **Plan the timing** around travel: a change of status in the US and a visa at a consulate in Mexico are different paths, with different waits.
      - **Start the evidence log early**: leading role and salary are often strong for founders; press and judging usually need building.
      - **Chargeability**: for green cards, Mexico-born applicants are charged to Mexico in the Visa Bulletin. Check the EB-1 line for Mexico each month when the time comes.

      See USCIS's [O-1 page](${O1}). ${NOT_ADVICE}
    `,
    pathways: ["o1a", "eb1a"],
    criteria: ["critical_role", "leading_role"],
    stages: ["exploring", "assessing"],
    fields: ["business"],
    chargeability: ["MX"],
    daysAgo: 18,
    saves: 12,
  },
  {
    author: "sofia@example.com",
    kind: "guide",
    status: "draft",
    title: "Distinguished reputation: showing your startup qualifies",
    summary:
      "Leading role and critical role both depend on the organisation's reputation. A working draft of the evidence that helped my company, from funding to customers.",
    body: dedent`
      ## Why this needs its own exhibit

      Both EB-1A's leading role and O-1A's critical role ask about the organisation, not only about you. A young company has to show its reputation explicitly.

      ## Draft list

      - Investors and their track records.
      - Customers with recognisable names, and what they use the product for.
      - Press about the company, separate from press about the founder.
      - Selective accelerators and industry rankings.
      - Growth compared with companies at the same stage, from a published source.

      ## A note on earlier employers

      If you held a leading role at an established company before founding, its reputation is usually easy to show and may carry more weight than a young startup's.

      ## To do before publishing

      - Add an example exhibit index.
      - Ask Diego whether the fintech-specific part is useful.

      See the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a", "o1a"],
    criteria: ["leading_role", "critical_role"],
    stages: ["building_evidence"],
    fields: ["business"],
    daysAgo: 2,
    saves: 0,
  },
];

const kwame: SeedContentItem[] = [
  {
    author: "kwame@example.com",
    kind: "guide",
    title: "Is NIW realistic for you? A one-hour self-assessment",
    summary:
      "Before collecting a single document, spend an hour on three questions: are you EB-2 eligible, can you name your endeavour, and what would each Dhanasar prong rest on?",
    body: dedent`
      When I started, I spent weeks reading forums before answering the basic question: does the EB-2 National Interest Waiver fit me at all? This is the hour I wish I had spent first.

      ## Step 1: EB-2 eligibility (10 minutes)

      The NIW is a waiver inside EB-2. You need an **advanced degree** (a master's or higher, or a bachelor's plus five years of progressive experience) or **exceptional ability**. Write down which one you have and the document that proves it.

      ## Step 2: the endeavour (20 minutes)

      Write one paragraph: what will you do in the US over the next few years, and for whom? If you cannot write it yet, that is your first task, not evidence collection.

      ## Step 3: the three prongs (30 minutes)

      For each prong, list what you already have:

      1. **Merit and national importance**: who besides your employer benefits? Any public report that names the problem?
      2. **Well positioned**: degrees, publications, grants, projects, people who use your work.
      3. **On balance**: why would it help the US to waive the job offer and labour certification for you?

      ## Reading the result

      If prong 2 is strong and prong 1 is unclear, work on the endeavour. If both are thin, build for a year and check again. Either way you now know what to do next.

      See USCIS's [EB-2 page](${pathwayInfo.eb2_niw.officialUrl}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw"],
    criteria: ["merit_importance", "well_positioned", "balance"],
    stages: ["exploring", "assessing"],
    fields: ["medicine_health"],
    daysAgo: 66,
    revision: { daysAgo: 14, note: "added the note on reading the result." },
    saves: 61,
  },
  {
    author: "kwame@example.com",
    kind: "guide",
    title: "Self-filing an NIW: how I put the packet together",
    summary:
      "I filed my EB-2 NIW myself in 2024, with premium processing, and it was approved without an RFE. How I organised the petition letter, the exhibits and the forms.",
    body: dedent`
      I self-filed because I had time, a clear endeavour and friends who had done it. It is not for everyone: if your case has complications, pay for advice. Here is how I organised mine.

      ## The order of the packet

      1. **Cover letter**: one page listing what is enclosed.
      2. **Forms**: I-140, and I-907 for premium processing, using the current editions from uscis.gov.
      3. **Fee**: checked against the fee schedule on the day I mailed it.
      4. **Petition letter**: about 20 pages, one section per prong, each claim pointing to an exhibit.
      5. **Exhibit index**, then the exhibits, tabbed and numbered.

      ## The petition letter

      I wrote the endeavour first and did not touch anything else until it was right. Then prong 1, 2 and 3, each ending with a short paragraph that says what was shown.

      ## Exhibits

      - Degrees and transcripts, with evaluations for foreign degrees.
      - CV, publications, citations.
      - Six letters: three from collaborators, three independent.
      - Public reports on the health problem my work addresses.

      ## Things that saved me time

      - One spreadsheet with every exhibit, its number and the sentence in the letter that cites it.
      - A friend who read the letter as an outsider and marked every sentence they did not understand.
      - Numbering every exhibit page, so the letter could cite pages, not just tabs.

      Start at the [I-140 page](${I140}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw"],
    criteria: [],
    stages: ["drafting", "filed"],
    fields: ["medicine_health"],
    daysAgo: 100,
    saves: 55,
  },
  {
    author: "kwame@example.com",
    kind: "article",
    title: "Public-health work and national importance",
    summary:
      "Public-health endeavours seem obviously important, which is why petitions under-argue them. How to connect a specific project to national importance with sources an officer will accept.",
    body: dedent`
      If you work in public health, you may feel prong 1 argues itself: disease matters to everyone. That feeling is the risk. The officer needs your **specific endeavour** connected to national importance, not the importance of health in general.

      ## From topic to endeavour

      "I study malaria" is a topic. "I am building surveillance models that let state health departments detect outbreaks of mosquito-borne disease two weeks earlier" is an endeavour. The second one has users, a mechanism and a benefit you can document.

      ## Sources that connect it

      - **Federal and state reports** that name the problem: agency strategies, surveillance reports, funding announcements.
      - **Use by public agencies**: a health department that adopted your tool, with a letter from the person who runs it.
      - **Reach beyond one place**: other states, national networks, guidance that cites your work.
      - **Funding** from national programmes, which shows the government treats the problem as a priority.

      ## A note on scale

      National importance does not require national scale on day one. A project in one state can have national implications if it is a model others can adopt. Say how, and show any sign that others are adopting it.

      ## My own case

      My endeavour was about vaccine uptake in rural counties. The two exhibits I believe mattered most were a letter from a state immunisation programme and a federal strategy that named rural uptake as a gap.

      See the [USCIS Policy Manual](${PM_EB2}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw"],
    criteria: ["merit_importance"],
    stages: ["building_evidence", "drafting"],
    fields: ["medicine_health", "life_sciences"],
    daysAgo: 38,
    saves: 26,
  },
  {
    author: "kwame@example.com",
    kind: "checklist",
    title: "NIW evidence checklist for public-health researchers",
    summary:
      "A prong-by-prong checklist of the evidence public-health researchers usually have, and the pieces they forget, from state partnerships to data-use agreements.",
    body: dedent`
      Use this to see what you have and what you still need. Not every line applies to everyone.

      ## Eligibility

      - [ ] Degree certificates and transcripts.
      - [ ] Credential evaluation for degrees from outside the US.

      ## Prong 1: merit and national importance

      - [ ] A one-paragraph endeavour statement.
      - [ ] Federal or state reports that name the problem.
      - [ ] Evidence of use beyond your employer: agencies, NGOs, other researchers.
      - [ ] Funding from national programmes, with your role stated.

      ## Prong 2: well positioned

      - [ ] CV with publications and citations.
      - [ ] Grants, data-use agreements and partnerships you lead or contribute to.
      - [ ] Talks and trainings you gave to practitioners, with invitations.
      - [ ] A plan for the next three to five years.
      - [ ] Letters, including independent ones (from agencies that use your work, for example).

      ## Prong 3: on balance

      - [ ] Why labour certification does not fit your work (grant-funded, cross-institutional, or urgent).
      - [ ] The benefit of your work continuing without interruption.

      ## Often forgotten

      - [ ] Media coverage of your findings in the public-health press.
      - [ ] Evidence that your methods or tools are used in practice.
      - [ ] Translations of any document not in English.

      See USCIS's [EB-2 page](${pathwayInfo.eb2_niw.officialUrl}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw"],
    criteria: ["merit_importance", "well_positioned", "balance"],
    stages: ["building_evidence"],
    fields: ["medicine_health"],
    daysAgo: 22,
    saves: 34,
  },
  {
    author: "kwame@example.com",
    kind: "article",
    title: "Prong 3 in plain words: why waiving the job offer helps",
    summary:
      "The third Dhanasar prong is the shortest section of most petitions and often the weakest. What it asks, and the arguments that fit researchers without a permanent employer.",
    body: dedent`
      Prong 3 asks whether, **on balance**, it would benefit the United States to waive the usual requirements of a job offer and labour certification. Many petitions give it one paragraph. It deserves three or four.

      ## What the officer may weigh

      *Matter of Dhanasar* lists factors such as:

      - whether it would be **impractical** for you to get a job offer or labour certification;
      - whether the US would benefit from your contributions **even if** qualified US workers are available;
      - whether the national interest in your contributions is **urgent** enough to justify the waiver.

      You do not need every factor. You need a convincing balance.

      ## Arguments that fit many researchers

      1. **The work is not one job.** Grant-funded projects, multi-institution collaborations or work with public agencies do not map onto one employer's labour certification.
      2. **Delay costs something.** A surveillance system, a clinical study or a safety programme loses value if it pauses for a multi-year process.
      3. **Your combination is uncommon.** Not that no American could do it, but that your specific record advances this endeavour now.

      ## What to avoid

      Do not argue that you are better than US workers. Argue that the country gains from letting you continue, and show it with the evidence you already filed for prongs 1 and 2.

      See the [USCIS Policy Manual](${PM_EB2}). ${NOT_ADVICE}
    `,
    pathways: ["eb2_niw"],
    criteria: ["balance"],
    stages: ["drafting"],
    fields: [],
    daysAgo: 57,
    saves: 21,
  },
  {
    author: "kwame@example.com",
    kind: "opportunity",
    title: "Call for speakers: state public-health association annual meeting",
    summary:
      "A state public-health association is accepting proposals for talks and panels at its annual meeting. Early-career researchers and practitioners are encouraged to submit.",
    body: dedent`
      My state's public-health association has opened its call for proposals for this year's annual meeting. It is a friendly, practitioner-heavy conference, and a good first invited talk for researchers whose work is used by health departments.

      ## Formats

      - **Oral presentations** of 15 minutes on research or programme evaluation.
      - **Panels** of three to four speakers on a shared topic.
      - **Posters**, reviewed separately.

      ## What they look for

      - Work with a clear **practical use** for health departments, clinics or community organisations.
      - A **250-word abstract** with objectives, methods, results and implications.
      - At least one presenter who can attend in person.

      ## Why it helps a petition

      A talk does not match one criterion by itself, but it supports several arguments: for an NIW, that practitioners use your work and that you are **well positioned** to advance it; for EB-1A, that your contributions are known beyond your institution. Keep the acceptance email, the programme page that lists you, and any recording.

      ## How to submit

      Use the abstract portal linked from the association's website. The review committee decides within six weeks.

      See USCIS's [EB-2 page](${pathwayInfo.eb2_niw.officialUrl}). Not legal advice.
    `,
    pathways: ["eb2_niw", "eb1a"],
    criteria: ["well_positioned", "original_contributions"],
    stages: ["building_evidence"],
    fields: ["medicine_health"],
    daysAgo: 8,
    saves: 11,
    closesInDays: 25,
  },
];

const yuki: SeedContentItem[] = [
  {
    author: "yuki@example.com",
    kind: "guide",
    title: "EB-1B in one page: what your employer files and what you bring",
    summary:
      "EB-1B is the employer-filed path for outstanding professors and researchers. The requirements in one page, and the part of the work that still lands on you.",
    body: dedent`
      EB-1B is for **outstanding professors and researchers**. Unlike EB-1A or an NIW, you cannot file it yourself: your employer petitions for you. In my experience the researcher still does most of the evidence work.

      ## The requirements

      1. **International recognition** as outstanding in your academic field, shown by at least **two of six** criteria: awards, membership, published material about your work, judging, original research contributions, scholarly articles or books.
      2. **At least three years** of teaching or research experience in the field.
      3. **A qualifying job offer**: a tenured or tenure-track teaching position, or a permanent research position. A private employer must have at least three full-time researchers and documented accomplishments.

      ## What your employer does

      - Files Form I-140 and pays the fees.
      - Writes the job offer letter describing a permanent position.
      - Usually pays for the attorney.

      ## What you will probably do

      - Gather the evidence for the criteria: reviews, citations, letters.
      - Find recommendation letter writers and brief them.
      - Answer the attorney's questions, often more than once.

      ## One thing to check early

      Whether your position counts as **permanent**. A fixed-term postdoc usually does not. Ask HR or the attorney before anything else.

      See USCIS's [EB-1 page](${pathwayInfo.eb1b.officialUrl}). ${NOT_ADVICE}
    `,
    pathways: ["eb1b"],
    criteria: [],
    stages: ["exploring", "assessing"],
    fields: ["physical_sciences"],
    daysAgo: 110,
    saves: 28,
  },
  {
    author: "yuki@example.com",
    kind: "article",
    title: "EB-1B or EB-1A when your employer offers to file",
    summary:
      "If your university or lab offers to file an EB-1B, should you also consider EB-1A? What I weighed as a physicist: the bar, portability, cost and timing.",
    body: dedent`
      When my employer offered to file an EB-1B for me, a friend asked why I did not self-file an EB-1A instead. Both are EB-1, so the wait after approval is the same for the same country of birth. The differences are elsewhere.

      ## The bar

      - **EB-1B**: two of six criteria and international recognition as *outstanding*.
      - **EB-1A**: three of ten criteria, then a final-merits review of *sustained acclaim* at the very top of the field.

      For an early-career researcher, EB-1B is usually the more realistic petition.

      ## Portability

      - EB-1B is tied to the job offer. If you leave before the green card, the new employer may need to file again, although an approved petition can keep its priority date in many situations.
      - EB-1A belongs to you and is not tied to an employer.

      ## Cost and effort

      Your employer usually pays for EB-1B and provides an attorney. EB-1A you pay for yourself, or do yourself.

      ## What I did

      I accepted the EB-1B. It was approved in 2023. Some colleagues file both; that is a question for an attorney, because two petitions mean two sets of evidence and two fees.

      See USCIS's [EB-1 page](${pathwayInfo.eb1b.officialUrl}). ${NOT_ADVICE}
    `,
    pathways: ["eb1b", "eb1a"],
    criteria: [],
    stages: ["assessing"],
    fields: ["physical_sciences", "life_sciences"],
    daysAgo: 47,
    saves: 19,
  },
  {
    author: "yuki@example.com",
    kind: "checklist",
    title: "EB-1B evidence: two criteria, documented properly",
    summary:
      "EB-1B asks for only two criteria, which tempts people to submit a thin file. A checklist to make two criteria unmistakable, with the international recognition around them.",
    body: dedent`
      Two criteria sounds easy, but officers still look for **international recognition** across the file. I documented three criteria to be safe.

      ## Judging

      - [ ] Invitations to review for journals or conferences with international circulation.
      - [ ] Confirmations of completed reviews.
      - [ ] Grant-panel or thesis-committee service, if any.

      ## Original research contributions

      - [ ] Letters from independent researchers abroad describing how they used your results.
      - [ ] Citations by groups outside your own, with context.
      - [ ] Patents, instruments or datasets others adopted.

      ## Scholarly articles

      - [ ] First pages of articles in journals with international circulation.
      - [ ] A table: journal, year, your role, citations.

      ## Awards, membership, press

      - [ ] Only if they are major prizes for outstanding achievement, memberships that require outstanding achievement, or material written by others about your work.

      ## The rest of the petition

      - [ ] Three years of teaching or research, with letters from employers giving dates.
      - [ ] The job offer letter for a permanent or tenure-track position.
      - [ ] A CV that matches every other document.

      See USCIS's [EB-1 page](${pathwayInfo.eb1b.officialUrl}). ${NOT_ADVICE}
    `,
    pathways: ["eb1b"],
    criteria: [
      "judging",
      "original_contributions",
      "scholarly_articles",
      "awards",
      "membership",
      "press",
    ],
    stages: ["building_evidence", "drafting"],
    fields: ["physical_sciences"],
    daysAgo: 62,
    saves: 23,
  },
  {
    author: "yuki@example.com",
    kind: "article",
    title: "After the I-140: the long middle, and the day the card arrives",
    summary:
      "Approval of the petition is the middle of the story, not the end. What the months between my I-140 approval and my green card looked like, step by step.",
    body: dedent`
      My EB-1B was approved in 2023. I was born in Japan, so my chargeability is rest of world, and my priority date was current. Even so, the green card took many more months. Here is what the middle looked like.

      ## Filing the I-485

      I was in the US, so I adjusted status rather than going through a consulate. With the I-485 I filed for a work permit and travel document, so that I would not depend on my old status while waiting.

      ## Biometrics

      A few weeks later: fingerprints and a photo at a local support centre. Bring the appointment notice and your passport.

      ## The medical exam

      Done by a USCIS-designated civil surgeon. Check the current rules for when the sealed form must be submitted.

      ## Waiting

      I checked the case status online once a week, not more. I kept my address current with USCIS and avoided long travel without the travel document.

      ## The card

      The approval notice came first, the card about a week later. I read every field, checked the name spelling and dates, and scanned it.

      ## After

      Permanent residence has its own duties: carry proof of status, keep your address current, and think carefully before long stays abroad.

      See USCIS's [adjustment of status page](https://www.uscis.gov/green-card/green-card-processes-and-procedures/adjustment-of-status). ${NOT_ADVICE}
    `,
    pathways: ["eb1b", "eb1a", "eb2_niw"],
    criteria: [],
    stages: ["approved", "waiting_priority_date", "adjusting", "green_card"],
    fields: [],
    daysAgo: 118,
    saves: 30,
  },
];

const olena: SeedContentItem[] = [
  {
    author: "olena@example.com",
    kind: "guide",
    title: "EB-1A for artists: screenings and exhibitions as evidence",
    summary:
      "For filmmakers and visual artists, festival screenings and exhibitions can meet the exhibitions criterion, if you show how the venues select work. How I documented mine.",
    body: dedent`
      The exhibitions criterion asks for the **display of your work at artistic exhibitions or showcases**. For a documentary filmmaker, festivals are the showcases. The officer needs to see that showing there means something.

      ## For each venue

      1. **Proof the work was shown**: the programme or catalogue page naming the film and you, and the screening schedule.
      2. **Selection**: how many films were submitted and how many selected, from the festival's own reports or press.
      3. **Standing**: the festival's history, accreditation, notable past selections and press coverage.

      ## What I submitted

      Six festivals over four years, two of them international and highly selective, plus a museum exhibition of stills from my second film. I put the strongest venues first and skipped small local screenings.

      ## Mistakes to avoid

      - Listing online "festivals" that accept almost everyone for a fee. Officers recognise them.
      - Submitting only the laurels graphic from your poster. The laurels are marketing; the programme is evidence.
      - Forgetting translations. Festival catalogues in other languages need certified translations of the relevant pages.

      ## For visual artists

      The same logic applies to galleries and biennials: how the work was selected, who curated it, and what the venue's reputation is.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a"],
    criteria: ["exhibitions"],
    stages: ["building_evidence", "drafting"],
    fields: ["arts_media"],
    daysAgo: 91,
    saves: 26,
  },
  {
    author: "olena@example.com",
    kind: "guide",
    title: "Festival awards: showing that a prize is recognised",
    summary:
      "A festival prize only counts if the officer can see it is recognised beyond the festival. How I documented four awards, and why I left out two others.",
    body: dedent`
      The awards criterion asks for **nationally or internationally recognised** prizes or awards for excellence. For artists that usually means festival prizes, and the difficulty is showing recognition for festivals the officer has never heard of.

      ## For each award

      1. **The certificate or announcement** naming you and the work.
      2. **The jury**: who they are and why their judgement matters.
      3. **The competition**: number of entries, how finalists were chosen.
      4. **Recognition outside the festival**: press that reported the award, other festivals or funds that mention it.

      ## What I left out

      Two awards from festivals that give prizes to a large share of entrants and charge entry fees to win them. Including them would have made the real ones look the same.

      ## Team and film awards

      Many awards go to the film rather than a person. Show your role: director, producer, editor. A letter from the festival confirming that the prize recognised the director's work helped me.

      ## If you have none yet

      Awards are one criterion of ten. I met three others. Do not pay to enter prize lists that exist to sell laurels; put the entry fees towards festivals with real selection.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a"],
    criteria: ["awards"],
    stages: ["building_evidence"],
    fields: ["arts_media"],
    daysAgo: 73,
    saves: 32,
  },
  {
    author: "olena@example.com",
    kind: "article",
    title: "Press for filmmakers: reviews, interviews and translations",
    summary:
      "Reviews and interviews about your films can meet the press criterion. What I learned about trade publications, translated coverage and proving an outlet is major.",
    body: dedent`
      My press exhibit was the largest in my petition, and the one that took longest to organise. Most of the coverage was in Ukrainian and Polish; some was in English-language film trade publications.

      ## What counts

      Published material **about you and your work**: reviews of your films, interviews, festival coverage that discusses your film at some length. A listing in a programme is not press.

      ## How I organised it

      1. **One tab per article**, with the full text, title, date, author and outlet visible.
      2. **A certified translation** of every article not in English, with the translator's statement.
      3. **Evidence the outlet matters**: circulation or audience figures, its role in the industry, awards it has won. Trade publications in film count as professional publications, and I said so explicitly.
      4. **A summary table**: outlet, date, language, type (review, interview, news), audience.

      ## What I learned

      - A long review in a respected national newspaper abroad did more than ten short mentions in English.
      - Blogs and personal sites are weak unless they are recognised industry sources.
      - Keep everything at the time it is published. Articles disappear, and archives are slow.

      ## If your coverage is thin

      Festival press offices can arrange interviews. Say yes to them, even the small ones, and keep every link.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a"],
    criteria: ["press"],
    stages: ["building_evidence", "drafting"],
    fields: ["arts_media"],
    daysAgo: 55,
    saves: 21,
  },
  {
    author: "olena@example.com",
    kind: "article",
    title: "Commercial success for documentary makers",
    summary:
      "The commercial success criterion is written for the performing arts, and documentaries rarely have box-office numbers. What evidence exists, and when to rely on other criteria instead.",
    body: dedent`
      The commercial success criterion asks for **commercial successes in the performing arts**, shown by box-office receipts or sales. Most documentary makers read it and move on. I did claim it in a draft, then removed it. Here is why, and when it can work.

      ## Evidence that exists for films

      - **Distribution deals** with the fee or minimum guarantee, if you can disclose it.
      - **Theatrical numbers** from an independent box-office source.
      - **Broadcast and streaming licences**, with territories and figures.
      - **Educational sales**, which can be substantial for documentaries.

      ## The comparison

      Numbers alone are not enough. Show how they compare with similar films: same genre, same budget range, same market. Without a comparison the officer cannot tell whether a figure is a success.

      ## Why I removed it

      My films sold well for documentaries, but I could not find a reliable public comparison. I already had awards, press and exhibitions, so a weak fourth criterion would only have added pages.

      ## When it works

      Filmmakers with a theatrical hit, musicians with chart positions and sales figures, or theatre artists with documented ticket sales have a real case. Comparable evidence may be an option where the criterion does not readily apply; discuss that with an attorney.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a"],
    criteria: ["commercial_success"],
    stages: ["assessing", "building_evidence"],
    fields: ["arts_media"],
    daysAgo: 105,
    saves: 8,
  },
  {
    author: "olena@example.com",
    kind: "opportunity",
    title: "Nomination window: emerging documentary director award",
    summary:
      "An international documentary festival takes nominations for its emerging director award, judged by an independent jury. Films completed in the last two years are eligible.",
    body: dedent`
      A documentary festival whose jury I once sat on has opened nominations for its **emerging director award**. It is a real, juried prize with no entry fee, which is rarer than it should be.

      ## Eligibility

      - Directors with **no more than two** feature-length documentaries.
      - Films **completed in the last two years** and not yet broadcast in the festival's country.
      - Nominations by the director, a producer or a distributor.

      ## The process

      - A **pre-selection committee** of programmers chooses about twelve films.
      - An **independent jury** of three directors and a critic chooses the winner, announced at the festival.
      - The festival publishes the number of nominations and the jury's statement.

      ## Why I am sharing it

      For an EB-1A awards exhibit, this is the kind of prize you can document properly: a named jury, a published process, a known number of entries and press coverage of the winner. Even a shortlist selection can support the exhibitions criterion, because the film is then screened.

      ## How to nominate

      Submit through the festival's nomination form with a screener link and a short synopsis.

      See the criteria in the [USCIS Policy Manual](${PM_EB1}). Not legal advice.
    `,
    pathways: ["eb1a"],
    criteria: ["awards", "exhibitions"],
    stages: ["building_evidence"],
    fields: ["arts_media"],
    daysAgo: 35,
    saves: 14,
    closesInDays: -6,
  },
  {
    author: "olena@example.com",
    kind: "article",
    title: "Five years after my green card: what I would tell myself at the start",
    summary:
      "I self-filed my EB-1A in 2020 and became a permanent resident the following year. Looking back, five things I would tell the person who was just starting to read about it.",
    body: dedent`
      I started reading about EB-1A in 2019, convinced it was for Nobel laureates. I filed it myself in 2020 and was approved at the Texas Service Center in 2021. If I could talk to that earlier version of myself, I would say five things.

      ## 1. You are probably further along than you think

      I assumed I met no criteria. I had awards, press and exhibitions; I had simply never looked at them as evidence.

      ## 2. Start the evidence folder today

      Every article, programme, jury invitation and award, saved the day it happens, with a date and a source. Reconstructing it later costs months.

      ## 3. Ask people who have done it

      My petition improved most after two conversations with people a few years ahead of me. That is why I mentor now, when I have the time.

      ## 4. Pay for advice where it matters

      I self-filed, but I paid for one consultation to review my criteria choice. It was the best money I spent.

      ## 5. The waiting is the hardest part

      Plan your life as if it will take longer than you hope. Then be pleasantly surprised.

      Start with USCIS's [EB-1 page](${pathwayInfo.eb1a.officialUrl}). ${NOT_ADVICE}
    `,
    pathways: ["eb1a"],
    criteria: [],
    stages: ["exploring", "green_card"],
    fields: ["arts_media"],
    daysAgo: 14,
    saves: 38,
  },
];

const admin: SeedContentItem[] = [
  {
    author: "admin@example.com",
    kind: "announcement",
    official: true,
    pinned: true,
    title: "Welcome to Landed: start here",
    summary:
      "How Landed works: your feed follows your pathway and stage, mentors share what worked in their own cases, and nothing here is legal advice. Five minutes to get set up.",
    body: dedent`
      Landed is a community of people building their own case for a US green card or visa on merit: EB-1A, EB-1B, EB-2 NIW and O-1A, with mentors who have been through it.

      ## Set up your profile

      Your feed, your mentor matches and your dashboard follow what you tell us:

      - **Pathways** you are considering. Choose more than one if you are weighing options.
      - **Your stage**, from exploring to green card. Update it when it changes; the feed changes with it.
      - **Your criteria**: where you are strong, where you have some evidence, where you have none yet. The feed looks for help with the gaps.

      Country of birth, status and case facts are private by default. You choose what to show.

      ## Your feed

      Every item says **why** it is there: your pathway, a criterion you are working on, your stage. If something is not useful, mark it "not interested" and similar items will rank lower. Save anything you want to come back to.

      ## Mentors

      Mentors share their own approved cases. A **verified** badge means our team has checked a redacted approval notice. Ask for a mentorship from a mentor's profile.

      ## What Landed is not

      Landed is not a law firm and nothing here is legal advice. For your own case, speak to an immigration attorney or an accredited representative. Official information is on [uscis.gov](https://www.uscis.gov/).
    `,
    pathways: [],
    criteria: [],
    stages: [],
    fields: [],
    daysAgo: 119,
    revision: { daysAgo: 3, note: "mentions saving items and the new mentorship checklist." },
    saves: 40,
  },
  {
    author: "admin@example.com",
    kind: "guide",
    official: true,
    title: "How Landed verifies mentors",
    summary:
      "What the verified badge means, what we ask mentors to send, what we check, and what we never keep. Unverified mentors are labelled as such.",
    body: dedent`
      A mentor's story is only as useful as it is true. The **verified outcome** badge means a member of the Landed team has checked evidence of the outcome the mentor claims.

      ## What we ask for

      A copy of the **approval notice** for the petition, with personal identifiers blacked out. We ask mentors to redact:

      - the receipt number;
      - any A-number;
      - home address and date of birth.

      We need to see the form type, the classification, the decision and the decision date.

      ## What we check

      1. The notice matches the **case facts** on the mentor's profile: pathway, decision month and outcome.
      2. The document is consistent: the form, the classification and the office fit together.
      3. The name matches the account.

      An admin records a **decision and a reason**. If we cannot verify, the mentor sees why and can send better evidence.

      ## What the badge does not mean

      It does not mean the mentor is a lawyer, or that their advice is right for your case. It means their approval is real.

      ## Unverified mentors

      Mentors whose evidence is pending or who chose not to send any can still mentor. Their profiles say **unverified**, and you can decide what that means to you.

      ## Report a problem

      If you believe a mentor's claim is false, use **Report** on their profile.

      Official information on each pathway is on [uscis.gov](https://www.uscis.gov/).
    `,
    pathways: [],
    criteria: [],
    stages: [],
    fields: [],
    daysAgo: 84,
    revision: { daysAgo: 30, note: "lists what mentors should black out before uploading." },
    saves: 45,
  },
  {
    author: "admin@example.com",
    kind: "guide",
    official: true,
    title: "Reading the Visa Bulletin",
    summary:
      "The monthly Visa Bulletin decides when an approved petition becomes a green card. Priority dates, the two charts, chargeability and what 'current' means, in plain words.",
    body: dedent`
      After your I-140 is approved, the question becomes **when** a green card number is available to you. The Visa Bulletin, published monthly by the State Department, answers it.

      ## Your priority date

      For EB-1A, EB-1B and EB-2 NIW petitions, your priority date is normally the date USCIS received your I-140. It is printed on the receipt and approval notices.

      ## Your row and column

      - **Row**: your category (1st for EB-1, 2nd for EB-2).
      - **Column**: your **chargeability**, normally your country of birth, not citizenship. The bulletin lists mainland China, India, Mexico and the Philippines separately; everyone else is "all chargeability areas".

      ## The two charts

      - **Final Action Dates**: when a green card can actually be approved.
      - **Dates for Filing**: when you may submit your application early.

      Each month USCIS says which chart applies to I-485 filings on its [filing charts page](${VISA_BULLETIN_CHARTS}).

      ## Reading a cell

      - **C** (current): no wait for that category and country.
      - **A date**: people with a priority date **before** it may proceed.
      - **U**: unavailable this month.

      ## Good habits

      1. Check once a month, not every day.
      2. Dates can move backwards ("retrogression"). Prepare, do not plan on a forecast.
      3. Ask whether a spouse's country of birth might apply to you (cross-chargeability).

      This guide explains terms; it is not legal advice.
    `,
    pathways: ["eb1a", "eb1b", "eb1c", "eb2_niw"],
    criteria: [],
    stages: ["approved", "waiting_priority_date", "adjusting"],
    fields: [],
    daysAgo: 42,
    saves: 77,
  },
  {
    author: "admin@example.com",
    kind: "announcement",
    official: true,
    title: "Community guidelines: no receipt numbers, no paid evidence",
    summary:
      "Three rules we enforce firmly: keep identifiers out of posts, never sell or promote paid awards or judging, and share experience rather than legal advice.",
    body: dedent`
      Landed works because people share honestly about their own cases. A few rules keep that safe.

      ## Keep identifiers out

      Never post a **USCIS receipt number**, an **A-number** or a **passport number**, even in a screenshot. Posts that contain one are held back automatically, with a message asking you to remove it. Redact before you upload.

      ## No paid evidence

      We remove posts that sell or promote:

      - awards you can buy;
      - memberships anyone can join for a fee and then present as selective;
      - paid judging seats or "reviewer certificates";
      - paid press placements presented as editorial coverage.

      These mills hurt petitions, and they hurt the people who pay for them.

      ## Experience, not legal advice

      Mentors and members share what happened in their own cases. Nobody here may offer to prepare or file petitions for a fee, or claim to guarantee an outcome. If someone does, report it: "unauthorised legal advice or scam" is a report reason.

      ## Be kind

      Everyone here is under pressure. Assume good faith, answer the question asked, and remember that a denial or an RFE is a hard week for someone.

      ## What moderators do

      Reported content goes to a review queue. Moderators can hide, remove or restore posts, warn, suspend or ban, and every action is logged. You can appeal a decision.

      Official guidance is on [uscis.gov](https://www.uscis.gov/).
    `,
    pathways: [],
    criteria: [],
    stages: [],
    fields: [],
    daysAgo: 98,
    saves: 12,
  },
  {
    author: "admin@example.com",
    kind: "guide",
    official: true,
    title: "Paid awards, judging mills and pay-to-publish: how to spot them",
    summary:
      "Some companies sell evidence: awards, memberships, judging seats and press. How to recognise them before you pay, and why they can weaken a petition.",
    body: dedent`
      Weak criteria attract sellers. If you are short on awards, membership, judging or press, someone will offer to sell them to you. The Landed team sees the same patterns again and again.

      ## Warning signs

      - **You were "nominated" by email** for an award you never heard of, and winning requires a fee, a "processing charge" or buying a trophy.
      - **A membership** whose only requirement is payment, described as "exclusive" or "by invitation".
      - **Judging offers** that come with a price, or that promise a certificate "suitable for immigration".
      - **Press packages**: guaranteed articles in named outlets for a fee, often labelled as sponsored in small print.
      - **Journals** that accept anything within days for a publication charge and have no real peer review.

      ## Why they hurt

      Officers see these names repeatedly. A paid award can make the officer doubt the rest of your file. The criteria ask for recognition by others; anything you bought is not recognition.

      ## What to do instead

      1. Put your effort into criteria you can genuinely meet.
      2. Look for real opportunities: peer review, competition panels, talks, interviews by journalists. Mentors post them in the library.
      3. Ask a mentor before paying for anything that promises evidence.

      ## Seen one here?

      Report it with the reason **paid evidence mill**. Moderators remove them.

      The criteria are in the [USCIS Policy Manual](${PM_EB1}). This guide is not legal advice.
    `,
    pathways: ["eb1a", "o1a"],
    criteria: ["awards", "membership", "judging", "press"],
    stages: ["assessing", "building_evidence"],
    fields: [],
    daysAgo: 28,
    saves: 50,
  },
  {
    author: "admin@example.com",
    kind: "guide",
    official: true,
    title: "After I-140 approval: adjustment of status or consular processing",
    summary:
      "Once your petition is approved and your date is current, there are two routes to the green card: adjusting status inside the US, or an immigrant visa abroad. How they differ.",
    body: dedent`
      An approved I-140 is not yet a green card. When your priority date is current, you apply for permanent residence in one of two ways.

      ## Adjustment of status (in the US)

      - You file **Form I-485** with USCIS while in the US in a lawful status.
      - You can usually file for a **work permit** and a **travel document** at the same time.
      - Steps: biometrics appointment, a medical exam by a designated civil surgeon, sometimes an interview, then the card by mail.
      - Leaving the US while the I-485 is pending without a travel document can have consequences; check before you travel.

      ## Consular processing (abroad)

      - USCIS sends the approved petition to the **National Visa Center**.
      - You submit the **DS-260** and civil documents, pay the fees, and attend an interview at a US embassy or consulate.
      - You enter the US with an immigrant visa and the card follows by mail.

      ## Choosing

      People already in the US usually adjust status. Consular processing can be faster in some places, and is the route for people living abroad. Family members follow the same route or their own, depending on where they are.

      ## Keep ready

      Birth certificates, marriage certificates, passports and certified translations. Most delays come from missing civil documents.

      Read USCIS's [adjustment of status page](https://www.uscis.gov/green-card/green-card-processes-and-procedures/adjustment-of-status) and the State Department's [immigrant visa process](https://travel.state.gov/content/travel/en/us-visas/immigrate/the-immigrant-visa-process.html). Not legal advice.
    `,
    pathways: ["eb1a", "eb1b", "eb1c", "eb2_niw"],
    criteria: [],
    stages: ["approved", "adjusting", "green_card"],
    fields: [],
    daysAgo: 65,
    saves: 36,
  },
  {
    author: "admin@example.com",
    kind: "guide",
    official: true,
    title: "If your petition is denied: motion, appeal or refile",
    summary:
      "A denial is a decision on one petition, not on you. The three main options, the deadline that matters, and how members of this community decided between them.",
    body: dedent`
      A denial notice is hard to read. Read it anyway, twice, and then take a few days before deciding anything except the deadline.

      ## The deadline

      Motions and appeals have a short deadline, counted from the decision. It is stated in the notice and the [Form I-290B instructions](https://www.uscis.gov/i-290b). Put it in your calendar first.

      ## Option 1: a motion

      - A **motion to reopen** presents new facts, with evidence.
      - A **motion to reconsider** argues the decision applied the law or policy incorrectly to the record as it stood.

      Both go to the office that decided the case.

      ## Option 2: an appeal

      An appeal goes to the **Administrative Appeals Office**. It suits cases where you believe the officer made a clear error on the existing evidence.

      ## Option 3: refile

      Nothing stops you from filing a **new petition** with stronger evidence. Many members chose this: the denial shows exactly what the officer found missing, and a new petition can address it directly.

      ## How members decided

      - If the gap was real, they built evidence and refiled.
      - If the officer overlooked evidence that was in the file, they considered a motion or appeal with professional help.

      ## Get help

      This is a point where an immigration attorney's review is worth it. The community's denial and appeal threads are a place to ask what others did.

      This guide is not legal advice.
    `,
    pathways: ["eb1a", "eb1b", "eb2_niw"],
    criteria: [],
    stages: ["denied", "appeal_or_refile"],
    fields: [],
    daysAgo: 77,
    saves: 16,
  },
  {
    author: "admin@example.com",
    kind: "guide",
    official: true,
    title: "Which pathway fits? EB-1A, EB-1B, EB-1C, EB-2 NIW and O-1A side by side",
    summary:
      "Five pathways, who files each, and what each must show, on one page. A starting point for choosing where to spend your effort, and which to combine.",
    body: dedent`
      Most people on Landed consider more than one pathway. Here they are side by side.

      ## EB-1A: extraordinary ability (green card)

      - **Who files**: you, or an employer.
      - **What to show**: a major international award, or at least **3 of 10 criteria**, then a final-merits review of sustained acclaim.

      ## EB-1B: outstanding professor or researcher (green card)

      - **Who files**: an employer, with a permanent research or tenure-track job offer.
      - **What to show**: **2 of 6 criteria** and at least three years of teaching or research.

      ## EB-1C: multinational manager or executive (green card)

      - **Who files**: an employer that has employed you abroad in a managerial or executive role.
      - **What to show**: the qualifying roles abroad and in the US. No criteria list.

      ## EB-2 NIW: national interest waiver (green card)

      - **Who files**: you.
      - **What to show**: EB-2 eligibility (advanced degree or exceptional ability) and the **three Dhanasar prongs**.

      ## O-1A: extraordinary ability (temporary visa)

      - **Who files**: a US employer or agent.
      - **What to show**: a major award, or **3 of 8 criteria**. Often a step before EB-1A.

      ## Common combinations

      - **EB-1A and EB-2 NIW** together: many researchers file NIW as the more predictable petition.
      - **O-1A now, EB-1A later**: common for founders.

      Every pathway's official page is on [uscis.gov](https://www.uscis.gov/working-in-the-united-states/permanent-workers). This is an overview, not legal advice.
    `,
    pathways: ["eb1a", "eb1b", "eb1c", "eb2_niw", "o1a"],
    criteria: [],
    stages: ["exploring", "assessing"],
    fields: [],
    daysAgo: 115,
    saves: 69,
  },
  {
    author: "admin@example.com",
    kind: "announcement",
    official: true,
    title: "New: a shared checklist in every mentorship",
    summary:
      "Accepted mentorships now have a checklist with one line per criterion or prong, shared by mentor and mentee, so you can see at a glance what is done and what is next.",
    body: dedent`
      When a mentor accepts your request, the mentorship space now includes a **shared checklist**.

      ## How it works

      - There is **one line per criterion** (or per Dhanasar prong for NIW) that you are working on.
      - Each line has a status: not started, collecting, drafted, done.
      - Both you and your mentor can update it, and add a short note.

      ## Why we built it

      Mentors told us they spent the first half of every call asking where things stood. Mentees told us they lost track of what was agreed. The checklist keeps that in one place, next to your messages.

      ## Privacy

      The checklist is visible only to you, your mentor in that mentorship, and admins. It never appears in the feed, the directory or search.

      ## What is next

      We are working on linking evidence to each line, so your mentor can see the exhibit you are writing about. Tell us what would help most in the Landed feedback category of the community.

      As always, mentors share experience, not legal advice. See [uscis.gov](https://www.uscis.gov/) for official information.
    `,
    pathways: [],
    criteria: [],
    stages: ["building_evidence", "drafting"],
    fields: [],
    daysAgo: 7,
    saves: 6,
  },
  {
    author: "admin@example.com",
    kind: "checklist",
    official: true,
    title: "Before you file: a final packet check",
    summary:
      "The last check before an I-140 goes in the mail: forms, fees, signatures, exhibits and copies. Compiled from the mistakes members told us about.",
    body: dedent`
      Members who had petitions rejected at intake, before anyone read the evidence, usually missed something on this list.

      ## Forms

      - [ ] The **current edition** of each form, downloaded from uscis.gov on the day you file.
      - [ ] Every required field answered; "N/A" or "None" where a field does not apply.
      - [ ] **Signed** in ink where a handwritten signature is required.
      - [ ] Form I-907 if you are requesting premium processing.

      ## Fees

      - [ ] The amount checked against the current fee schedule, including any additional program fee.
      - [ ] Payment in an accepted form, correctly made out.

      ## Where to send it

      - [ ] The filing address for your form and your situation (premium and regular can differ), checked on the form's page.

      ## The petition

      - [ ] A cover letter listing the contents.
      - [ ] The petition letter, with every exhibit it cites present and numbered.
      - [ ] Certified translations of every document not in English.
      - [ ] Copies, not originals, unless originals are requested.

      ## For yourself

      - [ ] A **complete copy** of everything you send, in the same order.
      - [ ] Tracked delivery, and the tracking number saved.
      - [ ] A calendar reminder to watch for the receipt notice.

      Start at USCIS's [I-140 page](${I140}). This checklist is not legal advice.
    `,
    pathways: ["eb1a", "eb1b", "eb2_niw"],
    criteria: [],
    stages: ["drafting", "filed"],
    fields: [],
    daysAgo: 50,
    saves: 47,
  },
  {
    author: "admin@example.com",
    kind: "announcement",
    official: true,
    status: "draft",
    title: "Draft: community case statistics for the dashboard",
    summary:
      "Median days to decision and RFE rates by pathway, service centre and premium processing, from the case facts members share, shown only for groups of five or more.",
    body: dedent`
      ## What we are building

      Members share case facts: pathway, filing and decision months, service centre, premium or regular, RFE or not. Soon Landed will show what those facts add up to:

      - **Median days to decision** by pathway, service centre and premium processing.
      - **RFE rates** by pathway and criterion.

      ## Privacy

      Statistics are shown only for groups of **five or more cases**, so no single case can be read from them. Sharing stays your choice: a case counts only if its owner chose to include it, and you can withdraw yours at any time from your profile.

      ## What the numbers will not say

      A median is not a promise. Processing times change from month to month, and your case may be faster or slower for reasons nobody outside USCIS can see.

      ## Before publishing

      - Confirm the wording with the moderators.
      - Add a screenshot of the chart.

      Official processing times are on [uscis.gov](https://egov.uscis.gov/processing-times/).
    `,
    pathways: [],
    criteria: [],
    stages: [],
    fields: [],
    daysAgo: 1,
    saves: 0,
  },
];

/** The written items, by the demo mentors and the Landed team. */
export const demoContent: SeedContentItem[] = [
  ...arjun,
  ...lin,
  ...sofia,
  ...kwame,
  ...yuki,
  ...olena,
  ...admin,
];

// Short items by generated mentors: the mentor's own pathway, field, topic and claimed criteria,
// one criterion per item, with the tips a person who claimed it would give.

const tips: Record<CriterionCode, string[]> = {
  awards: [
    "Show who gave the prize and how winners are chosen: the jury, the number of entrants, the rules.",
    "Add coverage of the award itself, not only of you, to show it is recognised beyond the organiser.",
    "Leave out internal company awards and student prizes, or mention them only as background.",
  ],
  membership: [
    "Quote the association's bylaws where they say members are admitted for outstanding achievement.",
    "Show who judged your admission: named experts, not a membership office.",
    "A membership anyone can buy is not evidence, and it can weaken the rest of the file.",
  ],
  press: [
    "Collect articles about you or your work, with author, date and outlet visible on each page.",
    "Add circulation or audience figures for each outlet, from its media kit or an independent source.",
    "Get certified translations for anything not in English, and leave out paid placements.",
  ],
  judging: [
    "Keep every invitation: it shows you were asked because of your expertise.",
    "Prove the judging happened, with review confirmations or a letter from the organiser.",
    "Explain each venue's selectivity in one short paragraph.",
  ],
  original_contributions: [
    "Show use outside your own team: adoption, licences, products or follow-on work that names yours.",
    "Ask independent experts to explain what changed because of your work, with specifics.",
    "Citations help when you show who cites you and why, not just the total.",
  ],
  scholarly_articles: [
    "List each article with venue, date and your role, and say why the venue is professional or major.",
    "Include the first page of each article; the full text is rarely needed.",
    "Put the strongest venues first and leave out abstracts and preprints.",
  ],
  exhibitions: [
    "Show how each venue selected work, and how many works were considered.",
    "Include programmes, catalogues and schedules that name you and the work.",
    "Add press coverage of the exhibition to show its standing.",
  ],
  leading_role: [
    "Ask a board member or executive for a letter describing what you led and what depended on you.",
    "Document the organisation's reputation separately: funding, customers, press, rankings.",
    "Describe outcomes you were responsible for, with numbers and dates.",
  ],
  high_salary: [
    "Gather pay records for the period you claim: offer letters, W-2s, pay statements.",
    "Compare with a recognised salary survey for your occupation and region, and state the percentile.",
    "If equity is part of your pay, document its value at a date and how it was valued.",
  ],
  commercial_success: [
    "Use box-office, sales or streaming figures from independent sources.",
    "Compare them with typical figures for similar works.",
    "Add contracts or royalty statements that show the amounts.",
  ],
  critical_role: [
    "Ask a senior leader for a letter explaining why your role was essential, with examples.",
    "Show the organisation's distinguished reputation with independent sources.",
    "List results that depended on you: launches, revenue, funding, research milestones.",
  ],
  merit_importance: [
    "Describe the proposed endeavour in one paragraph: what you will do in the US, not your job title.",
    "Show impact beyond one employer: an industry, public agencies, a national priority.",
    "Cite government reports or funding calls that name the problem your work addresses.",
  ],
  well_positioned: [
    "Show your record of progress: publications, grants, patents, products and who uses them.",
    "Write a concrete plan for the next few years, naming resources you already have.",
    "Include letters from people who can speak to your capability, some of them independent.",
  ],
  balance: [
    "Explain why a job offer and labour certification do not fit your endeavour.",
    "Show why it matters that your work continues without a multi-year pause.",
    "Where true, show you can carry the work forward without one specific employer.",
  ],
};

const criterionPhrase = (c: CriterionCode) =>
  ({
    merit_importance: "the national-importance prong",
    well_positioned: "the well-positioned prong",
    balance: "the on-balance prong",
  })[c as string] ?? criterionInfo[c].name.toLowerCase();

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How many generated mentors write an item, and how many of them are considered (in order). */
export const GENERATED_CONTENT = 30;
export const GENERATED_AUTHOR_POOL = 40;

/** Criteria that only make sense for some fields (exhibitions and box office are for the arts). */
const artsOnly: CriterionCode[] = ["exhibitions", "commercial_success"];

/** Pathway and field pairs a real mentor would rarely write about (O-1B covers the arts). */
function plausible(pathway: PathwayCode, field: string): boolean {
  if (pathway === "eb1b")
    return !["sports", "arts_media", "business", "law_policy"].includes(field);
  if (pathway === "o1a") return field !== "arts_media";
  return true;
}

/**
 * Item by generated mentor `i` (`buildMember(i)`), whose profile is `mentor` (from
 * generatedMentor): their own pathway, field, topic and one claimed criterion. Null when the
 * generated profile is not one a real person would write from. Deterministic.
 */
export function generatedContentItem(i: number, mentor: DemoMentor): SeedContentItem | null {
  const c = mentor.cases[0];
  if (!c || !plausible(c.pathway, mentor.field)) return null;
  const usable = c.claimed.filter((k) => mentor.field === "arts_media" || !artsOnly.includes(k));
  if (!usable.length) return null;
  const criterion = usable[i % usable.length]!;
  const rand = seededRandom(5_000 + i);
  const pathway = pathwayInfo[c.pathway];
  const year = c.decidedMonth?.slice(0, 4) ?? "2024";
  const topic = mentor.topics[0] ?? "my field";
  const phrase = criterionPhrase(criterion);
  const [t1, t2, t3] = tips[criterion];
  const rfe = c.rfeCriteria?.includes(criterion) ?? false;
  const close = `Every case is different and this is not legal advice; the criteria are on [uscis.gov](${pathway.officialUrl}).`;
  const variant = rfe ? 3 : i % 3;
  const base = {
    author: mentor.email,
    pathways: [c.pathway],
    criteria: [criterion],
    fields: [mentor.field as FieldCode],
    daysAgo: 2 + Math.floor(rand() * 115),
    saves: Math.floor(rand() * 26),
  };
  if (variant === 0)
    return {
      ...base,
      kind: "checklist",
      title: `${capitalised(phrase)} for ${pathway.short}: my checklist (${topic})`,
      summary: `The evidence I gathered for ${phrase} in my ${pathway.short} case, approved in ${year}, as a short checklist for people working in ${topic}.`,
      body: `I had to make the case for ${phrase} in my ${pathway.short} petition, approved in ${year}. This is the list I wish I had started with.\n\n- [ ] ${t1}\n- [ ] ${t2}\n- [ ] ${t3}\n- [ ] Keep a log with a date and a source for every item, from the start.\n\n${close}`,
      stages: ["building_evidence"],
    };
  if (variant === 1)
    return {
      ...base,
      kind: "guide",
      title: `How I documented ${phrase} for ${pathway.short} in ${topic}`,
      summary: `What went into the ${phrase} section of my ${pathway.short} petition as someone working in ${topic}, and what I would leave out next time.`,
      body: `## My situation\n\nI work in ${topic} and my ${pathway.short} was approved in ${year}. ${capitalised(phrase)} was one of the parts I spent most time on.\n\n## What worked\n\n1. ${t1}\n2. ${t2}\n3. ${t3}\n\n## What I would leave out\n\nAnything I could not explain in one sentence. The officer reads many petitions; a short, clear exhibit beats a thick one.\n\n${close}`,
      stages: ["building_evidence", "drafting"],
    };
  if (variant === 2)
    return {
      ...base,
      kind: "article",
      title: `What ${phrase} meant in my ${pathway.short} case (${topic})`,
      summary: `A short account of how ${phrase} fitted into my ${pathway.short} petition, approved in ${year}, for others in ${topic} deciding whether to claim it.`,
      body: `When I started my ${pathway.short} petition I was not sure ${phrase} applied to someone in ${topic}. It did, once I looked at it the way an officer would.\n\n## The three things that mattered\n\n- ${t1}\n- ${t2}\n- ${t3}\n\n## Looking back\n\nI would have started collecting earlier. Most of this evidence is easy to save when it happens and hard to find years later.\n\n${close}`,
      stages: ["assessing", "building_evidence"],
    };
  return {
    ...base,
    kind: "article",
    title: `My RFE on ${phrase} (${pathway.short}, ${topic}) and what I sent back`,
    summary: `My ${pathway.short} petition drew a Request for Evidence on ${phrase}. What the officer asked for and what I added before it was approved in ${year}.`,
    body: `My ${pathway.short} petition drew a Request for Evidence on ${phrase}. The notice accepted the rest of the case, which told me where to focus.\n\n## What I added\n\n1. ${t1}\n2. ${t2}\n3. ${t3}\n\n## How I wrote the response\n\nI quoted each concern from the notice and answered it in the same order, pointing to the new exhibits. I did not resend what the officer already had.\n\nIt was approved in ${year}. ${close}`,
    stages: ["rfe"],
  };
}
