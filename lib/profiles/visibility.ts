// Who may see which applicant-profile field: pure rules, applied by the queries before anything leaves.
import type { Visibility } from "@/lib/domain/case-facts";

/** How the viewer stands to the profile's owner, most trusted first. */
export type ViewerAccess = "self" | "admin" | "counterpart" | "member" | "anonymous";

/** Whether a field marked `level` may be shown to a viewer with this access. */
export function canSeeField(level: Visibility, access: ViewerAccess): boolean {
  switch (access) {
    case "self":
    case "admin":
    case "counterpart":
      return true;
    case "member":
      return level === "members" || level === "public";
    case "anonymous":
      return level === "public";
  }
}

/** Pathways, field, keywords, languages and time zone: signed-in members see them, visitors do not. */
export function canSeeBasics(access: ViewerAccess): boolean {
  return access !== "anonymous";
}
