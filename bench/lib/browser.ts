// The browser side of the benchmark: Lighthouse (desktop preset) in Debian's Chromium on the
// landing, feed, thread and mentor pages, and the JavaScript each member page ships on first load
// (every <script src> of the HTML, gzipped, as the browser downloads it before the page works).
import zlib from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

/** The member pages whose first-load JavaScript is counted: the benchmark's and bench/first-load-js.ts's. */
export function memberPages(threadPath: string): string[] {
  return [
    "/feed",
    "/mentors",
    threadPath,
    "/search?q=letters",
    "/community",
    "/library",
    "/saved",
    "/notifications",
    "/profile",
  ];
}

export interface LighthouseScores {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export interface BundleSize {
  path: string;
  scripts: number;
  /** Gzipped kB of every script the HTML loads. */
  firstLoadKb: number;
}

export interface BrowserReport {
  lighthouse: LighthouseScores[];
  firstLoadJs: BundleSize[];
}

export async function lighthouseAndBundles(options: {
  baseUrl: string;
  cookie: string;
  pages: Array<{ name: string; path: string; signedIn: boolean }>;
  memberPages: string[];
  log: (line: string) => void;
}): Promise<BrowserReport> {
  const { log } = options;
  const scores: LighthouseScores[] = [];
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    for (const page of options.pages) {
      const result = await lighthouse(
        options.baseUrl + page.path,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
          extraHeaders: page.signedIn ? { Cookie: options.cookie } : undefined,
        },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const c = result.lhr.categories;
      const score = (key: string) => Math.round((c[key]?.score ?? 0) * 100);
      const row = {
        page: page.name,
        path: page.path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
      };
      scores.push(row);
      const failing = Object.values(result.lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            a.scoreDisplayMode !== "informative" &&
            a.scoreDisplayMode !== "manual",
        )
        .map((a) => a.id);
      log(
        `  Lighthouse ${page.name}: performance ${row.performance}, accessibility ${row.accessibility}, best practices ${row.bestPractices}, SEO ${row.seo}` +
          (failing.length ? ` (below 0.9: ${failing.slice(0, 8).join(", ")})` : ""),
      );
    }
  } finally {
    await chrome.kill();
  }

  const sizes = await firstLoadJs(options.baseUrl, options.cookie, options.memberPages);
  log("  First-load JavaScript (gzipped) per member page:");
  for (const s of sizes) log(`    ${s.path}: ${s.firstLoadKb} kB in ${s.scripts} scripts`);
  return { lighthouse: scores, firstLoadJs: sizes };
}

/** The scripts a page's HTML loads: every <script src>, without noModule polyfills (a modern
 * browser skips those). */
export function scriptSources(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/<script([^>]+)>/g)]
        .filter((m) => !/\snoModule/i.test(m[1]!))
        .map((m) => /\ssrc="([^"]+\.js[^"]*)"/.exec(m[1]!)?.[1])
        .filter((src): src is string => Boolean(src)),
    ),
  ];
}

/** Gzipped size of every script each page's HTML loads, fetched with the member's cookie. */
export async function firstLoadJs(
  baseUrl: string,
  cookie: string,
  paths: string[],
  perScript?: (path: string, src: string, gzBytes: number) => void,
): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  const cache = new Map<string, number>();
  for (const path of paths) {
    const html = await (await fetch(baseUrl + path, { headers: { cookie } })).text();
    const srcs = scriptSources(html);
    let bytes = 0;
    for (const src of srcs) {
      if (!cache.has(src)) {
        const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
        cache.set(src, zlib.gzipSync(body).length);
      }
      bytes += cache.get(src)!;
      perScript?.(path, src, cache.get(src)!);
    }
    sizes.push({ path, scripts: srcs.length, firstLoadKb: Math.round(bytes / 102.4) / 10 });
  }
  return sizes;
}
