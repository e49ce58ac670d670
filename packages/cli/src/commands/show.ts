import { type Found, findById, labelOf, stateLabel } from "@sparbar/core";
import {
  type AuditRecord,
  type CorpusView,
  describeEvent,
  describeMeasure,
  describePassed,
  type MeasureRecord,
  periodIn,
  type RecommendationRecord,
  type ResponseRecord,
  type SubjectRecord,
  textIn,
  voiceOf,
} from "@sparbar/core/view";
import { type Command, stringOption } from "../command.ts";
import { asOfDay, type Context, UsageError } from "../context.ts";
import { colourState } from "./status.ts";

export const show: Command = {
  args: { sv: "ID", en: "ID" },
  options: { org: { type: "string" }, "as-of": { type: "string" } },
  help: {
    org: {
      sv: "organisationen, om id finns i flera",
      en: "the organisation, when the id exists in several",
    },
    "as-of": {
      sv: "läget vid slutet av denna dag (standard: i dag)",
      en: "the state at the end of this day (default: today)",
    },
  },
  notes: {
    sv: "Exempel: sparbar show SR-2023-81 · sparbar show SR-2023-81/R3 · sparbar show ASN-2024-2039/R4/1",
    en: "Examples: sparbar show SR-2023-81 · sparbar show SR-2023-81/R3 · sparbar show ASN-2024-2039/R4/1",
  },
  async run(ctx, values, positionals) {
    if (positionals.length === 0) throw new UsageError(ctx.t.showNeedsId, "show");
    const id = positionals.join(" ");
    const asOf = asOfDay(ctx, stringOption(values, "as-of"));
    const view = await ctx.openView(asOf);
    const found = findById(view.corpus, id, stringOption(values, "org"));
    if (found.length === 0) {
      ctx.term.warn(ctx.t.notFound(id));
      return 1;
    }
    if (found.length > 1) {
      const where = found.map(organisationOf).join(", ");
      ctx.term.warn(ctx.t.ambiguous(id, where));
      return 1;
    }
    const shown = recordOf(view, found[0] as Found);
    if (ctx.json) ctx.term.json({ kind: shown.kind, as_of: asOf, record: shown.record });
    else print(ctx, shown, asOf);
    return 0;
  },
};

type Shown =
  | { kind: "audit"; record: AuditRecord }
  | { kind: "recommendation"; record: RecommendationRecord }
  | { kind: "response"; record: ResponseRecord }
  | {
      kind: "measure";
      record: { measure: MeasureRecord; addressee: string; recommendation: RecommendationRecord }[];
    };

function organisationOf(found: Found): string {
  switch (found.kind) {
    case "audit":
    case "recommendation":
      return found.audit.data.organisation;
    case "response":
      return found.response.data.organisation;
    case "measure":
      return found.entry.answer.response.data.organisation;
  }
}

/** The view's record for what an id names. Every id `findById` returns has one. */
function recordOf(view: CorpusView, found: Found): Shown {
  const missing = () => new Error(`the view has no record for ${organisationOf(found)}`);
  switch (found.kind) {
    case "audit": {
      const record = view.audit(found.audit.data.organisation, found.audit.data.id);
      if (!record) throw missing();
      return { kind: "audit", record };
    }
    case "recommendation": {
      const d = found.audit.data;
      const record = view.recommendation(d.organisation, d.id, found.recommendation.id);
      if (!record) throw missing();
      return { kind: "recommendation", record };
    }
    case "response": {
      const record = view.response(found.response.data.organisation, found.response.data.id);
      if (!record) throw missing();
      return { kind: "response", record };
    }
    case "measure": {
      const { answer, measure } = found.entry;
      const rec = view.recommendation(
        answer.response.data.organisation,
        answer.audit.data.id,
        answer.recommendation.id,
      );
      if (!rec) throw missing();
      return {
        kind: "measure",
        record: rec.addressees.flatMap((a) =>
          a.measures
            .filter((m) => m.id === measure.id)
            .map((m) => ({ measure: m, addressee: a.body.id, recommendation: rec })),
        ),
      };
    }
  }
}

function print(ctx: Context, shown: Shown, asOf: string): void {
  switch (shown.kind) {
    case "audit":
      printAudit(ctx, shown.record);
      break;
    case "recommendation":
      printRecommendation(ctx, shown.record);
      break;
    case "response":
      printResponse(ctx, shown.record);
      break;
    case "measure":
      for (const { measure, addressee, recommendation } of shown.record) {
        const subject = recommendation.addressees.find((a) => a.body.id === addressee);
        printMeasure(ctx, measure, `${recommendation.audit.id} ${recommendation.id}`, subject);
      }
      break;
  }
  ctx.term.print(ctx.term.style("dim", ctx.t.asOf(asOf)));
}

function name(ctx: Context, words: { sv: string; en?: string }): string {
  return textIn(words, ctx.lang).text;
}

function printAudit(ctx: Context, a: AuditRecord): void {
  const { term, t, lang } = ctx;
  term.print(term.style("bold", `${a.id} – ${name(ctx, a.title)}`));
  term.print(
    `${labelOf(a.kind, lang)}, ${name(ctx, a.organisation.name)}, ${periodIn(a.date, lang)}`,
  );
  if (a.questions.length > 0) {
    term.print();
    term.print(`${t.questions}:`);
    for (const q of a.questions)
      term.print(`  ${q.id} ${q.text} — ${q.answer ? labelOf(q.answer, lang) : "–"}`);
  }
  term.print();
  for (const rec of a.recommendations) {
    term.print(`${term.style("bold", rec.id)} ${rec.text}`);
    for (const row of a.rows.filter((r) => r.item === rec.id)) {
      const body = colourState(ctx, row.bodyState, stateLabel(row.bodyState, lang));
      term.print(
        `    ${name(ctx, row.body.name)}: ${body} · ${stateLabel(row.auditorState, lang)}`,
      );
    }
  }
  if (a.responses.length > 0) {
    term.print();
    term.print(`${t.answeredBy}:`);
    for (const r of a.responses)
      term.print(
        `  ${r.when ? periodIn(r.when, lang) : "–"}  ${r.id}  ${labelOf(r.kind, lang)} – ${name(ctx, r.title)}`,
      );
  }
  printGaps(ctx, a.gaps);
}

function printRecommendation(ctx: Context, r: RecommendationRecord): void {
  const { term, t, lang } = ctx;
  term.print(term.style("bold", `${r.audit.id} – ${name(ctx, r.audit.title)}`));
  term.print(
    `${labelOf(r.audit.kind, lang)}, ${name(ctx, r.organisation.name)}, ${periodIn(r.audit.date, lang)}`,
  );
  term.print();
  term.print(`${t.recommendation} ${r.id}: ${r.text}`);
  term.print(`${t.addressedTo}: ${r.to.map((b) => name(ctx, b.name)).join(", ")}`);
  for (const subject of r.addressees) {
    term.print();
    printSubject(ctx, subject);
  }
  term.print();
}

function printSubject(ctx: Context, s: SubjectRecord): void {
  const { term, t, lang } = ctx;
  term.print(term.style("bold", name(ctx, s.body.name)));
  const by =
    s.reportedBy.length > 0
      ? ` (${t.reportedBy(s.reportedBy.map((b) => name(ctx, b.name)).join(", "))})`
      : "";
  term.print(
    `  ${t.bodySays.padEnd(20)} ${colourState(ctx, s.bodyState, stateLabel(s.bodyState, lang))}${by}`,
  );
  term.print(`  ${t.auditorsFound.padEnd(20)} ${stateLabel(s.auditorState, lang)}`);
  if (s.stance) term.print(`  ${t.stance.padEnd(20)} ${labelOf(s.stance, lang)}`);
  if (s.reported) term.print(`  ${t.reported.padEnd(20)} ${s.reported.text}`);
  if (s.measures.length > 0) {
    term.print(`  ${t.measures}:`);
    for (const m of s.measures) {
      const box = m.state === "done" ? "[x]" : "[ ]";
      const due = m.due ? ` — ${m.due.text} (${m.due.end})` : "";
      const state = describeMeasure(m, lang);
      const styled = m.state === "late" ? term.style("red", state) : state;
      term.print(`    ${box} ${term.style("dim", m.id)}  ${m.text}${due}  · ${styled}`);
    }
  }
  if (s.passed.length > 0) {
    term.print(`  ${t.passed}:`);
    for (const p of s.passed) term.print(`    ${describePassed(p, lang)}`);
  }
  term.print(`  ${t.timeline}:`);
  for (const change of s.history) {
    const states = change.changed
      ? term.style(
          "dim",
          `→ ${stateLabel(change.body, lang)} · ${stateLabel(change.auditor, lang)}`,
        )
      : "";
    const lines = [
      ...change.deadlines.map((d) => `${t.due}: ${periodIn(d, lang)}`),
      ...change.events.map(
        (e) =>
          `${periodIn(e.when, lang)}  ${voiceOf(e, lang)}: ${describeEvent(e, lang)} (${e.source.id})`,
      ),
    ];
    term.print(`    ${change.day}  ${lines.join("; ")}  ${states}`.trimEnd());
  }
}

function printResponse(ctx: Context, r: ResponseRecord): void {
  const { term, t, lang } = ctx;
  term.print(term.style("bold", `${r.id} – ${name(ctx, r.title)}`));
  term.print(`${labelOf(r.kind, lang)}, ${name(ctx, r.body.name)}, ${periodIn(r.date, lang)}`);
  if (r.path.length > 0) {
    term.print(`${t.path}:`);
    for (const step of r.path) {
      const held = step.held ? (step.minute ?? "") : t.planned;
      term.print(
        `  ${step.date}  ${labelOf(step.step, lang)}, ${name(ctx, step.body.name)} ${held}`.trimEnd(),
      );
    }
  }
  if (r.decision)
    term.print(
      `${t.decided}: ${r.decision.date}${r.decision.minute ? ` ${r.decision.minute}` : ""}`,
    );
  for (const section of r.sections) {
    term.print();
    const ref = section.recommendation ? `${section.recommendation.audit} ` : "";
    term.print(term.style("bold", `${ref}${section.item} ${section.title}`));
    if (section.stance) term.print(`  ${t.stance}: ${labelOf(section.stance, lang)}`);
    if (section.reported) term.print(`  ${t.reported}: ${section.reported.text}`);
    for (const named of section.reportedFor)
      term.print(`  ${t.reported} (${name(ctx, named.body.name)}): ${named.text}`);
    for (const m of section.measures)
      term.print(
        `  ${m.done ? "[x]" : "[ ]"} ${term.style("dim", m.id)}  ${m.text}${m.due ? ` — ${m.due.text} (${m.due.end})` : ""}`,
      );
  }
  printGaps(ctx, r.gaps);
}

function printMeasure(
  ctx: Context,
  m: MeasureRecord,
  recommendation: string,
  subject?: SubjectRecord,
): void {
  const { term, t, lang } = ctx;
  term.print(term.style("bold", m.id));
  term.print(`${m.state === "done" ? "[x]" : "[ ]"} ${m.text}`);
  if (m.due) term.print(`${t.due}: ${m.due.text} (${m.due.end})`);
  term.print(
    `${t.response}: ${m.promisedIn.id}${m.promisedIn.when ? `, ${periodIn(m.promisedIn.when, lang)}` : ""}`,
  );
  term.print(
    `${t.recommendation}: ${recommendation}${subject ? `, ${name(ctx, subject.body.name)}` : ""}`,
  );
  term.print(`${t.status}: ${describeMeasure(m, lang)}`);
  for (const move of m.moves)
    term.print(`→ ${move.by} (${periodIn(move.when, lang)}): ${periodIn(move.due, lang)}`);
}

function printGaps(ctx: Context, gaps: readonly string[]): void {
  if (gaps.length === 0) return;
  ctx.term.print();
  ctx.term.print(`${ctx.t.gaps}:`);
  for (const gap of gaps) ctx.term.print(`  – ${gap}`);
}
