import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
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
  return { outDir: join(base, "dist"), cache: join(base, "cache") };
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

/** A build as Astro runs the hooks: it starts, writes `written`, keeps `kept`, and ends. */
function build(outDir: string, cache: string, written: string[], kept: string[] = []) {
  const hooks = inPlaceOutput(outDir, cache).hooks as unknown as Hooks;
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
    mkdirSync(cache, { recursive: true });
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
    (inPlaceOutput(outDir, cache).hooks as unknown as Hooks)["astro:build:start"]();
    expect(holdsLastBuild(outDir, cache)).toBe(false);
  });

  it("removes what the build neither wrote nor kept, and the folders left empty", () => {
    const { outDir, cache } = folders();
    mkdirSync(cache, { recursive: true });
    write(outDir, "org/svar/borttagen/index.html", "a deleted document's page", hour);
    write(outDir, "org/svar/kvar/index.html", "a page taken from the cache", hour);
    write(outDir, "_astro/old.css", "last build's stylesheet", hour);
    write(outDir, "pagefind/pagefind.js", "the search index, replaced after the build", hour);
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
  });
});
