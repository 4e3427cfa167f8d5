// Countries (ISO 3166-1 alpha-2), languages (ISO 639-1) and Visa Bulletin chargeability areas.
import { countries as countryData, languages as languageData } from "countries-list";
import { vocabulary } from "@/lib/vocabulary";

/** A list of countries-list: its codes sorted, a code's name, and its choices by name. */
function isoList(data: Record<string, { name: string }>) {
  const codes = Object.keys(data).sort();
  const name = (code: string): string => data[code]?.name ?? code;
  return {
    codes,
    name,
    options: codes
      .map((code) => ({ value: code, label: name(code) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    isCode: (code: string): boolean => Object.hasOwn(data, code),
  };
}

export const {
  codes: countryCodes,
  name: countryName,
  options: countryOptions,
  isCode: isCountryCode,
} = isoList(countryData);

/** The Visa Bulletin lists these separately; everyone else is "rest of world". */
export const {
  codes: chargeabilityAreas,
  labels: chargeabilityLabels,
  options: chargeabilityOptions,
} = vocabulary({
  CN: "China (mainland-born)",
  IN: "India",
  MX: "Mexico",
  PH: "Philippines",
  ROW: "rest of world",
});
export type Chargeability = (typeof chargeabilityAreas)[number];

export function chargeabilityOf(countryOfBirth: string | null | undefined): Chargeability | null {
  if (!countryOfBirth) return null;
  return (["CN", "IN", "MX", "PH"] as const).find((c) => c === countryOfBirth) ?? "ROW";
}

export const {
  codes: languageCodes,
  name: languageName,
  options: languageOptions,
  isCode: isLanguageCode,
} = isoList(languageData);

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
