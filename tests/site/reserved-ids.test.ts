import { readdirSync } from "node:fs";
import { join } from "node:path";
import { reservedOrganisationIds } from "@sparbar/core";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";

const pages = join(repoRoot, "site", "src", "pages");

/**
 * The first path segments a pages folder serves that an organisation id could also be (lower
 * case, no dot): `sok/` and `om/`, not `flode.xml` or `404.html`.
 */
function topLevelSegments(dir: string): string[] {
  return readdirSync(dir)
    .map((entry) => entry.replace(/\.(astro|ts)$/, ""))
    .filter((segment) => segment !== "index" && /^[a-z][a-z0-9-]*$/.test(segment));
}

describe("organisation ids core refuses", () => {
  it("include every top-level page of the site, Swedish and English", () => {
    const segments = [...topLevelSegments(pages), ...topLevelSegments(join(pages, "en"))];
    expect(segments.length).toBeGreaterThan(10);
    for (const segment of segments) expect(reservedOrganisationIds, segment).toContain(segment);
  });
});
