import { render } from "@testing-library/react";
import * as icons from "@/components/ui/icons";
import { GET } from "@/app/icons.svg/route";
import { sprite, spriteIcons, spriteSvg } from "@/lib/icons/sprite";

const components = Object.entries(icons).filter(([, value]) => typeof value === "function") as [
  string,
  icons.IconComponent,
][];

function symbolIds(svg: string): string[] {
  return [...svg.matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]!);
}

describe("icons", () => {
  test("every icon points at a symbol of the sprite, and every symbol is used by one icon", () => {
    const ids = symbolIds(spriteSvg());
    const used = components.map(([name, Icon]) => {
      const { container } = render(<Icon />);
      const href = container.querySelector("use")?.getAttribute("href");
      expect(href, name).toMatch(/^\/icons\.svg#/);
      return href!.slice("/icons.svg#".length);
    });
    expect(new Set(used).size).toBe(used.length);
    expect(used.toSorted()).toEqual(ids.toSorted());
    expect(ids.toSorted()).toEqual(Object.keys(spriteIcons).toSorted());
  });

  test("the sprite holds lucide's glyphs in a 24 by 24 view box", () => {
    const svg = spriteSvg();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg">')).toBe(true);
    expect(svg).toContain(
      '<symbol id="bookmark" viewBox="0 0 24 24"><path d="M17 3a2 2 0 0 1 2 2v15a1 1 0 0 1-1.496.868l-4.512-2.578a2 2 0 0 0-1.984 0l-4.512 2.578A1 1 0 0 1 5 20V5a2 2 0 0 1 2-2z"/></symbol>',
    );
    // Well-formed: a browser refuses a sprite that does not parse as XML.
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelectorAll("symbol")).toHaveLength(Object.keys(spriteIcons).length);
  });

  test("an icon is decorative unless it is named, and takes the caller's attributes", () => {
    const { container } = render(
      <>
        <icons.Bookmark className="size-4 fill-current" />
        <icons.Flag aria-label="Reported" />
      </>,
    );
    const [plain, named] = container.querySelectorAll("svg");
    expect(plain).toHaveAttribute("aria-hidden", "true");
    // Size and stroke come from the .icon class: no per-icon presentation attributes in the markup.
    expect(plain).toHaveAttribute("class", "icon size-4 fill-current");
    expect(plain).not.toHaveAttribute("stroke");
    expect(plain).not.toHaveAttribute("width");
    expect(named).toHaveAttribute("class", "icon");
    expect(named).not.toHaveAttribute("aria-hidden");
    expect(named).toHaveAttribute("aria-label", "Reported");
  });

  test("/icons.svg serves the sprite with an ETag, and answers 304 when the browser has it", async () => {
    const fresh = GET(new Request("http://localhost/icons.svg"));
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(fresh.headers.get("cache-control")).toBe("public, no-cache");
    expect(await fresh.text()).toBe(spriteSvg());
    const etag = fresh.headers.get("etag");
    expect(etag).toBe(sprite().etag);

    const cached = GET(
      new Request("http://localhost/icons.svg", { headers: { "if-none-match": etag! } }),
    );
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
    const stale = GET(
      new Request("http://localhost/icons.svg", { headers: { "if-none-match": '"old"' } }),
    );
    expect(stale.status).toBe(200);
  });
});
