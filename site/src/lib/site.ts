import { resolve } from "node:path";
import {
  formatLocation,
  type IsoDay,
  openCorpus,
  parsePeriod,
  SiteModel,
  stockholmDay,
} from "@sparbar/core";

/**
 * The corpus the site is built from: SPARBAR_ROOT (default: the repository) as it stands on
 * SPARBAR_AS_OF (default: today in Stockholm). Loaded once per build and shared by the content
 * loader and every page.
 */
let model: Promise<SiteModel> | undefined;

export function corpusRoot(): string {
  return resolve(process.env.SPARBAR_ROOT ?? "..");
}

function asOfDay(): IsoDay {
  const value = process.env.SPARBAR_AS_OF;
  if (!value) return stockholmDay(Date.now());
  const parsed = parsePeriod(value);
  if (!parsed.ok) throw new Error(`SPARBAR_AS_OF: ${parsed.message}`);
  return parsed.period.end;
}

export function siteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const root = corpusRoot();
    const corpus = await openCorpus(root);
    const errors = corpus.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      const listed = errors
        .slice(0, 20)
        .map((d) => `  ${formatLocation(d)} ${d.code} ${d.message}`);
      throw new Error(
        `The corpus at ${root} has ${errors.length} errors; the site is not built from a corpus with errors.\nRun \`pnpm sparbar check\` to see them all.\n${listed.join("\n")}`,
      );
    }
    return new SiteModel(corpus, asOfDay());
  })();
  return model;
}
