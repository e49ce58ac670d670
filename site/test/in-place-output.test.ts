import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { holdsLastBuild, inPlaceOutput } from "../scripts/in-place-output.ts";

let made: string[] = [];
afterEach(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
  made = [];
});

function folders() {
  const base = mkdtempSync(join(tmpdir(), "sparbar-in-place-"));
  made.push(base);
  const cache = join(base, "cache");
  mkdirSync(cache);
  return { outDir: join(base, "dist"), cache };
}

function write(outDir: string, file: string, text = file, age = 0) {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  if (age > 0) {
    const then = new Date(Date.now() - age);
    utimesSync(path, then, then);
  }
}

const hour = 3_600_000;

type Hooks = {
  "astro:build:start": () => void;
  "astro:build:done": (params: unknown) => void;
};

/**
 * A build as the site's configuration and Astro run it: the configuration decides whether the
 * folder is built over, then the build starts, writes `written`, keeps `kept`, and ends.
 */
function build(outDir: string, cache: string, written: string[], kept: string[] = []) {
  const hooks = inPlaceOutput(outDir, cache, holdsLastBuild(outDir, cache))
    .hooks as unknown as Hooks;
  hooks["astro:build:start"]();
  for (const file of written) write(outDir, file, `${file} ${Date.now()}`);
  const logged: string[] = [];
  hooks["astro:build:done"]({
    dir: pathToFileURL(`${outDir}/`),
    assets: new Map([["/", [...written, ...kept].map((f) => pathToFileURL(join(outDir, f)))]]),
    logger: { info: (line: string) => logged.push(line) },
  });
  return logged;
}

describe("building over the last build's folder", () => {
  it("trusts the folder only while it holds the last build made with the cache", () => {
    const { outDir, cache } = folders();
    expect(holdsLastBuild(outDir, cache)).toBe(false);
    build(outDir, cache, ["index.html"]);
    expect(holdsLastBuild(outDir, cache)).toBe(true);
    expect(holdsLastBuild(join(outDir, "..", "other"), cache)).toBe(false);

    // Another build (without the cache, say) wrote the folder since.
    write(outDir, "index.html", "another build's front page");
    expect(holdsLastBuild(outDir, cache)).toBe(false);

    // A build that started and never finished is not trusted either.
    build(outDir, cache, ["index.html"]);
    expect(holdsLastBuild(outDir, cache)).toBe(true);
    (inPlaceOutput(outDir, cache, true).hooks as unknown as Hooks)["astro:build:start"]();
    expect(holdsLastBuild(outDir, cache)).toBe(false);
  });

  it("removes what the build neither wrote nor kept, and the folders left empty", () => {
    const { outDir, cache } = folders();
    build(outDir, cache, [
      "index.html",
      "org/svar/borttagen/index.html",
      "org/svar/kvar/index.html",
      "_astro/old.css",
      "pagefind/pagefind.js",
    ]);
    const logged = build(
      outDir,
      cache,
      ["index.html", "_astro/new.css"],
      ["org/svar/kvar/index.html"],
    );
    expect(existsSync(join(outDir, "org/svar/borttagen"))).toBe(false);
    expect(existsSync(join(outDir, "org/svar/kvar/index.html"))).toBe(true);
    expect(existsSync(join(outDir, "_astro/old.css"))).toBe(false);
    expect(existsSync(join(outDir, "_astro/new.css"))).toBe(true);
    expect(existsSync(join(outDir, "pagefind/pagefind.js"))).toBe(true);
    expect(logged).toEqual(["2 file(s) no longer built were removed"]);

    // The next build finds the pages to remove from the list this one left.
    const again = build(outDir, cache, ["index.html"]);
    expect(existsSync(join(outDir, "org"))).toBe(false);
    expect(existsSync(join(outDir, "_astro"))).toBe(false);
    expect(again).toEqual(["2 file(s) no longer built were removed"]);
  });

  it("finds stale files Astro does not name: Vite's assets and files at the top", () => {
    const { outDir, cache } = folders();
    build(outDir, cache, ["index.html", "org/index.html"]);
    // Files no build listed: an asset and a file at the top, both older than the build.
    write(outDir, "_astro/gammal.js", "an older asset", hour);
    write(outDir, "sitemap-0.xml", "an older sitemap", hour);
    const logged = build(outDir, cache, ["index.html", "org/index.html"]);
    expect(existsSync(join(outDir, "_astro/gammal.js"))).toBe(false);
    expect(existsSync(join(outDir, "sitemap-0.xml"))).toBe(false);
    expect(existsSync(join(outDir, "org/index.html"))).toBe(true);
    expect(logged).toEqual(["2 file(s) no longer built were removed"]);
  });

  it("looks through the whole folder when the last build's record lists no files", () => {
    const { outDir, cache } = folders();
    build(outDir, cache, ["index.html"]);
    const recordFile = join(cache, "sparbar-output.json");
    const { files: _, ...older } = JSON.parse(readFileSync(recordFile, "utf8"));
    writeFileSync(recordFile, JSON.stringify(older));
    write(outDir, "org/svar/okand/index.html", "a page no record names", hour);
    const logged = build(outDir, cache, ["index.html"]);
    expect(existsSync(join(outDir, "org"))).toBe(false);
    expect(logged).toEqual(["1 file(s) no longer built were removed"]);
  });

  it("prunes nothing in a folder that was not built over", () => {
    const { outDir, cache } = folders();
    // No record: the build's folder was emptied when it began, as Astro does without one.
    write(outDir, "org/svar/gammal/index.html", "left by something else", hour);
    const logged = build(outDir, cache, ["index.html"]);
    expect(existsSync(join(outDir, "org/svar/gammal/index.html"))).toBe(true);
    expect(logged).toEqual([]);
  });
});
