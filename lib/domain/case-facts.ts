// Facts of a filed case (docs/domain.md): kept as data, never as logic.
export const serviceCentreCodes = ["nsc", "tsc", "other", "unknown"] as const;
export type ServiceCentreCode = (typeof serviceCentreCodes)[number];
export const serviceCentres: Record<ServiceCentreCode, string> = {
  nsc: "Nebraska Service Center",
  tsc: "Texas Service Center",
  other: "Another office",
  unknown: "Not known",
};

export const outcomeCodes = ["approved", "denied", "withdrawn", "pending"] as const;
export type OutcomeCode = (typeof outcomeCodes)[number];
export const outcomes: Record<OutcomeCode, string> = {
  approved: "Approved",
  denied: "Denied",
  withdrawn: "Withdrawn",
  pending: "Pending",
};

export const visaStatusCodes = [
  "h1b",
  "o1",
  "l1",
  "f1_opt",
  "j1",
  "tn",
  "e_visa",
  "h4",
  "other_us",
  "outside_us",
  "permanent_resident",
] as const;
export type VisaStatusCode = (typeof visaStatusCodes)[number];
export const visaStatuses: Record<VisaStatusCode, string> = {
  h1b: "H-1B",
  o1: "O-1",
  l1: "L-1",
  f1_opt: "F-1 / OPT",
  j1: "J-1",
  tn: "TN",
  e_visa: "E-1 / E-2 / E-3",
  h4: "H-4",
  other_us: "Another US status",
  outside_us: "Outside the US",
  permanent_resident: "Permanent resident",
};

/** Broad field families: matching treats two people in one family as the same field. */
export const fieldCodes = [
  "ai_computing",
  "engineering",
  "physical_sciences",
  "life_sciences",
  "medicine_health",
  "business",
  "arts_media",
  "social_sciences",
  "education",
  "law_policy",
  "sports",
  "other",
] as const;
export type FieldCode = (typeof fieldCodes)[number];
export const fields: Record<FieldCode, string> = {
  ai_computing: "Computer science and AI",
  engineering: "Engineering",
  physical_sciences: "Physical sciences",
  life_sciences: "Life sciences",
  medicine_health: "Medicine and public health",
  business: "Business and entrepreneurship",
  arts_media: "Arts, film and media",
  social_sciences: "Social sciences and economics",
  education: "Education",
  law_policy: "Law and policy",
  sports: "Sports",
  other: "Another field",
};

/** Who may see a sensitive field. "private": you, your mentorship counterparts and admins. */
export const visibilityLevels = ["private", "members", "public"] as const;
export type Visibility = (typeof visibilityLevels)[number];
export const visibilityLabels: Record<Visibility, string> = {
  private: "Only me, my mentors or mentees, and admins",
  members: "Signed-in Landed members",
  public: "Anyone",
};

/** The fields as choices of a select or a filter. */
export const fieldOptions = fieldCodes.map((f) => ({ value: f, label: fields[f] }));
