import {
  type AuditorState,
  auditorStates,
  type BodyState,
  bodyStates,
  type Corpus,
  exportedStatus,
  filterProblems,
  isClosed,
  isLate,
  isPassedWithoutReport,
  labelOf,
  NO_RESPONSE_MONTHS,
  nearest,
  queryRecommendations,
  type RecommendationFilter,
  readStance,
  type Stance,
  stances,
  stateLabel,
} from "@sparbar/core";
import { describeNoResponse, type RecommendationRow, textIn } from "@sparbar/core/view";
import { type Command, stringOption, type Values } from "../command.ts";
import { asOfDay, type Context, UsageError } from "../context.ts";
import { renderTable } from "../output/table.ts";

const allStates: readonly string[] = [...bodyStates, ...auditorStates];

/**
 * A stance as a code (`partly-agrees`, `none` for no stance recorded) or in the words a response
 * writes it ("instämmer delvis", "delar delvis", "partly agrees"), read as core reads them.
 */
function readStanceOption(value: string): Stance | "none" | undefined {
  const needle = value.trim().toLowerCase();
  if (needle === "none" || (stances as readonly string[]).includes(needle))
    return needle as Stance | "none";
  return readStance(value.normalize("NFC"));
}

/** The stance codes and words nearest to a value not read. */
function nearestStances(value: string): string[] {
  const words = [
    ...stances,
    "none",
    ...stances.flatMap((s) => [labelOf(s, "sv"), labelOf(s, "en")]),
  ];
  return nearest(
    value,
    words.map((w) => w.toLowerCase()),
  );
}

/** The filter's organisation, body and audit, refused with the nearest when the corpus lacks them. */
export function checkFilter(ctx: Context, corpus: Corpus, filter: RecommendationFilter): void {
  const [problem] = filterProblems(corpus, filter);
  if (problem) throw new UsageError(problem.message[ctx.lang]);
}

/** Filters shared by `status` and `deadlines`. */
export function readFilter(ctx: Context, values: Values): RecommendationFilter {
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
      if (!allStates.includes(state))
        throw new UsageError(ctx.t.badState(state, allStates.join(", ")));
    }
    filter.states = list as (BodyState | AuditorState)[];
  }
  const stance = stringOption(values, "stance");
  if (stance) {
    const read = readStanceOption(stance);
    if (!read)
      throw new UsageError(
        ctx.t.badStance(stance, [...stances, "none"].join(", "), nearestStances(stance)),
      );
    filter.stance = read;
  }
  if (values.open === true && values.closed === true) throw new UsageError(ctx.t.openAndClosed);
  if (values.open === true) filter.closed = false;
  if (values.closed === true) filter.closed = true;
  if (values.overdue === true) filter.overdue = true;
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

export const status: Command = {
  args: { sv: "", en: "" },
  options: {
    ...filterOptions,
    status: { type: "string" },
    stance: { type: "string" },
    open: { type: "boolean", default: false },
    closed: { type: "boolean", default: false },
    overdue: { type: "boolean", default: false },
  },
  help: {
    ...filterHelp,
    status: {
      sv: `bara dessa lägen, kommaseparerade: ${allStates.join(", ")}`,
      en: `only these states, comma-separated: ${allStates.join(", ")}`,
    },
    stance: {
      sv: `bara detta ställningstagande: ${stances.join(", ")}, none (eller i ord: "instämmer delvis")`,
      en: `only this stance: ${stances.join(", ")}, none (or in words: "partly agrees")`,
    },
    open: {
      sv: "bara öppna: varken genomförda enligt revisorerna, inaktuella eller avböjda",
      en: "only open ones: neither implemented as the auditors found, no longer relevant, nor declined",
    },
    closed: {
      sv: "bara avslutade: genomförda enligt revisorerna, inaktuella eller avböjda av nämnden",
      en: "only closed ones: implemented as the auditors found, no longer relevant, or declined by the body",
    },
    overdue: {
      sv: "bara öppna med en passerad tidpunkt: utan rapport sedan dess, eller försenad enligt en källa",
      en: "only open ones with a date passed: with no report since, or late as a source says",
    },
  },
  notes: {
    sv: `Öppen är en rekommendation som varken är genomförd enligt revisorerna, inte längre aktuell eller avböjd av nämnden; vad nämnden själv rapporterar stänger den inte. En markering visar när inget svar finns ${NO_RESPONSE_MONTHS} månader efter granskningen; den är ingen försening.\nExempel: sparbar status --org malmo --overdue --as-of 2025-06-30`,
    en: `Open is a recommendation neither implemented as the auditors found, no longer relevant, nor declined by the body; what the body reports does not close it. A note shows where no response is on record ${NO_RESPONSE_MONTHS} months after the audit; it is not a delay.\nExample: sparbar status --org malmo --overdue --as-of 2025-06-30`,
  },
  async run(ctx, values) {
    const asOf = asOfDay(ctx, stringOption(values, "as-of"));
    const filter = readFilter(ctx, values);
    const view = await ctx.openView(asOf);
    checkFilter(ctx, view.corpus, filter);
    if (ctx.json) {
      const { corpus } = view;
      ctx.term.json({
        as_of: asOf,
        statuses: queryRecommendations(corpus, asOf, filter).map((r) =>
          exportedStatus(r.subject, r.status, corpus.history(r.subject, asOf)),
        ),
      });
      return 0;
    }
    const { t, term } = ctx;
    if (view.corpus.diagnostics.some((d) => d.severity === "error"))
      term.warn(term.style("yellow", t.corpusHasErrors));
    const rows = view.rows(filter);
    if (rows.length === 0) {
      term.print(
        filter.closed ? t.noneClosed(asOf) : filter.overdue ? t.noneOverdue(asOf) : t.noRows,
      );
      return 0;
    }
    term.print(
      renderTable(
        [t.recommendation, t.body, t.stance, t.bodySays, t.auditorsFound, t.nextDue],
        rows.map((row) => statusCells(ctx, row)),
        term.width,
      ),
    );
    term.print();
    term.print(term.style("dim", `${t.rows(rows.length)}, ${t.asOf(asOf)}`));
    return 0;
  },
};

function statusCells(ctx: Context, row: RecommendationRow): string[] {
  const { lang, t } = ctx;
  const by =
    row.reportedBy.length > 0
      ? ` (${t.reportedBy(row.reportedBy.map((b) => textIn(b.name, lang).text).join(", "))})`
      : "";
  return [
    `${row.audit.id} ${row.item}`,
    textIn(row.body.name, lang).text,
    row.stance ? labelOf(row.stance, lang) : "–",
    colourState(
      ctx,
      row,
      `${stateLabel(row.bodyState, lang)}${by}${row.noResponse ? ` · ${describeNoResponse(row.noResponse, lang)}` : ""}`,
    ),
    stateLabel(row.auditorState, lang),
    row.nextDue ? `${row.nextDue.end} (${row.nextDue.text})` : "–",
  ];
}

/**
 * Red only for what a source says is late; a date passed without report is not a warning, and
 * a recommendation the auditors closed is no one's warning any more.
 */
export function colourState(
  ctx: Context,
  row: { bodyState: BodyState; auditorState: AuditorState },
  label: string,
): string {
  const state = row.bodyState;
  if (isClosed(state, row.auditorState)) return label;
  if (isLate(state)) return ctx.term.style("red", label);
  if (isPassedWithoutReport(state)) return ctx.term.style("yellow", label);
  if (state === "reported-done") return ctx.term.style("green", label);
  return label;
}
