import { join } from "node:path";
import { recordAssessment, stateLabel } from "@sparbar/core";
import { textIn } from "@sparbar/core/view";
import { type Command, stringOption } from "../command.ts";
import { asOfDay, UsageError } from "../context.ts";
import { printDiagnostics } from "../output/diagnostics.ts";
import { writeProblem } from "../output/save.ts";
import { writeFileSafely } from "../output/write-file.ts";

export const assess: Command = {
  args: {
    sv: "GRANSKNING/REKOMMENDATION --result BEDÖMNING --in GRANSKNING",
    en: "AUDIT/RECOMMENDATION --result VERDICT --in AUDIT",
  },
  options: {
    result: { type: "string" },
    in: { type: "string" },
    body: { type: "string" },
    basis: { type: "string" },
    date: { type: "string" },
    title: { type: "string" },
    org: { type: "string" },
    force: { type: "boolean", default: false },
  },
  help: {
    result: {
      sv: 'genomförd, "delvis genomförd", "ej genomförd" eller "inte längre aktuell" (eller implemented, partly-implemented, not-implemented, no-longer-relevant)',
      en: 'implemented, "partly implemented", "not implemented" or "no longer relevant" (or the Swedish words)',
    },
    in: {
      sv: "den uppföljande granskningen: dess id eller diarienummer; finns den inte skapas den",
      en: "the follow-up audit: its id or diary number; made when it does not exist",
    },
    body: {
      sv: "nämnden som bedöms, när rekommendationen är riktad till flera (standard: alla)",
      en: "the body assessed, when the recommendation has several addressees (default: all)",
    },
    basis: {
      sv: "revisorernas ord som bedömningen vilar på, ordagrant",
      en: "the auditors' words the assessment rests on, verbatim",
    },
    date: {
      sv: "den nya granskningens datum (standard: i dag)",
      en: "the new audit's date (default: today)",
    },
    title: {
      sv: "den nya granskningens titel (standard: Uppföljning av …)",
      en: "the new audit's title (default: Uppföljning av …)",
    },
    org: {
      sv: "organisationen, om granskningens id finns i flera",
      en: "the organisation, when the audit id exists in several",
    },
    force: {
      sv: "ersätt en bedömning av samma rekommendation i samma granskning",
      en: "replace an assessment of the same recommendation in the same audit",
    },
  },
  notes: {
    sv: 'Bedömningen läggs till i granskningens front matter; kommentarer och övriga värden behålls.\nExempel: sparbar assess SR-2023-81/R4 --result genomförd --in SR-2026-12 --basis "Uppföljningen sker nu i kvalitetsledningssystemet."',
    en: 'The assessment is added to the audit\'s front matter; comments and other values are kept.\nExample: sparbar assess SR-2023-81/R4 --result implemented --in SR-2026-12 --basis "Follow-up is now part of the quality system."',
  },
  async run(ctx, values, positionals) {
    const recommendation = positionals.join(" ").trim();
    const result = stringOption(values, "result");
    const audit = stringOption(values, "in");
    if (!recommendation || !result || !audit) throw new UsageError(ctx.t.assessNeeds, "assess");
    const date = asOfDay(ctx, stringOption(values, "date"), "--date");
    const corpus = await ctx.openCorpus();
    const org = stringOption(values, "org");
    const body = stringOption(values, "body");
    const basis = stringOption(values, "basis");
    const title = stringOption(values, "title");
    const outcome = recordAssessment(corpus, {
      recommendation,
      result,
      audit,
      date,
      replace: values.force === true,
      ...(org ? { organisation: org } : {}),
      ...(body ? { body } : {}),
      ...(basis ? { basis } : {}),
      ...(title ? { title } : {}),
    });
    if (!outcome.ok) {
      ctx.term.warn(outcome.message[ctx.lang]);
      printDiagnostics(ctx, outcome.diagnostics ?? []);
      return 1;
    }
    const path = join(ctx.root, outcome.file);
    const write = await writeFileSafely(path, outcome.text, { replace: !outcome.created });
    if (!write.ok) {
      ctx.term.warn(writeProblem(ctx, outcome.file, write, "replace"));
      return 1;
    }
    const { assessment } = outcome;
    // The states on the day the assessment counts: what it changed, whatever the day today.
    const view = await ctx.openView(outcome.from);
    const rows = view.rows({
      organisation: outcome.organisation,
      audit: assessment.audit,
      ...(assessment.body ? { body: assessment.body } : {}),
    });
    const assessed = rows.filter((r) => r.item === assessment.recommendation);
    if (ctx.json) {
      ctx.term.json({ file: path, created: outcome.created, assessment, rows: assessed });
      return 0;
    }
    ctx.term.print(
      outcome.created
        ? ctx.t.createdAudit(outcome.file, outcome.from)
        : ctx.t.addedTo(outcome.file, outcome.from),
    );
    for (const row of assessed) {
      ctx.term.print(
        `  ${row.audit.id} ${row.item}, ${textIn(row.body.name, ctx.lang).text}: ${stateLabel(row.auditorState, ctx.lang)} · ${stateLabel(row.bodyState, ctx.lang)}`,
      );
    }
    return 0;
  },
};
