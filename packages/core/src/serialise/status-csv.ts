import type { Corpus } from "../corpus.ts";
import { labelOf, stateLabel } from "../labels.ts";
import type { IsoDay } from "../periods/calendar.ts";
import type { Lang } from "../periods/format.ts";
import { NO_RESPONSE_MONTHS } from "../status/silence.ts";
import { describeNoResponse } from "../view/describe.ts";
import { csvHeader, csvRows } from "./csv.ts";
import { type ExportFilter, exportedStatuses } from "./records.ts";

const headers = {
  sv: [
    "Organisation",
    "Granskning",
    "Granskningens diarienummer",
    "Granskningens titel",
    "Granskningens datum",
    "Rekommendation",
    "Text",
    "Nämnd",
    "Nämndens namn",
    "Ställningstagande",
    "Läge enligt nämnden",
    "Bedömning av revisorerna",
    "Nästa tidpunkt",
    "Nästa tidpunkt (som skrivet)",
    "Försenade tidpunkter (enligt källa)",
    "Passerade tidpunkter utan rapport",
    "Rapporterat av annat organ",
    "Senaste svar",
    "Inget svar länge",
  ],
  en: [
    "Organisation",
    "Audit",
    "Audit diary number",
    "Audit title",
    "Audit date",
    "Recommendation",
    "Text",
    "Body",
    "Body name",
    "Stance",
    "State as the body reports",
    "Auditors' assessment",
    "Next due",
    "Next due (as written)",
    "Late deadlines (as a source says)",
    "Deadlines passed without report",
    "Reported by another body",
    "Last response",
    "No response long after the issue",
  ],
} as const;

/** One row per recommendation and addressee, with both status tracks, for spreadsheets. */
export function statusCsv(
  corpus: Corpus,
  asOf: IsoDay,
  lang: Lang,
  filter: ExportFilter = {},
): string {
  return statusCsvHeader(lang) + statusCsvRows(corpus, asOf, lang, filter);
}

/** The status file's first line, byte order mark included. */
export function statusCsvHeader(lang: Lang): string {
  return csvHeader(headers[lang]);
}

/**
 * The rows alone. Rows are ordered by organisation first, so a corpus's file is its header
 * followed by each organisation's rows in `compareOrganisations` order.
 */
export function statusCsvRows(
  corpus: Corpus,
  asOf: IsoDay,
  lang: Lang,
  filter: ExportFilter = {},
): string {
  const rows = exportedStatuses(corpus, asOf, filter).map((s) => {
    const audit = corpus.index.audit(s.organisation, s.audit)?.data;
    return [
      s.organisation,
      s.audit,
      audit?.diary_number,
      audit?.title,
      audit?.date.text,
      s.recommendation,
      s.text,
      s.body,
      corpus.index.body(s.organisation, s.body)?.name,
      s.stance ? labelOf(s.stance, lang) : "",
      stateLabel(s.body_state, lang),
      stateLabel(s.auditor_state, lang),
      s.next_due?.end,
      s.next_due?.text,
      s.passed.filter((p) => p.outcome === "late").length,
      s.passed.filter((p) => p.outcome === "passed").length,
      s.reported_by.map((b) => corpus.index.body(s.organisation, b)?.name ?? b).join(", "),
      s.last_response,
      s.no_response_since
        ? describeNoResponse({ since: s.no_response_since, months: NO_RESPONSE_MONTHS }, lang)
        : "",
    ];
  });
  return csvRows(rows);
}
