import { readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { formatSource, listCorpusFiles } from "@sparbar/core";
import type { Command } from "../command.ts";
import { UsageError } from "../context.ts";
import { printDiagnostic } from "../output/diagnostics.ts";
import { writeFileSafely } from "../output/write-file.ts";

export const fmt: Command = {
  args: { sv: "[filer …]", en: "[files …]" },
  options: { check: { type: "boolean", default: false } },
  help: {
    check: {
      sv: "skriv inget; slutkod 1 om någon fil inte är formaterad",
      en: "write nothing; exit code 1 if a file is not formatted",
    },
  },
  notes: {
    sv: "Filer med fel i YAML lämnas orörda. Varje fil skrivs via en temporär fil och byter namn.",
    en: "Files with YAML errors are left untouched. Each file is written through a temporary file and a rename.",
  },
  async run(ctx, values, positionals) {
    const all = await listCorpusFiles(ctx.root);
    const files =
      positionals.length === 0
        ? all
        : positionals.map((p) => {
            const name = relative(ctx.root, resolve(ctx.io.cwd, p)).split(sep).join("/");
            if (!all.includes(name)) throw new UsageError(ctx.t.notSource(p, ctx.root), "fmt");
            return name;
          });
    const unformatted: string[] = [];
    const failed: string[] = [];
    let written = 0;
    for (const file of files) {
      const path = join(ctx.root, file);
      const result = formatSource(file, await readFile(path, "utf8"));
      if (!result.ok) {
        failed.push(file);
        if (!ctx.json) {
          ctx.term.warn(ctx.t.cannotFormat(file));
          for (const d of result.diagnostics) printDiagnostic(ctx, d);
        }
        continue;
      }
      if (!result.changed) continue;
      unformatted.push(file);
      if (values.check === true) {
        if (!ctx.json) ctx.term.print(ctx.t.wouldChange(file));
        continue;
      }
      const write = await writeFileSafely(path, result.text, { replace: true });
      if (!write.ok) {
        failed.push(file);
        ctx.term.warn(ctx.t.notWritable(file, write.message));
      } else written++;
    }
    if (ctx.json) ctx.term.json({ files: files.length, unformatted, written, failed });
    else if (values.check === true) {
      if (unformatted.length === 0 && failed.length === 0)
        ctx.term.print(ctx.t.allFormatted(files.length));
    } else ctx.term.print(ctx.t.formatted(written));
    return failed.length > 0 || (values.check === true && unformatted.length > 0) ? 1 : 0;
  },
};
