// The demo people's cases (docs/demo.md), written for Landed: applicants' profiles and mentors'
// case records.
import type { CriterionCode, Strength } from "@/lib/domain/criteria";
import type {
  FieldCode,
  OutcomeCode,
  ServiceCentreCode,
  Visibility,
  VisaStatusCode,
} from "@/lib/domain/case-facts";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";

export interface DemoApplicant {
  email: string;
  targetPathways: PathwayCode[];
  field: FieldCode;
  keywords: string[];
  countryOfBirth: string;
  currentStatus: VisaStatusCode;
  stage: StageCode;
  goals: string;
  languages: string[];
  timezone: string;
  /** Per pathway, every criterion's strength (anything left out is "none"). */
  assessment: Partial<
    Record<PathwayCode, Partial<Record<CriterionCode, Strength | [Strength, string]>>>
  >;
}

export interface DemoCase {
  pathway: PathwayCode;
  filedMonth: string | null;
  decidedMonth: string | null;
  serviceCentre: ServiceCentreCode;
  premium: boolean | null;
  selfFiled: boolean | null;
  rfeCriteria: CriterionCode[] | null;
  outcome: OutcomeCode;
  claimed: CriterionCode[];
  accepted: CriterionCode[];
  verified: boolean;
}

export interface DemoMentor {
  email: string;
  bio: string;
  field: FieldCode;
  topics: string[];
  languages: string[];
  timezone: string;
  countryOfBirth: string;
  countryVisibility: Visibility;
  caseDetailsVisibility: Visibility;
  capacity: number;
  activeMentees: number;
  accepting: boolean;
  pausedReason?: string;
  cases: DemoCase[];
}

export const demoApplicants: DemoApplicant[] = [
  {
    email: "priya@example.com",
    targetPathways: ["eb1a", "eb2_niw"],
    field: "ai_computing",
    keywords: ["computer vision", "medical imaging", "deep learning"],
    countryOfBirth: "IN",
    currentStatus: "h1b",
    stage: "building_evidence",
    goals:
      "File EB-1A within a year, with NIW as a backup. I need to turn my reviewing work into solid judging evidence and find out whether my papers' citations are enough for original contributions.",
    languages: ["en", "hi", "ta"],
    timezone: "America/Los_Angeles",
    assessment: {
      eb1a: {
        scholarly_articles: ["strong", "14 papers, 6 first-author at CVPR, ICCV and MICCAI"],
        original_contributions: [
          "strong",
          "Segmentation method used in two hospital pipelines; 900 citations",
        ],
        judging: ["some", "Reviewer for two conferences, no letters yet"],
      },
      eb2_niw: {
        merit_importance: ["some", "Early cancer detection from CT scans"],
        well_positioned: "strong",
        balance: "some",
      },
    },
  },
  {
    email: "wei@example.com",
    targetPathways: ["eb2_niw"],
    field: "physical_sciences",
    keywords: ["battery materials", "solid-state electrolytes", "energy storage"],
    countryOfBirth: "CN",
    currentStatus: "h1b",
    stage: "rfe",
    goals:
      "Answer my RFE on national importance by March. The officer said my endeavour reads like a job description; I need to reframe it around US energy storage.",
    languages: ["zh", "en"],
    timezone: "America/Chicago",
    assessment: {
      eb2_niw: {
        merit_importance: ["none", "The RFE questions national importance (prong 1)"],
        well_positioned: ["strong", "PI on a DOE-funded project, 3 patents"],
        balance: "some",
      },
    },
  },
  {
    email: "diego@example.com",
    targetPathways: ["o1a", "eb1a"],
    field: "business",
    keywords: ["fintech", "payments", "startups"],
    countryOfBirth: "MX",
    currentStatus: "tn",
    stage: "assessing",
    goals: "Move from TN to O-1A this year so I can run my company, then build towards EB-1A.",
    languages: ["es", "en"],
    timezone: "America/Mexico_City",
    assessment: {
      o1a: { critical_role: "strong", high_salary: "strong", press: "some" },
      eb1a: { leading_role: "strong", high_salary: "strong", press: "some" },
    },
  },
  {
    email: "amara@example.com",
    targetPathways: ["eb2_niw"],
    field: "medicine_health",
    keywords: ["epidemiology", "infectious disease", "public health"],
    countryOfBirth: "NG",
    currentStatus: "f1_opt",
    stage: "exploring",
    goals:
      "Find out whether NIW is realistic before my OPT ends, and what evidence to start collecting now.",
    languages: ["en", "yo"],
    timezone: "America/New_York",
    assessment: { eb2_niw: { merit_importance: "some", well_positioned: "some", balance: "none" } },
  },
];

export const demoMentors: DemoMentor[] = [
  {
    email: "arjun@example.com",
    bio: "NLP researcher in Seattle. I self-petitioned for EB-1A with premium processing and answered an RFE on original contributions: I can show you how I used citation context and adoption letters to answer it, and how to document peer review as judging.",
    field: "ai_computing",
    topics: [
      "machine learning",
      "deep learning",
      "peer review",
      "self-petition",
      "original contributions",
    ],
    languages: ["hi", "en"],
    timezone: "America/Los_Angeles",
    countryOfBirth: "IN",
    countryVisibility: "members",
    caseDetailsVisibility: "members",
    capacity: 3,
    activeMentees: 0,
    accepting: true,
    cases: [
      {
        pathway: "eb1a",
        filedMonth: "2024-01-01",
        decidedMonth: "2024-03-01",
        serviceCentre: "nsc",
        premium: true,
        selfFiled: true,
        rfeCriteria: ["original_contributions"],
        outcome: "approved",
        claimed: ["scholarly_articles", "judging", "original_contributions", "press"],
        accepted: ["scholarly_articles", "judging", "original_contributions"],
        verified: true,
      },
    ],
  },
  {
    email: "lin@example.com",
    bio: "Polymer chemist in Houston. My NIW got an RFE on national importance; with my attorney we rewrote the endeavour around domestic manufacturing and it was approved. Happy to read your proposed endeavour and RFE response.",
    field: "physical_sciences",
    topics: ["polymers", "materials", "national interest waiver", "rfe response"],
    languages: ["zh", "en"],
    timezone: "America/Chicago",
    countryOfBirth: "CN",
    countryVisibility: "members",
    caseDetailsVisibility: "members",
    capacity: 2,
    activeMentees: 0,
    accepting: true,
    cases: [
      {
        pathway: "eb2_niw",
        filedMonth: "2022-08-01",
        decidedMonth: "2023-05-01",
        serviceCentre: "tsc",
        premium: false,
        selfFiled: false,
        rfeCriteria: ["merit_importance"],
        outcome: "approved",
        claimed: ["merit_importance", "well_positioned", "balance"],
        accepted: ["merit_importance", "well_positioned", "balance"],
        verified: true,
      },
    ],
  },
  {
    email: "sofia@example.com",
    bio: "Founder of a B2B SaaS company. I went from O-1A to EB-1A with an attorney. I help founders document a leading role, salary and equity, and press coverage that officers actually accept.",
    field: "business",
    topics: ["startups", "founders", "leading role", "press", "o-1a"],
    languages: ["es", "en"],
    timezone: "America/New_York",
    countryOfBirth: "CO",
    countryVisibility: "members",
    caseDetailsVisibility: "members",
    capacity: 2,
    activeMentees: 0,
    accepting: true,
    cases: [
      {
        pathway: "o1a",
        filedMonth: "2022-02-01",
        decidedMonth: "2022-03-01",
        serviceCentre: "other",
        premium: true,
        selfFiled: false,
        rfeCriteria: null,
        outcome: "approved",
        claimed: ["critical_role", "high_salary", "press"],
        accepted: ["critical_role", "high_salary", "press"],
        verified: true,
      },
      {
        pathway: "eb1a",
        filedMonth: "2025-01-01",
        decidedMonth: "2025-02-01",
        serviceCentre: "nsc",
        premium: true,
        selfFiled: false,
        rfeCriteria: null,
        outcome: "approved",
        claimed: ["leading_role", "high_salary", "press", "judging"],
        accepted: ["leading_role", "high_salary", "press"],
        verified: true,
      },
    ],
  },
  {
    email: "kwame@example.com",
    bio: "Public-health researcher. I self-petitioned for NIW with premium processing and no RFE. I can share how I framed national importance for global-health work done in the US.",
    field: "medicine_health",
    topics: ["epidemiology", "global health", "self-petition", "national interest waiver"],
    languages: ["en"],
    timezone: "America/New_York",
    countryOfBirth: "GH",
    countryVisibility: "members",
    caseDetailsVisibility: "members",
    capacity: 2,
    activeMentees: 0,
    accepting: true,
    cases: [
      {
        pathway: "eb2_niw",
        filedMonth: "2024-04-01",
        decidedMonth: "2024-05-01",
        serviceCentre: "nsc",
        premium: true,
        selfFiled: true,
        rfeCriteria: null,
        outcome: "approved",
        claimed: ["merit_importance", "well_positioned", "balance"],
        accepted: ["merit_importance", "well_positioned", "balance"],
        verified: false,
      },
    ],
  },
  {
    email: "yuki@example.com",
    bio: "Experimental physicist at a national lab. My employer filed EB-1B for me; I can explain what a university or lab needs to put in the offer letter.",
    field: "physical_sciences",
    topics: ["physics", "academia", "eb-1b", "research"],
    languages: ["ja", "en"],
    timezone: "America/Denver",
    countryOfBirth: "JP",
    countryVisibility: "members",
    caseDetailsVisibility: "members",
    capacity: 2,
    activeMentees: 0, // the seed's two mentorships with Yuki fill her capacity
    accepting: true,
    cases: [
      {
        pathway: "eb1b",
        filedMonth: "2023-01-01",
        decidedMonth: "2023-06-01",
        serviceCentre: "tsc",
        premium: false,
        selfFiled: false,
        rfeCriteria: null,
        outcome: "approved",
        claimed: ["scholarly_articles", "judging", "original_contributions"],
        accepted: ["scholarly_articles", "judging", "original_contributions"],
        verified: true,
      },
    ],
  },
  {
    email: "olena@example.com",
    bio: "Documentary filmmaker. I self-petitioned for EB-1A with festival awards, press and screenings as exhibitions. Artists' evidence looks different; I like helping people see what counts.",
    field: "arts_media",
    topics: ["film", "exhibitions", "awards", "press", "artists"],
    languages: ["uk", "en"],
    timezone: "America/New_York",
    countryOfBirth: "UA",
    countryVisibility: "members",
    caseDetailsVisibility: "members",
    capacity: 2,
    activeMentees: 0,
    accepting: false,
    pausedReason: "Finishing a film; back in the spring.",
    cases: [
      {
        pathway: "eb1a",
        filedMonth: "2020-10-01",
        decidedMonth: "2021-04-01",
        serviceCentre: "tsc",
        premium: false,
        selfFiled: true,
        rfeCriteria: null,
        outcome: "approved",
        claimed: ["awards", "press", "exhibitions", "judging"],
        accepted: ["awards", "press", "exhibitions"],
        verified: true,
      },
    ],
  },
];
