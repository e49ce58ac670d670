import { exportCorpus, findById, statusCsv } from "@sparbar/core";
import { type Command, stringOption } from "../command.ts";
import { asOfDay, UsageError } from "../context.ts";
import { saveOutput } from "../output/save.ts";

const formats = ["json", "csv", "docx"] as const;

export const exportCommand: Command = {
  args: { sv: "--format json|csv|docx [SVAR-ID]", en: "--format json|csv|docx [RESPONSE-ID]" },
  options: {
    format: { type: "string" },
    output: { type: "string", short: "o" },
    org: { type: "string" },
    force: { type: "boolean", default: false },
    "as-of": { type: "string" },
  },
  help: {
    format: {
      sv: "json (följer export.schema.json), csv (för svenska Excel) eller docx (ett svar)",
      en: "json (follows export.schema.json), csv (for Swedish Excel) or docx (one response)",
    },
    output: {
      sv: "skriv till denna fil (standard: standard ut; för docx <id>.docx)",
      en: "write to this file (default: stdout; for docx <id>.docx)",
    },
    org: {
      sv: "organisationen, om svarets id finns i flera",
      en: "the organisation, when the response id exists in several",
    },
    force: { sv: "ersätt en befintlig fil", en: "replace an existing file" },
    "as-of": {
      sv: "lägena vid slutet av denna dag (standard: i dag)",
      en: "the states at the end of this day (default: today)",
    },
  },
  notes: {
    sv: "Exempel: sparbar export --format csv -o rekommendationer.csv · sparbar export --format docx ASN-2024-2039",
    en: "Examples: sparbar export --format csv -o recommendations.csv · sparbar export --format docx ASN-2024-2039",
  },
  async run(ctx, values, positionals) {
    const format = stringOption(values, "format");
    if (!format || !(formats as readonly string[]).includes(format)) {
      throw new UsageError(ctx.t.badFormat(formats.join(", ")), "export");
    }
    const asOf = asOfDay(ctx, stringOption(values, "as-of"));
    const force = values.force === true;
    const corpus = await ctx.openCorpus();
    if (corpus.diagnostics.some((d) => d.severity === "error"))
      ctx.term.warn(ctx.t.corpusHasErrors);
    if (format === "docx") {
      const id = positionals[0];
      if (!id) throw new UsageError(ctx.t.exportNeedsId, "export");
      const found = findById(corpus, id, stringOption(values, "org")).filter(
        (f) => f.kind === "response",
      );
      if (found.length !== 1 || found[0]?.kind !== "response") {
        ctx.term.warn(found.length === 0 ? ctx.t.notFound(id) : ctx.t.ambiguous(id, "…"));
        return 1;
      }
      // Word's writer is loaded only for a Word document.
      const { responseDocx } = await import("../docx/response-document.ts");
      const bytes = await responseDocx(corpus, found[0].response);
      return saveOutput(
        ctx,
        stringOption(values, "output") ?? `${found[0].response.data.id}.docx`,
        bytes,
        force,
      );
    }
    if (positionals.length > 0) throw new UsageError(ctx.t.exportTakesNoId(format), "export");
    const content =
      format === "json"
        ? `${JSON.stringify(exportCorpus(corpus, asOf), null, 2)}\n`
        : statusCsv(corpus, asOf, ctx.lang);
    return saveOutput(ctx, stringOption(values, "output") ?? "-", content, force);
  },
};
