// docs/security.md #21: known RSC and proxy-bypass advisories affect versions below these. Checked
// in node_modules, in package-lock.json and in package.json's ranges. (`npm audit --omit=dev` runs
// in .ci/run when the registry offers an audit endpoint.)
import fs from "node:fs";
import path from "node:path";

function installedVersion(pkg: string): string {
  const file = path.join(process.cwd(), "node_modules", pkg, "package.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

/** Compares x.y.z[-pre] versions; a pre-release sorts before its release. */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = "", pre] = v.split("+")[0]!.split(/-(.*)/s);
    return { nums: core.split(".").map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre && !y.pre) return -1;
  if (!x.pre && y.pre) return 1;
  return 0;
}

describe("compareVersions", () => {
  it.each([
    ["16.2.11", "16.2.11", 0],
    ["16.2.10", "16.2.11", -1],
    ["16.10.0", "16.2.11", 1],
    ["17.0.0", "16.2.11", 1],
    ["16.2.11-canary.3", "16.2.11", -1],
    ["19.2.5", "19.2.4", 1],
  ])("%s vs %s is %i", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe("installed versions", () => {
  it.each([
    ["next", "16.2.11"],
    ["react", "19.2.5"],
    ["react-dom", "19.2.5"],
  ])("%s is at least %s", (pkg, minimum) => {
    const version = installedVersion(pkg);
    expect(
      compareVersions(version, minimum),
      `${pkg} ${version} < ${minimum}`,
    ).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ["next", "16.2.11"],
    ["react", "19.2.5"],
    ["react-dom", "19.2.5"],
  ])("package-lock.json resolves %s to at least %s", (pkg, minimum) => {
    // What `npm install` puts in place on a fresh machine (CI), not only what this one holds.
    const lock = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8"),
    ) as {
      packages: Record<string, { version?: string }>;
    };
    const version = lock.packages[`node_modules/${pkg}`]?.version;
    expect(version, `${pkg} missing from package-lock.json`).toBeDefined();
    expect(
      compareVersions(version!, minimum),
      `${pkg} ${version} < ${minimum}`,
    ).toBeGreaterThanOrEqual(0);
  });

  it("package.json asks for versions that cannot resolve below the minimums", () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8"),
    ) as {
      dependencies: Record<string, string>;
    };
    for (const [pkg, minimum] of [
      ["next", "16.2.11"],
      ["react", "19.2.5"],
      ["react-dom", "19.2.5"],
    ] as const) {
      const floor = /^[\^~]?(\d+\.\d+\.\d+)$/.exec(manifest.dependencies[pkg] ?? "")?.[1];
      expect(floor, `${pkg} range ${manifest.dependencies[pkg]}`).toBeDefined();
      expect(
        compareVersions(floor!, minimum),
        `${pkg} range floor ${floor}`,
      ).toBeGreaterThanOrEqual(0);
    }
  });

  it("react and react-dom are the same version", () => {
    expect(installedVersion("react-dom")).toBe(installedVersion("react"));
  });
});
