import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { checkCorpus, type Diagnostic, inLanguage, walkCorpus } from "@sparbar/core";
import type { Command } from "../command.ts";
import { type Context, UsageError } from "../context.ts";
import { printDiagnostics } from "../output/diagnostics.ts";

interface CheckResult {
  files: number;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
}

/** Files named on the command line: inside the corpus by their corpus path, outside by theirs. */
async function selectFiles(
  ctx: Context,
  paths: string[],
): Promise<{ inside: Set<string>; outside: string[] }> {
  const listing = await walkCorpus(ctx.root);
  // An entry the walk refused or does not read is named by its problem, with the others.
  const corpusFiles = [...listing.files.map((f) => f.file), ...listing.refused.map((d) => d.file)];
  const inside = new Set<string>();
  const outside: string[] = [];
  for (const path of paths) {
    const absolute = resolve(ctx.io.cwd, path);
    if (!existsSync(absolute)) throw new UsageError(ctx.t.noSuchPath(path));
    const fromRoot = relative(ctx.root, absolute).split(sep).join("/");
    const isInside = !fromRoot.startsWith("..") && !fromRoot.startsWith("/");
    if (statSync(absolute).isDirectory()) {
      const prefix = fromRoot === "" ? "" : `${fromRoot}/`;
      if (!isInside) throw new UsageError(ctx.t.folderOutside(path, ctx.root));
      for (const f of corpusFiles) if (f.startsWith(prefix)) inside.add(f);
    } else if (isInside && corpusFiles.includes(fromRoot)) inside.add(fromRoot);
    else outside.push(absolute);
  }
  return { inside, outside };
}

/** Where the last check of a corpus is remembered: outside the corpus, per corpus root. */
function checkCacheFile(ctx: Context): string {
  const base =
    ctx.io.env.SPARBAR_CACHE_DIR ??
    join(ctx.io.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "sparbar");
  return join(base, `check-${createHash("sha1").update(ctx.root).digest("hex").slice(0, 16)}.json`);
}

async function runCheck(ctx: Context, paths: string[], useCache = true): Promise<CheckResult> {
  ctx.corpusRoot();
  const selection = paths.length > 0 ? await selectFiles(ctx, paths) : undefined;
  // A file outside the corpus is checked against the corpus, as if it were part of it.
  const outside = (selection?.outside ?? []).map((path) => ({
    file: relative(ctx.io.cwd, path).split(sep).join("/"),
    path,
  }));
  // The whole corpus is checked either way; a cache makes a check after a small edit fast.
  const outcome = await checkCorpus(ctx.root, {
    ...(useCache ? { cacheFile: checkCacheFile(ctx) } : {}),
    ...(outside.length > 0 ? { outside } : {}),
    onProgress: (done, total) => ctx.term.progress(ctx.t.loading, done, total),
  });
  ctx.term.clearProgress();
  if (outcome.cacheNote) ctx.term.warn(outcome.cacheNote[ctx.lang]);
  const wanted = selection
    ? new Set([...selection.inside, ...outside.map((f) => f.file)])
    : undefined;
  const diagnostics = wanted
    ? outcome.diagnostics.filter((d) => wanted.has(d.file))
    : outcome.diagnostics;
  return {
    files: wanted ? wanted.size : outcome.files,
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    diagnostics,
  };
}

export const check: Command = {
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
    printDiagnostics(ctx, result.diagnostics);
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
