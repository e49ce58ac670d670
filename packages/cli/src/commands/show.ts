import {
  type Corpus,
  exportedStatus,
  type Found,
  findById,
  type IsoDay,
  labelOf,
  responseDay,
  type StatusEvent,
  type Subject,
  stateLabels,
} from "@sparbar/core";
import { type Command, stringOption } from "../command.ts";
import { asOfDay, type Context, UsageError } from "../context.ts";

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
    const corpus = await ctx.openCorpus();
    const found = findById(corpus, id, stringOption(values, "org"));
    if (found.length === 0) {
      ctx.term.warn(ctx.t.notFound(id));
      return 1;
    }
    if (found.length > 1) {
      const where = found.map(organisationOf).join(", ");
      ctx.term.warn(ctx.t.ambiguous(id, where));
      return 1;
    }
    const item = found[0] as Found;
    if (ctx.json) ctx.term.json(asJson(corpus, item, asOf));
    else printFound(ctx, corpus, item, asOf);
    return 0;
  },
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

function subjectsOf(corpus: Corpus, audit: string, organisation: string, item?: string): Subject[] {
  return corpus.subjects.filter(
    (s) =>
      s.organisation === organisation &&
      s.audit.data.id === audit &&
      (item === undefined || s.recommendation.id === item),
  );
}

function asJson(corpus: Corpus, found: Found, asOf: IsoDay): unknown {
  const statuses = (subjects: Subject[]) =>
    subjects.flatMap((s) => {
      const status = corpus.status(s, asOf);
      return status
        ? [
            {
              ...exportedStatus(s, status),
              history: corpus
                .history(s, asOf)
                .map(({ day, body, auditor }) => ({ day, body, auditor })),
            },
          ]
        : [];
    });
  switch (found.kind) {
    case "audit":
      return {
        kind: "audit",
        as_of: asOf,
        audit: found.audit.data,
        statuses: statuses(subjectsOf(corpus, found.audit.data.id, found.audit.data.organisation)),
      };
    case "recommendation":
      return {
        kind: "recommendation",
        as_of: asOf,
        audit: found.audit.data.id,
        recommendation: found.recommendation,
        statuses: statuses(
          subjectsOf(
            corpus,
            found.audit.data.id,
            found.audit.data.organisation,
            found.recommendation.id,
          ),
        ),
        events: subjectsOf(
          corpus,
          found.audit.data.id,
          found.audit.data.organisation,
          found.recommendation.id,
        ).flatMap((s) =>
          corpus
            .events(s)
            .filter((e) => e.day <= asOf)
            .map((e) => eventJson(s, e)),
        ),
      };
    case "response":
      return {
        kind: "response",
        response: found.response.data,
        day: responseDay(found.response),
        sections: found.response.sections,
      };
    case "measure":
      return {
        kind: "measure",
        measure: found.entry.measure,
        response: found.entry.answer.response.data.id,
        audit: found.entry.answer.audit.data.id,
        recommendation: found.entry.answer.recommendation.id,
        followed_by: corpus.index.followers(found.entry.measure.id).map((f) => f.measure.id),
      };
  }
}

function eventJson(subject: Subject, e: StatusEvent) {
  const base = {
    body: subject.body,
    day: e.day,
    type: e.type,
    voice: e.voice,
    source: e.source.id,
  };
  if (e.type === "responded")
    return { ...base, kind: e.kind, stance: e.stance, reported: e.reported };
  if (e.type === "assessed") return { ...base, result: e.result, basis: e.basis };
  if (e.type === "measure-due") return { ...base, measure: e.measure.id, due: e.period.text };
  if (e.type === "response-due") return { ...base, due: e.period?.text };
  return base;
}

function bodyName(corpus: Corpus, organisation: string, body: string): string {
  return corpus.index.body(organisation, body)?.name ?? body;
}

function eventText(ctx: Context, corpus: Corpus, e: StatusEvent): string {
  const sv = ctx.lang === "sv";
  switch (e.type) {
    case "issued":
      return sv
        ? `utfärdad (${e.source.id}, ${e.period.text})`
        : `issued (${e.source.id}, ${e.period.text})`;
    case "response-due":
      if (!e.period)
        return sv ? "svar begärt, utan angiven tidpunkt" : "response asked for, with no date given";
      return sv ? `svar ska lämnas ${e.period.text}` : `response due ${e.period.text}`;
    case "responded": {
      const stance = e.stance ? `, ${labelOf(e.stance, ctx.lang).toLowerCase()}` : "";
      const reported = e.reported
        ? `, ${sv ? "rapporterat" : "reported"}: ${labelOf(e.reported.state, ctx.lang).toLowerCase()}`
        : "";
      return `${labelOf(e.kind, ctx.lang).toLowerCase()} ${e.source.id}${stance}${reported} (${sv ? "enligt nämnden" : "as the body says"})`;
    }
    case "measure-due":
      return `${sv ? "åtgärd förfaller" : "measure due"}: ${e.measure.text} (${e.period.text})`;
    case "assessed":
      return `${labelOf(e.result, ctx.lang).toLowerCase()} (${sv ? "enligt revisorerna" : "as the auditors found"}, ${e.source.id})`;
  }
  void corpus;
}

function printSubject(ctx: Context, corpus: Corpus, subject: Subject, asOf: IsoDay): void {
  const { term, t, lang } = ctx;
  const status = corpus.status(subject, asOf);
  term.print(term.style("bold", bodyName(corpus, subject.organisation, subject.body)));
  if (!status) {
    term.print(`  ${t.asOf(asOf)}: –`);
    return;
  }
  term.print(`  ${t.bodySays.padEnd(20)} ${stateLabels[status.body][lang]}`);
  term.print(`  ${t.auditorsFound.padEnd(20)} ${stateLabels[status.auditor][lang]}`);
  if (status.stance) term.print(`  ${t.stance.padEnd(20)} ${labelOf(status.stance, lang)}`);
  if (status.reported)
    term.print(
      `  ${(lang === "sv" ? "Rapporterat" : "Reported").padEnd(20)} ${status.reported.text}`,
    );
  if (status.measures.length > 0) {
    term.print(`  ${t.measures}:`);
    for (const m of status.measures) {
      const box = m.state === "done" ? "[x]" : "[ ]";
      const due = m.measure.due ? ` — ${m.measure.due.text} (${m.measure.due.end})` : "";
      const state =
        m.state === "overdue"
          ? term.style("red", t.overdue)
          : m.state === "moved"
            ? `→ ${m.movedTo?.id}`
            : "";
      term.print(
        `    ${box} ${term.style("dim", m.measure.id)}  ${m.measure.text}${due}  ${state}`.trimEnd(),
      );
    }
  }
  if (status.missed.length > 0) {
    term.print(`  ${t.missed}:`);
    for (const m of status.missed) {
      term.print(`    ${m.due.text} (${m.due.end}) – ${m.metOn ? t.metOn(m.metOn) : t.notMet}`);
    }
  }
  term.print(`  ${t.timeline}:`);
  const events = corpus.events(subject).filter((e) => e.day <= asOf && e.type !== "measure-due");
  const history = corpus.history(subject, asOf);
  const days = [...new Set([...events.map((e) => e.day), ...history.map((h) => h.day)])].sort();
  for (const day of days) {
    const change = history.find((h) => h.day === day);
    const label = change
      ? `${stateLabels[change.body][lang]} · ${stateLabels[change.auditor][lang]}`
      : "";
    const todays = events.filter((e) => e.day === day).map((e) => eventText(ctx, corpus, e));
    const causes =
      todays.length > 0 ? todays : [lang === "sv" ? "en tidpunkt passerade" : "a deadline passed"];
    term.print(
      `    ${day}  ${causes.join("; ")}${label ? `  ${term.style("dim", `→ ${label}`)}` : ""}`,
    );
  }
}

function printFound(ctx: Context, corpus: Corpus, found: Found, asOf: IsoDay): void {
  const { term, t, lang } = ctx;
  if (found.kind === "audit" || found.kind === "recommendation") {
    const audit = found.audit.data;
    const organisation =
      corpus.index.organisation(audit.organisation)?.data.name ?? audit.organisation;
    term.print(term.style("bold", `${audit.id} – ${audit.title}`));
    term.print(`${labelOf(audit.kind, lang)}, ${organisation}, ${audit.date.text}`);
    if (found.kind === "recommendation") {
      const rec = found.recommendation;
      term.print();
      term.print(`${t.recommendation} ${rec.id}: ${rec.text}`);
      term.print(
        `${t.addressedTo}: ${rec.to.map((b) => bodyName(corpus, audit.organisation, b)).join(", ")}`,
      );
      term.print();
      for (const s of subjectsOf(corpus, audit.id, audit.organisation, rec.id)) {
        printSubject(ctx, corpus, s, asOf);
        term.print();
      }
    } else {
      if (audit.questions.length > 0) {
        term.print();
        term.print(`${t.questions}:`);
        for (const q of audit.questions)
          term.print(`  ${q.id} ${q.text} — ${q.answer ? labelOf(q.answer, lang) : "–"}`);
      }
      term.print();
      for (const rec of audit.recommendations) {
        term.print(`${term.style("bold", rec.id)} ${rec.text}`);
        for (const s of subjectsOf(corpus, audit.id, audit.organisation, rec.id)) {
          const status = corpus.status(s, asOf);
          if (!status) continue;
          term.print(
            `    ${bodyName(corpus, s.organisation, s.body)}: ${stateLabels[status.body][lang]} · ${stateLabels[status.auditor][lang]}`,
          );
        }
      }
      const responses = corpus.index.responsesTo(audit.organisation, audit.id);
      if (responses.length > 0) {
        term.print();
        term.print(`${t.answeredBy}:`);
        for (const r of responses)
          term.print(
            `  ${responseDay(r)}  ${r.data.id}  ${labelOf(r.data.kind, lang)} – ${r.data.title}`,
          );
      }
    }
    if (audit.gaps.length > 0) {
      term.print(`${t.gaps}:`);
      for (const gap of audit.gaps) term.print(`  – ${gap}`);
    }
    term.print(term.style("dim", t.asOf(asOf)));
    return;
  }
  if (found.kind === "response") {
    const r = found.response.data;
    term.print(term.style("bold", `${r.id} – ${r.title}`));
    term.print(
      `${labelOf(r.kind, lang)}, ${bodyName(corpus, r.organisation, r.body)}, ${r.date.text}`,
    );
    if (r.path.length > 0) {
      term.print(`${t.path}:`);
      for (const step of r.path) {
        term.print(
          `  ${step.date}  ${labelOf(step.step, lang)}, ${bodyName(corpus, r.organisation, step.body)}${step.minute ? ` ${step.minute}` : ""}`,
        );
      }
    }
    if (r.decision)
      term.print(
        `${t.decided}: ${r.decision.date}${r.decision.minute ? ` ${r.decision.minute}` : ""}`,
      );
    for (const section of found.response.sections) {
      term.print();
      term.print(
        term.style(
          "bold",
          `${section.audit ? `${section.audit} ` : ""}${section.recommendation} ${section.title}`,
        ),
      );
      if (section.stance) term.print(`  ${t.stance}: ${labelOf(section.stance, lang)}`);
      if (section.reported)
        term.print(`  ${lang === "sv" ? "Rapporterat" : "Reported"}: ${section.reported.text}`);
      for (const m of section.measures) {
        term.print(
          `  ${m.done ? "[x]" : "[ ]"} ${term.style("dim", m.id)}  ${m.text}${m.due ? ` — ${m.due.text} (${m.due.end})` : ""}`,
        );
      }
    }
    if (r.gaps.length > 0) {
      term.print();
      term.print(`${t.gaps}:`);
      for (const gap of r.gaps) term.print(`  – ${gap}`);
    }
    return;
  }
  const { measure, answer } = found.entry;
  term.print(term.style("bold", measure.id));
  term.print(`${measure.done ? "[x]" : "[ ]"} ${measure.text}`);
  if (measure.due) term.print(`${t.due}: ${measure.due.text} (${measure.due.end})`);
  term.print(`${t.response}: ${answer.response.data.id}, ${responseDay(answer.response)}`);
  term.print(`${t.recommendation}: ${answer.audit.data.id} ${answer.recommendation.id}`);
  for (const f of corpus.index.followers(measure.id)) {
    term.print(
      `→ ${f.measure.id} (${responseDay(f.answer.response)}): ${f.measure.done ? "[x]" : "[ ]"} ${f.measure.text}`,
    );
  }
}
