// A route's files import from their own route, its parents, or app/_actions: never from a sibling
// route. What two routes share lives in components/, lib/ or app/_actions/ (docs/architecture.md).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const appDir = path.join(root, "app");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** The import specifiers of a file: static imports, re-exports and dynamic imports. */
export function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) found.push(m[1]!);
  return found;
}

/** The route a path belongs to: its folders under app/, private ones (`_x`) left out. */
export function routeOf(fileOrDir: string): string[] {
  return path
    .relative(appDir, fileOrDir)
    .split(path.sep)
    .filter((segment) => segment !== "" && !segment.startsWith("_"));
}

/** Where an import lands inside app/, or null when it leaves app/ (components, lib, packages). */
function target(from: string, spec: string): string | null {
  const resolved = spec.startsWith("@/app/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  return resolved && resolved.startsWith(appDir + path.sep) ? resolved : null;
}

export function crossesRoutes(from: string, spec: string): boolean {
  const to = target(from, spec);
  if (!to) return false;
  const own = routeOf(path.dirname(from));
  const theirs = routeOf(path.dirname(to));
  // Allowed: the target's route is this file's route or one of its parents.
  return theirs.length > own.length || theirs.some((segment, i) => own[i] !== segment);
}

describe("route imports", () => {
  it("recognises a sibling route and allows parents and app/_actions", () => {
    const page = path.join(appDir, "(public)/mentors/[handle]/page.tsx");
    expect(crossesRoutes(page, "@/app/(member)/moderation/actions")).toBe(true);
    expect(crossesRoutes(page, "../../community/_components/thread-row")).toBe(true);
    expect(crossesRoutes(page, "./_components/request-section")).toBe(false);
    expect(crossesRoutes(page, "../_components/mentor-header")).toBe(false);
    expect(crossesRoutes(page, "@/app/_actions/report")).toBe(false);
    expect(crossesRoutes(page, "@/lib/action")).toBe(false);
  });

  it("no file under app/ reaches into another route", () => {
    const offenders = sourceFiles(appDir).flatMap((file) =>
      specifiers(fs.readFileSync(file, "utf8"))
        .filter((spec) => crossesRoutes(file, spec))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("components/ and lib/ never import from app/", () => {
    const offenders = [path.join(root, "components"), path.join(root, "lib")].flatMap((dir) =>
      sourceFiles(dir).flatMap((file) =>
        specifiers(fs.readFileSync(file, "utf8"))
          .filter((spec) => spec.startsWith("@/app/"))
          .map((spec) => `${path.relative(root, file)} imports ${spec}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
