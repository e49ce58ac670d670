import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { codeFingerprint, compareOrganisations } from "@sparbar/core";
import type { CorpusView } from "@sparbar/core/view";
import { buildCacheFolder } from "./settings.ts";

/**
 * Each organisation's part of a corpus-wide download (the open-data JSON, the CSVs, the
 * calendars), in the order the download joins them. With a build cache (SPARBAR_BUILD_CACHE)
 * a part is kept there under the organisation's page key and core's code, so after an edit only
 * the parts of the organisations the edit reaches are made again: the national files are
 * hundreds of megabytes, and making them all again took seconds of every rebuild.
 */
export function organisationParts(
  view: CorpusView,
  download: string,
  make: (organisation: string) => string,
): string[] {
  const organisations = view.pages().organisations.toSorted(compareOrganisations);
  const cache = buildCacheFolder();
  if (!cache) return organisations.map(make);
  const keys = view.pageKeys();
  return keptParts({
    folder: join(cache, "download-parts"),
    download,
    organisations,
    keyOf: (organisation) => `${codeFingerprint()} ${keys.organisation(organisation)}`,
    make,
  });
}

export interface KeptParts {
  folder: string;
  /** Which download the parts belong to; a part is kept per download and organisation. */
  download: string;
  organisations: readonly string[];
  /** What the part is made from: a kept part with another key is made again. */
  keyOf: (organisation: string) => string;
  make: (organisation: string) => string;
}

/** The parts, each taken from the folder when kept there with its key, else made and kept. */
export function keptParts({ folder, download, organisations, keyOf, make }: KeptParts): string[] {
  return organisations.map((organisation) => {
    const name = createHash("sha1").update(`${download}\n${organisation}`).digest("hex");
    const file = join(folder, name);
    const key = `${keyOf(organisation)}\n`;
    const kept = readKept(file, key);
    if (kept !== undefined) return kept;
    const part = make(organisation);
    keep(file, key, part);
    return part;
  });
}

function readKept(file: string, key: string): string | undefined {
  try {
    const text = readFileSync(file, "utf8");
    return text.startsWith(key) ? text.slice(key.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (a temporary file renamed); a part not kept is made next time. */
function keep(file: string, key: string, part: string): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, key + part);
    renameSync(partial, file);
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing was written where nothing can be.
    }
  }
}
