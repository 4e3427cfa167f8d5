// WCAG AA contrast of the colour tokens in app/globals.css, in both themes.
import { readFileSync } from "node:fs";
import path from "node:path";

const css = readFileSync(path.resolve(import.meta.dirname, "../../app/globals.css"), "utf8");

function readTokens(selector: string): Record<string, string> {
  const start = css.indexOf(`\n${selector} {`);
  if (start === -1) throw new Error(`no ${selector} block in globals.css`);
  const block = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries(
    [...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const surfaces = ["surface", "surface-raised", "surface-muted"];
const textOnSurfaces = ["fg", "muted", "accent", "accent-hover", "danger", "success", "warning"];

// [foreground, background, minimum ratio]
const pairs: [string, string, number][] = [
  ...surfaces.flatMap((bg) => textOnSurfaces.map((fg): [string, string, number] => [fg, bg, 4.5])),
  // Control edges and the focus ring need 3:1 against what surrounds them.
  ...surfaces.flatMap((bg): [string, string, number][] => [
    ["border-strong", bg, 3],
    ["ring", bg, 3],
  ]),
  ["accent-fg", "accent", 4.5],
  ["accent-fg", "accent-hover", 4.5],
  ["danger-fg", "danger", 4.5],
  ["danger-fg", "danger-hover", 4.5],
  ["success-fg", "success", 4.5],
  ["warning-fg", "warning", 4.5],
  ...["accent", "danger", "success", "warning"].flatMap((tone): [string, string, number][] => [
    ["fg", `${tone}-subtle`, 4.5],
    ["muted", `${tone}-subtle`, 4.5],
    [tone, `${tone}-subtle`, 4.5],
  ]),
];

describe.each([
  ["light", ":root"],
  ["dark", ".dark"],
])("%s theme tokens", (_name, selector) => {
  const tokens = readTokens(selector);

  test.each(pairs)("%s on %s reaches %s:1", (fg, bg, min) => {
    const fgHex = tokens[fg];
    const bgHex = tokens[bg];
    expect(fgHex, `--${fg}`).toBeDefined();
    expect(bgHex, `--${bg}`).toBeDefined();
    expect(contrast(fgHex ?? "", bgHex ?? "")).toBeGreaterThanOrEqual(min);
  });
});
