import type { Corpus } from "../corpus.ts";
import { measureStateLabels } from "../labels.ts";
import type { IsoDay } from "../periods/calendar.ts";
import type { Lang } from "../periods/format.ts";
import { periodIn } from "../view/describe.ts";
import { toCsv } from "./csv.ts";
import { type ExportFilter, exportCorpus } from "./records.ts";

const headers = {
  sv: [
    "Organisation",
    "Granskning",
    "Rekommendation",
    "Nämnd",
    "Nämndens namn",
    "Åtgärd",
    "Text",
    "Utlovad i",
    "Utlovad",
    "Tidpunkt",
    "Tidpunkt (som skrivet)",
    "Först utlovad tidpunkt",
    "Läge",
    "Rapporterad genomförd",
    "Genomförd (som skrivet)",
    "Utgår, skäl",
    "Nya tidpunkter",
  ],
  en: [
    "Organisation",
    "Audit",
    "Recommendation",
    "Body",
    "Body name",
    "Measure",
    "Text",
    "Promised in",
    "Promised",
    "Due",
    "Due (as written)",
    "First promised due",
    "State",
    "Reported done",
    "Done (as written)",
    "Dropped, reason",
    "New dates",
  ],
} as const;

/**
 * One row per promised measure and addressee, with its state on the day, for spreadsheets: when
 * it was promised and due (as written, too), whether it was reported done or dropped, and every
 * new date it was given, with the reason.
 */
export function measuresCsv(
  corpus: Corpus,
  asOf: IsoDay,
  lang: Lang,
  filter: ExportFilter = {},
): string {
  const rows = exportCorpus(corpus, asOf, filter).statuses.flatMap((s) =>
    s.measures.map((m) => [
      s.organisation,
      s.audit,
      s.recommendation,
      s.body,
      corpus.index.body(s.organisation, s.body)?.name,
      m.id,
      m.text,
      m.source,
      periodIn(m.given, lang),
      m.due?.end,
      m.due ? periodIn(m.due, lang) : undefined,
      m.promised_due ? periodIn(m.promised_due, lang) : undefined,
      measureStateLabels[m.state][lang],
      m.done
        ? `${periodIn(m.done.reported, lang)} (${m.done.first_reported_in ?? m.done.source})`
        : "",
      m.done?.done_when ? periodIn(m.done.done_when, lang) : "",
      m.dropped?.reason ?? "",
      m.moves
        .map(
          (move) =>
            `${periodIn(move.due, lang)} (${move.source}${move.reason ? `: ${move.reason}` : ""})`,
        )
        .join("; "),
    ]),
  );
  return toCsv(headers[lang], rows);
}
