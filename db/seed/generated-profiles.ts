// Profiles for generated members: about one in five is a mentor with a case record, most of the
// rest are applicants at some stage. Deterministic: member n always gets the same profile.
import { pathwayRequirements, type CriterionCode, type Strength } from "@/lib/domain/criteria";
import {
  fields,
  type FieldCode,
  type OutcomeCode,
  type ServiceCentreCode,
} from "@/lib/domain/case-facts";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";
import { memberOrigin, seededRandom } from "@/tests/factories";
import type { DemoApplicant, DemoMentor } from "./demo-profiles";

const mentorPathways: PathwayCode[] = ["eb1a", "eb1a", "eb2_niw", "eb2_niw", "o1a", "eb1b"];
const fieldTopics: Record<FieldCode, string[]> = {
  ai_computing: ["machine learning", "distributed systems", "security", "robotics", "data science"],
  engineering: ["semiconductors", "aerospace", "civil engineering", "batteries", "manufacturing"],
  physical_sciences: ["quantum computing", "materials", "chemistry", "astrophysics", "optics"],
  life_sciences: ["genomics", "neuroscience", "drug discovery", "immunology", "synthetic biology"],
  medicine_health: ["epidemiology", "oncology", "global health", "cardiology", "health policy"],
  business: ["startups", "fintech", "venture capital", "product management", "marketplaces"],
  arts_media: ["film", "photography", "music", "design", "journalism"],
  social_sciences: [
    "economics",
    "development",
    "political science",
    "urban planning",
    "psychology",
  ],
  education: ["edtech", "curriculum design", "higher education", "literacy", "STEM outreach"],
  law_policy: ["technology policy", "climate policy", "public interest", "trade", "human rights"],
  sports: ["coaching", "sports science", "athletics", "esports", "football"],
  other: ["nonprofits", "architecture", "agriculture", "logistics", "energy"],
};
const fieldList = Object.keys(fields).filter((f) => f !== "other") as FieldCode[];
const zones = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "Europe/London",
  "Asia/Kolkata",
];
const stagesForApplicants: StageCode[] = [
  "exploring",
  "assessing",
  "building_evidence",
  "building_evidence",
  "drafting",
  "filed",
  "rfe",
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function pickSome<T>(rand: () => number, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length)
    out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
  return out;
}

const bioOpeners = [
  "I work in {field} and was approved for {pathway} in {year}.",
  "{pathway} approved in {year}, after a long evening-and-weekend project of my own.",
  "I got my {pathway} approval in {year} while working in {field}.",
];
const bioMiddles = [
  "{self} I kept a spreadsheet of every exhibit, and I am happy to share how I organised it.",
  "{self} The hardest part was getting recommendation letters from people who had never worked with me.",
  "{self} I learned the most from reading other people's approved petitions, so I try to pay that back.",
];
const bioClosers = [
  "Ask me about {topic} evidence and how to keep a petition letter readable.",
  "I can help most with {topic} and with planning a timeline that fits around a full-time job.",
  "Happy to talk about {topic}, and about staying sane while you wait for a decision.",
];

export function generatedMentor(n: number, email: string): DemoMentor {
  const rand = seededRandom(9_000 + n);
  const origin = memberOrigin(n);
  const field = pick(rand, fieldList);
  const pathway = pick(rand, mentorPathways);
  const criteria = pathwayRequirements[pathway].criteria;
  const claimed = pickSome(rand, criteria, Math.min(criteria.length, 3 + Math.floor(rand() * 2)));
  const accepted =
    pathway === "eb2_niw"
      ? claimed
      : claimed.slice(0, Math.max(pathwayRequirements[pathway].needed ?? 1, 1));
  const year = 2019 + Math.floor(rand() * 7);
  const month = 1 + Math.floor(rand() * 12);
  const rfe = rand() < 0.35;
  const selfFiled = rand() < 0.55;
  const topics = pickSome(rand, fieldTopics[field], 3);
  const capacity = 1 + Math.floor(rand() * 4);
  const pathwayName = {
    eb1a: "EB-1A",
    eb1b: "EB-1B",
    eb1c: "EB-1C",
    eb2_niw: "EB-2 NIW",
    o1a: "O-1A",
  }[pathway];
  const fill = (t: string) =>
    t
      .replace("{field}", fields[field].toLowerCase())
      .replace("{pathway}", pathwayName)
      .replace("{year}", String(year))
      .replace("{topic}", topics[0] ?? "evidence")
      .replace("{self}", selfFiled ? "I filed it myself." : "I filed with an attorney.");
  return {
    email,
    bio: [pick(rand, bioOpeners), pick(rand, bioMiddles), pick(rand, bioClosers)]
      .map(fill)
      .join(" "),
    field,
    topics,
    languages: origin.languages,
    timezone: pick(rand, zones),
    countryOfBirth: origin.countryOfBirth,
    countryVisibility: rand() < 0.6 ? "members" : "private",
    caseDetailsVisibility: rand() < 0.5 ? "members" : "private",
    capacity,
    activeMentees: Math.floor(rand() * (capacity + 1)),
    accepting: rand() < 0.85,
    cases: [
      {
        pathway,
        filedMonth: `${year - 1}-${String(month).padStart(2, "0")}-01`,
        decidedMonth: `${year}-${String(month).padStart(2, "0")}-01`,
        serviceCentre: pick(rand, ["nsc", "tsc", "nsc", "unknown"] as ServiceCentreCode[]),
        premium: rand() < 0.6,
        selfFiled,
        rfeCriteria: rfe ? claimed.slice(0, 1) : null,
        outcome: "approved" as OutcomeCode,
        claimed: claimed as CriterionCode[],
        accepted: accepted as CriterionCode[],
        verified: rand() < 0.5,
      },
    ],
  };
}

export function generatedApplicant(n: number, email: string): DemoApplicant {
  const rand = seededRandom(7_000 + n);
  const origin = memberOrigin(n);
  const field = pick(rand, fieldList);
  const targetPathways = pickSome(
    rand,
    ["eb1a", "eb2_niw", "o1a", "eb1b"] as PathwayCode[],
    1 + Math.floor(rand() * 2),
  );
  const strengths: Strength[] = ["none", "none", "some", "strong"];
  const assessment: DemoApplicant["assessment"] = {};
  for (const p of targetPathways) {
    assessment[p] = Object.fromEntries(
      pathwayRequirements[p].criteria.map((c) => [c, pick(rand, strengths)]),
    );
  }
  return {
    email,
    targetPathways,
    field,
    keywords: pickSome(rand, fieldTopics[field], 2),
    countryOfBirth: origin.countryOfBirth,
    currentStatus: pick(rand, ["h1b", "f1_opt", "o1", "l1", "outside_us"] as const),
    stage: pick(rand, stagesForApplicants),
    goals: "",
    languages: origin.languages,
    timezone: pick(rand, zones),
    assessment,
  };
}
