import {
  type AuditorState,
  auditorStates,
  type BodyState,
  bodyStates,
  exportedStatus,
  labelOf,
  queryRecommendations,
  type RecommendationFilter,
  type Stance,
  stances,
  stateLabels,
} from "@sparbar/core";
import { type Command, stringOption, type Values } from "../command.ts";
import { asOfDay, type Context, UsageError } from "../context.ts";
import { renderTable } from "../output/table.ts";

const allStates: readonly string[] = [...bodyStates, ...auditorStates];

/** Filters shared by `status` and `deadlines`. */
export function readFilter(values: Values): RecommendationFilter {
  const filter: RecommendationFilter = {};
  const org = stringOption(values, "org");
  const body = stringOption(values, "body");
  const audit = stringOption(values, "audit");
  if (org) filter.organisation = org;
  if (body) filter.body = body;
  if (audit) filter.audit = audit;
  const states = stringOption(values, "status");
  if (states) {
    const list = states.split(",").map((s) => s.trim());
    for (const state of list) {
      if (!allStates.includes(state)) {
        throw new UsageError(
          `--status: "${state}" is not a state; use one of ${allStates.join(", ")}`,
        );
      }
    }
    filter.states = list as (BodyState | AuditorState)[];
  }
  const stance = stringOption(values, "stance");
  if (stance) {
    if (stance !== "none" && !(stances as readonly string[]).includes(stance)) {
      throw new UsageError(
        `--stance: "${stance}" is not a stance; use one of ${stances.join(", ")}, none`,
      );
    }
    filter.stance = stance as Stance | "none";
  }
  if (values.open === true) filter.closed = false;
  if (values.closed === true) filter.closed = true;
  return filter;
}

export const filterOptions = {
  org: { type: "string" },
  body: { type: "string" },
  audit: { type: "string" },
  "as-of": { type: "string" },
} as const;

export const filterHelp = {
  org: { sv: "bara denna organisation (t.ex. malmo)", en: "only this organisation (e.g. malmo)" },
  body: { sv: "bara denna nämnd (t.ex. asn)", en: "only this body (e.g. asn)" },
  audit: {
    sv: "bara denna granskning (t.ex. SR-2023-81)",
    en: "only this audit (e.g. SR-2023-81)",
  },
  "as-of": {
    sv: "läget vid slutet av denna dag (standard: i dag), t.ex. 2024-06-30",
    en: "the state at the end of this day (default: today), e.g. 2024-06-30",
  },
};

function dueCell(period: { end: string; text: string } | undefined): string {
  return period ? `${period.end} (${period.text})` : "–";
}

export const status: Command = {
  args: { sv: "", en: "" },
  options: {
    ...filterOptions,
    status: { type: "string" },
    stance: { type: "string" },
    open: { type: "boolean", default: false },
    closed: { type: "boolean", default: false },
  },
  help: {
    ...filterHelp,
    status: {
      sv: `bara dessa lägen, kommaseparerade: ${allStates.join(", ")}`,
      en: `only these states, comma-separated: ${allStates.join(", ")}`,
    },
    stance: {
      sv: `bara detta ställningstagande: ${stances.join(", ")}, none`,
      en: `only this stance: ${stances.join(", ")}, none`,
    },
    open: { sv: "bara öppna rekommendationer", en: "only open recommendations" },
    closed: { sv: "bara avslutade rekommendationer", en: "only closed recommendations" },
  },
  notes: {
    sv: "Exempel: sparbar status --org malmo --status measure-overdue --as-of 2025-06-30",
    en: "Example: sparbar status --org malmo --status measure-overdue --as-of 2025-06-30",
  },
  async run(ctx, values) {
    const asOf = asOfDay(ctx, stringOption(values, "as-of"));
    const filter = readFilter(values);
    const corpus = await ctx.openCorpus();
    const rows = queryRecommendations(corpus, asOf, filter);
    if (ctx.json) {
      ctx.term.json({
        as_of: asOf,
        statuses: rows.map((r) => exportedStatus(r.subject, r.status)),
      });
      return 0;
    }
    const { t, lang, term } = ctx;
    if (corpus.diagnostics.some((d) => d.severity === "error"))
      term.warn(term.style("yellow", t.corpusHasErrors));
    if (rows.length === 0) {
      term.print(t.noRows);
      return 0;
    }
    const table = rows.map(({ subject, status: s }) => [
      `${subject.audit.data.id} ${subject.recommendation.id}`,
      corpus.index.body(subject.organisation, subject.body)?.name ?? subject.body,
      s.stance ? labelOf(s.stance, lang) : "–",
      colourState(ctx, s.body, stateLabels[s.body][lang]),
      stateLabels[s.auditor][lang],
      dueCell(s.nextDue?.period),
    ]);
    term.print(
      renderTable(
        [t.recommendation, t.body, t.stance, t.bodySays, t.auditorsFound, t.nextDue],
        table,
        term.width,
      ),
    );
    term.print();
    term.print(term.style("dim", `${t.rows(rows.length)}, ${t.asOf(asOf)}`));
    return 0;
  },
};

function colourState(ctx: Context, state: BodyState, label: string): string {
  if (state === "response-overdue" || state === "measure-overdue")
    return ctx.term.style("red", label);
  if (state === "reported-done") return ctx.term.style("green", label);
  return label;
}
