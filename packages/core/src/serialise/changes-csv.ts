import { labelOf } from "../labels.ts";
import type { Lang } from "../periods/format.ts";
import type { ChangesRecord } from "../view/changes.ts";
import {
  changeKindLabel,
  describeMissed,
  describeMoved,
  describeStateChange,
  periodIn,
} from "../view/describe.ts";
import { textIn } from "../view/text.ts";
import { toCsv } from "./csv.ts";

const headers = {
  sv: [
    "Vad",
    "Dag",
    "Dag (som skrivet)",
    "Organisation",
    "Granskning",
    "Rekommendation",
    "Nämnd",
    "Åtgärd",
    "Ändring",
    "Dokument",
    "Diarienummer",
    "Källor",
  ],
  en: [
    "What",
    "Day",
    "Day (as written)",
    "Organisation",
    "Audit",
    "Recommendation",
    "Body",
    "Measure",
    "Change",
    "Document",
    "Diary number",
    "Sources",
  ],
} as const;

/** A period's changes for spreadsheets: one row per new document, state change, moved or passed date. */
export function changesCsv(record: ChangesRecord, lang: Lang): string {
  const name = (n: { name: { sv: string; en?: string } }) => textIn(n.name, lang).text;
  const rows: (string | undefined)[][] = [
    ...record.documents.map((d) => [
      changeKindLabel("document", lang),
      d.when.end,
      periodIn(d.when, lang),
      name(d.organisation),
      d.type === "audit" ? d.id : undefined,
      undefined,
      name(d.body),
      undefined,
      labelOf(d.kind, lang),
      `${d.id} ${textIn(d.title, lang).text}`,
      d.diaryNumber,
      d.id,
    ]),
    ...record.states.map((s) => [
      changeKindLabel("state", lang),
      s.day,
      s.day,
      name(s.organisation),
      s.audit.id,
      s.item,
      name(s.body),
      undefined,
      describeStateChange(s, lang),
      undefined,
      undefined,
      s.sources.map((d) => d.id).join(", "),
    ]),
    ...record.moved.map((m) => [
      changeKindLabel("moved", lang),
      m.when.end,
      periodIn(m.when, lang),
      name(m.organisation),
      m.audit.id,
      m.item,
      name(m.body),
      m.measure.id,
      describeMoved(m, lang),
      m.measure.text,
      undefined,
      m.source.id,
    ]),
    ...record.missed.map((m) => [
      changeKindLabel("missed", lang),
      m.due.end,
      periodIn(m.due, lang),
      name(m.organisation),
      m.audit.id,
      m.item,
      name(m.body),
      m.measure?.id,
      describeMissed(m, lang),
      m.measure?.text,
      undefined,
      m.source.id,
    ]),
  ];
  return toCsv(headers[lang], rows);
}
