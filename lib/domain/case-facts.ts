// Facts of a filed case (docs/domain.md): kept as data, never as logic.
import { vocabulary } from "@/lib/vocabulary";

export const { codes: serviceCentreCodes, labels: serviceCentres } = vocabulary({
  nsc: "Nebraska Service Center",
  tsc: "Texas Service Center",
  other: "Another office",
  unknown: "Not known",
});
export type ServiceCentreCode = (typeof serviceCentreCodes)[number];

export const { codes: outcomeCodes, labels: outcomes } = vocabulary({
  approved: "Approved",
  denied: "Denied",
  withdrawn: "Withdrawn",
  pending: "Pending",
});
export type OutcomeCode = (typeof outcomeCodes)[number];

export const { codes: visaStatusCodes, labels: visaStatuses } = vocabulary({
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
});
export type VisaStatusCode = (typeof visaStatusCodes)[number];

/** Broad field families: matching treats two people in one family as the same field. */
export const {
  codes: fieldCodes,
  labels: fields,
  options: fieldOptions,
} = vocabulary({
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
});
export type FieldCode = (typeof fieldCodes)[number];

/** Who may see a sensitive field. "private": you, your mentorship counterparts and admins. */
export const { codes: visibilityLevels, labels: visibilityLabels } = vocabulary({
  private: "Only me, my mentors or mentees, and admins",
  members: "Signed-in Landed members",
  public: "Anyone",
});
export type Visibility = (typeof visibilityLevels)[number];
