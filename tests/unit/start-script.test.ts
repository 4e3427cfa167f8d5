// `npm start` caps V8's heap (README, Performance: memory); the benchmark starts the server the same
// way, so the memory it reports is the memory of what ships.
import { readFileSync } from "node:fs";
import path from "node:path";
import { START_NODE_OPTIONS } from "../../bench/lib/server";

const pkg = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../../package.json"), "utf8"),
) as { scripts: Record<string, string> };

describe("npm start", () => {
  test("starts next with the heap limit the benchmark measures, before the caller's NODE_OPTIONS", () => {
    expect(START_NODE_OPTIONS).toMatch(/^--max-old-space-size=\d+$/);
    expect(pkg.scripts.start).toBe(`NODE_OPTIONS="${START_NODE_OPTIONS} $NODE_OPTIONS" next start`);
  });
});
