// Every weight of mentor matching in one place, each with why (docs/decisions/004-matching.md).

export const weights = {
  /** The mentor was approved on a pathway the applicant targets: the reason a match exists at all. */
  targetPathway: 30,
  /** Each further shared pathway (O-1A then EB-1A, EB-1A with NIW as backup): the same plan walked. */
  furtherPathway: 10,

  /** A criterion the officer accepted from the mentor where the applicant has no evidence yet. */
  complementsNone: 8,
  /** …where the applicant has some evidence: still a gap, but a smaller one. */
  complementsSome: 5,
  /** At most this many criteria count, so a long list of accepted criteria cannot swamp the rest. */
  complementsMaxCriteria: 3,

  /** An applicant answering an RFE gains most from someone who answered one on the same pathway. */
  rfeOnPathway: 12,
  /** …and more when that RFE was on a criterion where the applicant is weak (likely what they face). */
  rfeOnWeakCriterion: 8,

  /** Born in India, China, Mexico or the Philippines: long, separate Visa Bulletin queues, shared know-how. */
  chargeabilityLongQueue: 15,
  /** Both rest of world: a common queue, so it says little about a shared experience. */
  chargeabilityRestOfWorld: 3,

  /** The same field family: the mentor knows what evidence looks like in that field. */
  sameField: 10,
  /** Each keyword the applicant gave that is one of the mentor's topics (case-insensitive). */
  sharedTopic: 3,
  /** At most this many shared topics count: topics refine, they do not decide. */
  sharedTopicMax: 3,

  /** A shared language other than English (everyone on Landed speaks English, so it earns nothing). */
  sharedLanguage: 6,

  /** At most 3 hours apart: calls fit in both working days. */
  timezoneWithin3h: 6,
  /** At most 6 hours apart: calls are possible with some effort. */
  timezoneWithin6h: 3,

  /** The approval on a shared pathway was checked by an admin: the claim can be trusted. */
  verifiedOutcome: 8,

  /** Penalty at full utilisation, scaled by activeMentees / capacity, so busy mentors sink. */
  loadAtFull: -15,
  /** Pending requests a mentor can take without penalty. */
  pendingFree: 1,
  /** Penalty per pending request beyond the free ones, so a popular mentor is not flooded. */
  pendingEach: -3,
  /** The pending-requests penalty stops here. */
  pendingMax: -12,
} as const;

export type Weights = typeof weights;

/** Chargeability areas with their own Visa Bulletin queue (lib/domain/countries `chargeabilityAreas`). */
export const longQueueAreas = ["CN", "IN", "MX", "PH"] as const;

/** Utilisation at or above this reads "Near capacity". */
export const NEAR_CAPACITY = 0.5;

/** Pending requests at or above this read "Many pending requests". */
export const MANY_PENDING = 4;
