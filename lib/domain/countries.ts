// Countries (ISO 3166-1 alpha-2), languages (ISO 639-1) and Visa Bulletin chargeability areas.
import { countries as countryData, languages as languageData } from "countries-list";

export const countryCodes = Object.keys(countryData).sort() as string[];

export function countryName(code: string): string {
  return (countryData as Record<string, { name: string }>)[code]?.name ?? code;
}

/** The countries as choices of a select or a filter, by name. */
export const countryOptions = countryCodes
  .map((code) => ({ value: code, label: countryName(code) }))
  .sort((a, b) => a.label.localeCompare(b.label));

export function isCountryCode(code: string): boolean {
  return code in countryData;
}

/** The Visa Bulletin lists these separately; everyone else is "rest of world". */
export const chargeabilityAreas = ["CN", "IN", "MX", "PH", "ROW"] as const;
export type Chargeability = (typeof chargeabilityAreas)[number];

export function chargeabilityOf(countryOfBirth: string | null | undefined): Chargeability | null {
  if (!countryOfBirth) return null;
  return (["CN", "IN", "MX", "PH"] as const).find((c) => c === countryOfBirth) ?? "ROW";
}

export const chargeabilityLabels: Record<Chargeability, string> = {
  CN: "China (mainland-born)",
  IN: "India",
  MX: "Mexico",
  PH: "Philippines",
  ROW: "rest of world",
};

/** The areas of chargeability as choices of a select or a filter. */
export const chargeabilityOptions = chargeabilityAreas.map((c) => ({
  value: c,
  label: chargeabilityLabels[c],
}));

export const languageCodes = Object.keys(languageData).sort() as string[];

export function languageName(code: string): string {
  return (languageData as Record<string, { name: string }>)[code]?.name ?? code;
}

/** The languages as choices of a select or a filter, by name. */
export const languageOptions = languageCodes
  .map((code) => ({ value: code, label: languageName(code) }))
  .sort((a, b) => a.label.localeCompare(b.label));

export function isLanguageCode(code: string): boolean {
  return code in languageData;
}

export const timeZones: string[] = Intl.supportedValuesOf("timeZone");

const zoneCheck = new Map<string, boolean>();

/** Any zone Intl understands, including current names ICU lists under old ones (Asia/Kolkata). */
export function isTimeZone(tz: string): boolean {
  let ok = zoneCheck.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      ok = tz.length <= 64 && /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(tz);
    } catch {
      ok = false;
    }
    if (zoneCheck.size < 2000) zoneCheck.set(tz, ok);
  }
  return ok;
}

const offsetCache = new Map<string, number>();

/** A zone's UTC offset in hours at a moment; cached per zone and hour (Intl is slow to build). */
export function utcOffsetHours(tz: string, at = new Date()): number {
  const key = `${tz}|${Math.floor(at.getTime() / 3_600_000)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    timeZoneName: "longOffset",
  }).formatToParts(at);
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  const hours = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) + Number(m[3] ?? 0) / 60) : 0;
  if (offsetCache.size > 5000) offsetCache.clear();
  offsetCache.set(key, hours);
  return hours;
}

/** Hours between two IANA zones at a moment (absolute, rounded to the half hour). */
export function hoursApart(a: string, b: string, at = new Date()): number {
  return Math.round(Math.abs(utcOffsetHours(a, at) - utcOffsetHours(b, at)) * 2) / 2;
}
