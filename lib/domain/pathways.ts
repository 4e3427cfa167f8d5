// The pathways Landed serves and what each must show (docs/domain.md). Facts live here as data.
import { vocabulary } from "@/lib/vocabulary";

/** The pathways, in the order Landed lists them; `pathwayOptions` show their short names. */
export const {
  codes: pathwayCodes,
  entries: pathways,
  options: pathwayOptions,
} = vocabulary(
  {
    eb1a: {
      code: "eb1a",
      name: "EB-1A, extraordinary ability",
      short: "EB-1A",
      whoFiles: "You (self-petition) or an employer",
      summary:
        "A green card for people at the top of their field: a major award, or 3 of 10 criteria, then a final-merits review.",
      officialUrl:
        "https://www.uscis.gov/working-in-the-united-states/permanent-workers/employment-based-immigration-first-preference-eb-1",
    },
    eb1b: {
      code: "eb1b",
      name: "EB-1B, outstanding professor or researcher",
      short: "EB-1B",
      whoFiles: "An employer",
      summary:
        "A green card for internationally recognised researchers with a qualifying job offer: 2 of 6 criteria.",
      officialUrl:
        "https://www.uscis.gov/working-in-the-united-states/permanent-workers/employment-based-immigration-first-preference-eb-1",
    },
    eb1c: {
      code: "eb1c",
      name: "EB-1C, multinational manager or executive",
      short: "EB-1C",
      whoFiles: "An employer",
      summary:
        "A green card for managers and executives transferred within a multinational company.",
      officialUrl:
        "https://www.uscis.gov/working-in-the-united-states/permanent-workers/employment-based-immigration-first-preference-eb-1",
    },
    eb2_niw: {
      code: "eb2_niw",
      name: "EB-2 National Interest Waiver",
      short: "EB-2 NIW",
      whoFiles: "You (self-petition)",
      summary:
        "A green card without a job offer when your work is in the national interest: the three Dhanasar prongs.",
      officialUrl:
        "https://www.uscis.gov/working-in-the-united-states/permanent-workers/employment-based-immigration-second-preference-eb-2",
    },
    o1a: {
      code: "o1a",
      name: "O-1A, extraordinary ability (temporary visa)",
      short: "O-1A",
      whoFiles: "A US employer or agent",
      summary:
        "A work visa for extraordinary ability: a major award, or 3 of 8 criteria. Often a step before EB-1A.",
      officialUrl:
        "https://www.uscis.gov/working-in-the-united-states/temporary-workers/o-1-visa-individuals-with-extraordinary-ability-or-achievement",
    },
  },
  (p) => p.short,
);
export type PathwayCode = (typeof pathwayCodes)[number];

export interface Pathway {
  code: PathwayCode;
  name: string;
  short: string;
  whoFiles: string;
  summary: string;
  officialUrl: string;
}

export const pathwayList: Pathway[] = pathwayCodes.map((c) => pathways[c]);
