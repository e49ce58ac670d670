import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import {
  addResult,
  Corpus,
  checkCorpus,
  compareDiagnostics,
  type Diagnostic,
  emptyCorpus,
  inLanguage,
  type LoadedCorpus,
  listCorpusFiles,
  loadCorpus,
  loadSource,
  unreadCorpusFiles,
} from "@sparbar/core";
import type { Command } from "../command.ts";
import { type Context, UsageError } from "../context.ts";
import { printDiagnostic } from "../output/diagnostics.ts";

export interface CheckResult {
  files: number;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
}

/** Files named on the command line: inside the corpus by their corpus path, outside by theirs. */
async function selectFiles(
  ctx: Context,
  paths: string[],
): Promise<{ inside: Set<string>; outside: string[]; folders: string[] }> {
  const corpusFiles = await listCorpusFiles(ctx.root);
  const inside = new Set<string>();
  const outside: string[] = [];
  const folders: string[] = [];
  for (const path of paths) {
    const absolute = resolve(ctx.io.cwd, path);
    if (!existsSync(absolute)) throw new UsageError(ctx.t.noSuchPath(path));
    const fromRoot = relative(ctx.root, absolute).split(sep).join("/");
    const isInside = !fromRoot.startsWith("..") && !fromRoot.startsWith("/");
    if (statSync(absolute).isDirectory()) {
      const prefix = fromRoot === "" ? "" : `${fromRoot}/`;
      if (!isInside) throw new UsageError(ctx.t.folderOutside(path, ctx.root));
      folders.push(prefix);
      for (const f of corpusFiles) if (f.startsWith(prefix)) inside.add(f);
    } else if (isInside && corpusFiles.includes(fromRoot)) inside.add(fromRoot);
    else outside.push(absolute);
  }
  return { inside, outside, folders };
}

/** Where the last check of a corpus is remembered: outside the corpus, per corpus root. */
export function checkCacheFile(ctx: Context): string {
  const base =
    ctx.io.env.SPARBAR_CACHE_DIR ??
    join(ctx.io.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "sparbar");
  return join(base, `check-${createHash("sha1").update(ctx.root).digest("hex").slice(0, 16)}.json`);
}

export async function runCheck(
  ctx: Context,
  paths: string[],
  useCache = true,
): Promise<CheckResult> {
  const selection = paths.length > 0 ? await selectFiles(ctx, paths) : undefined;
  if (!selection?.outside.length) {
    // The whole corpus is checked either way; a cache makes a check after a small edit fast.
    const outcome = await checkCorpus(ctx.root, {
      ...(useCache ? { cacheFile: checkCacheFile(ctx) } : {}),
      onProgress: (done, total) => ctx.term.progress(ctx.t.loading, done, total),
    });
    ctx.term.clearProgress();
    const wanted = selection?.inside;
    // Files that look like sources but are not read: named, in the folders checked.
    const unread = unreadCorpusFiles(ctx.root).filter(
      (d) => !selection || selection.folders.some((prefix) => d.file.startsWith(prefix)),
    );
    const diagnostics = [
      ...(wanted ? outcome.diagnostics.filter((d) => wanted.has(d.file)) : outcome.diagnostics),
      ...unread,
    ].sort(compareDiagnostics);
    return {
      files: wanted ? wanted.size : outcome.files,
      errors: diagnostics.filter((d) => d.severity === "error").length,
      warnings: diagnostics.filter((d) => d.severity === "warning").length,
      diagnostics,
    };
  }
  let loaded: LoadedCorpus = await loadCorpus(ctx.root, {
    onProgress: (done, total) => ctx.term.progress(ctx.t.loading, done, total),
  });
  ctx.term.clearProgress();
  const outsideNames: string[] = [];
  if (selection?.outside.length) {
    // A file outside the corpus is checked against the corpus, as if it were part of it.
    const extra = emptyCorpus();
    for (const absolute of selection.outside) {
      const name = relative(ctx.io.cwd, absolute).split(sep).join("/");
      outsideNames.push(name);
      addResult(extra, loadSource(name, await readFile(absolute)));
    }
    loaded = {
      organisations: [...loaded.organisations, ...extra.organisations],
      audits: [...loaded.audits, ...extra.audits],
      responses: [...loaded.responses, ...extra.responses],
      broken: [...loaded.broken, ...extra.broken],
      diagnostics: [...loaded.diagnostics, ...extra.diagnostics],
    };
  }
  const corpus = new Corpus(loaded);
  const wanted = selection ? new Set([...selection.inside, ...outsideNames]) : undefined;
  const diagnostics = wanted
    ? corpus.diagnostics.filter((d) => wanted.has(d.file))
    : corpus.diagnostics;
  const files = wanted
    ? wanted.size
    : loaded.organisations.length +
      loaded.audits.length +
      loaded.responses.length +
      loaded.broken.length;
  return {
    files,
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    diagnostics,
  };
}

export const check: Command = {
  name: "check",
  summary: {
    sv: "Kontrollera källfilerna: varje problem med fil, rad och kolumn.",
    en: "Check the source files: every problem with its file, line and column.",
  },
  args: { sv: "[filer eller kataloger …]", en: "[files or folders …]" },
  options: {
    strict: { type: "boolean", default: false },
    "no-cache": { type: "boolean", default: false },
  },
  help: {
    strict: { sv: "varningar ger också slutkod 1", en: "warnings also give exit code 1" },
    "no-cache": {
      sv: "läs om alla filer i stället för att bara läsa det som ändrats sedan förra kontrollen",
      en: "read every file again instead of only what changed since the last check",
    },
  },
  notes: {
    sv: "Utan argument kontrolleras hela korpusen. En fil utanför korpusen kontrolleras mot korpusen,\nt.ex. ett utkast: sparbar check ~/utkast/yttrande.md",
    en: "Without arguments the whole corpus is checked. A file outside the corpus is checked against the\ncorpus, e.g. a draft: sparbar check ~/drafts/response.md",
  },
  async run(ctx, values, positionals) {
    const result = await runCheck(ctx, positionals, values["no-cache"] !== true);
    const failed = result.errors > 0 || (values.strict === true && result.warnings > 0);
    if (ctx.json) {
      const diagnostics = result.diagnostics.map((d) => inLanguage(d, ctx.lang));
      ctx.term.json({ ...result, diagnostics, root: ctx.root, ok: !failed });
      return failed ? 1 : 0;
    }
    for (const d of result.diagnostics) printDiagnostic(ctx, d);
    const { term, t } = ctx;
    const summary =
      result.errors + result.warnings === 0
        ? t.noProblems
        : t.problems(result.errors, result.warnings);
    const mark =
      result.errors > 0
        ? term.style("red", "✖")
        : result.warnings > 0
          ? term.style("yellow", "!")
          : term.style("green", "✔");
    if (result.diagnostics.length > 0) term.print();
    term.print(`${mark} ${t.checked(result.files)}: ${summary}`);
    return failed ? 1 : 0;
  },
};
