// `npx tsx bench/first-load-js.ts [--base http://localhost:3700] [--scripts]`: the first-load
// JavaScript of the member pages (every <script src> of the HTML, gzipped; measured as `npm run
// bench` measures it, bench/lib/browser.ts) against a running server with the demo data, signed
// in as Priya through the real form. `--scripts` also lists each script's size and the pages that
// load it, to find what ships to every page.
import { flag, optionText } from "./lib/args";
import { firstLoadJs, memberPages } from "./lib/browser";
import { signInInBrowser } from "./lib/session";

const TARGET_KB = 130;

async function main() {
  const baseUrl = optionText("base") ?? "http://localhost:3700";
  const { cookie } = await signInInBrowser({
    baseUrl,
    email: "priya@example.com",
    password: "landed-demo-2026",
    threadPath: undefined,
  });
  const community = await (await fetch(`${baseUrl}/community`, { headers: { cookie } })).text();
  const thread = /href="(\/community\/[0-9a-f-]{36}\/[^"]+)"/.exec(community)?.[1];
  if (!thread) throw new Error("no thread link on /community");
  const paths = memberPages(thread);
  const scripts = new Map<string, { gz: number; pages: string[] }>();
  const sizes = await firstLoadJs(baseUrl, cookie, paths, (path, src, gz) => {
    const entry = scripts.get(src) ?? { gz, pages: [] };
    entry.pages.push(path);
    scripts.set(src, entry);
  });
  for (const s of sizes) {
    const mark = s.firstLoadKb <= TARGET_KB ? "" : `  (over ${TARGET_KB} kB)`;
    console.log(`${s.path}: ${s.firstLoadKb} kB in ${s.scripts} scripts${mark}`);
  }
  if (flag("scripts")) {
    console.log("\nScripts (gzipped kB, on how many of the pages):");
    for (const [src, { gz, pages }] of [...scripts].sort((a, b) => b[1].gz - a[1].gz)) {
      console.log(
        `  ${(gz / 1024).toFixed(1).padStart(6)}  ${pages.length}/${paths.length}  ${src}`,
      );
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
