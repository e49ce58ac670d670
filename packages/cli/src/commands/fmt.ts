import { join, relative, resolve, sep } from "node:path";
import { formatFile, listCorpusFiles, readSourceFile, realRoot } from "@sparbar/core";
import type { Command } from "../command.ts";
import { UsageError } from "../context.ts";
import { printDiagnostics } from "../output/diagnostics.ts";
import { writeProblem } from "../output/save.ts";
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
    sv: "Filer med fel i YAML eller som inte är giltig UTF-8 lämnas orörda, och skrivskyddade filer skrivs inte över. Radslut (CRLF eller LF) och byte order mark behålls som filen hade dem. Varje fil skrivs via en temporär fil och byter namn.",
    en: "Files with YAML errors or that are not valid UTF-8 are left untouched, and read-only files are not replaced. Line endings (CRLF or LF) and a byte order mark are kept as the file had them. Each file is written through a temporary file and a rename.",
  },
  async run(ctx, values, positionals) {
    const all = await listCorpusFiles(ctx.corpusRoot());
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
    const inside = realRoot(ctx.root);
    for (const file of files) {
      const path = join(ctx.root, file);
      const read = readSourceFile(path, file, inside);
      // Text that cannot be read as UTF-8 is never rewritten: its letters would be lost.
      const result = read.ok
        ? formatFile(file, read.bytes)
        : { ok: false as const, diagnostics: [read.diagnostic] };
      if (!result.ok) {
        failed.push(file);
        if (!ctx.json) {
          ctx.term.warn(ctx.t.cannotFormat(file));
          printDiagnostics(ctx, result.diagnostics);
        }
        continue;
      }
      if (!result.changed) continue;
      unformatted.push(file);
      if (values.check === true) {
        if (!ctx.json) ctx.term.print(ctx.t.wouldChange(file));
        continue;
      }
      const write = await writeFileSafely(path, result.bytes, { replace: true });
      if (!write.ok) {
        failed.push(file);
        ctx.term.warn(writeProblem(ctx, file, write, "replace"));
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
