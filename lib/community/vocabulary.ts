// The words of the community (pure; no I/O): its categories, thread kinds and sorts. The lists are
// kept in code; a category's slug is stored on each thread as a PostgreSQL enum, so a new category
// is a code change plus a generated migration.
import { vocabulary } from "@/lib/vocabulary";

/** The categories, in the order the community lists them. */
export const {
  codes: categorySlugs,
  entries: categories,
  isCode: isCategorySlug,
} = vocabulary(
  {
    "pathways-eligibility": {
      slug: "pathways-eligibility",
      name: "Pathways & eligibility",
      description:
        "Which pathway fits: EB-1A, EB-1B, EB-1C, EB-2 NIW or O-1A, and whether you qualify.",
      visibility: "public",
    },
    "evidence-criteria": {
      slug: "evidence-criteria",
      name: "Evidence & criteria",
      description:
        "Building evidence for each criterion: awards, judging, press, contributions and more.",
      visibility: "public",
    },
    letters: {
      slug: "letters",
      name: "Letters",
      description: "Recommendation and expert letters, petition letters and how to ask for them.",
      visibility: "public",
    },
    "filing-rfes": {
      slug: "filing-rfes",
      name: "Filing & RFEs",
      description: "Filing the I-140, premium processing, service centres, RFEs and NOIDs.",
      visibility: "public",
    },
    "life-after-approval": {
      slug: "life-after-approval",
      name: "Life after approval",
      description: "Priority dates, adjustment of status, consular processing and settling in.",
      visibility: "public",
    },
    "off-topic": {
      slug: "off-topic",
      name: "Off-topic",
      description: "Everything else between members. Only signed-in members can read it.",
      visibility: "members",
    },
  },
  (c) => c.name,
);
export type CategorySlug = (typeof categorySlugs)[number];

export interface Category {
  slug: CategorySlug;
  name: string;
  description: string;
  /** Public categories are readable signed out; members-only ones need an account to read. */
  visibility: "public" | "members";
}

export const categoryList: readonly Category[] = categorySlugs.map((slug) => categories[slug]);

export const publicCategorySlugs: readonly CategorySlug[] = categorySlugs.filter(
  (slug) => categories[slug].visibility === "public",
);

export const { codes: threadKinds, labels: threadKindLabels } = vocabulary({
  question: "Question",
  discussion: "Discussion",
});
export type ThreadKind = (typeof threadKinds)[number];

export const { codes: threadSorts, labels: threadSortLabels } = vocabulary({
  latest: "Latest activity",
  newest: "Newest",
  top: "Top",
  unanswered: "Unanswered",
});
export type ThreadSort = (typeof threadSorts)[number];

/** What anonymous posts show to everyone but their author and moderators. */
export const ANONYMOUS_LABEL = "anonymous member";
