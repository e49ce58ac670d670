import type { Corpus } from "../corpus.ts";
import { labelOf } from "../labels.ts";
import type { IsoDay } from "../periods/calendar.ts";
import type { Lang } from "../periods/format.ts";
import { stateLabels } from "../status/states.ts";
import { toCsv } from "./csv.ts";
import { exportCorpus } from "./records.ts";

const headers = {
  sv: [
    "Organisation",
    "Granskning",
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
    "Missade tidpunkter",
    "Senaste svar",
  ],
  en: [
    "Organisation",
    "Audit",
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
    "Missed deadlines",
    "Last response",
  ],
} as const;

/** One row per recommendation and addressee, with both status tracks, for spreadsheets. */
export function statusCsv(corpus: Corpus, asOf: IsoDay, lang: Lang): string {
  const rows = exportCorpus(corpus, asOf).statuses.map((s) => {
    const audit = corpus.index.audit(s.organisation, s.audit)?.data;
    return [
      s.organisation,
      s.audit,
      audit?.title,
      audit?.date.text,
      s.recommendation,
      s.text,
      s.body,
      corpus.index.body(s.organisation, s.body)?.name,
      s.stance ? labelOf(s.stance, lang) : "",
      stateLabels[s.body_state][lang],
      stateLabels[s.auditor_state][lang],
      s.next_due?.end,
      s.next_due?.text,
      s.missed.length,
      s.last_response,
    ];
  });
  return toCsv(headers[lang], rows);
}
