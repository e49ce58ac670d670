import { stringify } from "yaml";
import type { Bilingual } from "../bilingual.ts";
import type { Corpus } from "../corpus.ts";
import { noAudit, noBody } from "../diagnostics/missing.ts";
import { labelOf, measureStateLabels, stateLabel } from "../labels.ts";
import { subjectKey } from "../link/keys.ts";
import type { IsoDay } from "../periods/calendar.ts";
import { formatDay } from "../periods/format.ts";
import type { Recommendation } from "../schema/audit.ts";
import { idFromDiaryNumber, idProblem } from "../schema/ids.ts";
import type { Body } from "../schema/organisation.ts";
import type { ResponseKindValue } from "../schema/response-kind.ts";
import type { MeasureStatus, Status } from "../status/derive.ts";

export interface DraftRequest {
  organisation: string;
  audit: string;
  body: string;
  followUp: boolean;
  /** The new response's id; derived from its diary number when that is given instead. */
  id?: string;
  /** The diary number as the document will write it, `Sn 2025/1234`. */
  diaryNumber?: string;
  /** The document date, and the day earlier measures' status is read for. */
  today: IsoDay;
}

export interface Draft {
  id: string;
  file: string;
  text: string;
  kind: ResponseKindValue;
  recommendations: string[];
  /** Earlier measures carried forward for the body to report on, each once. */
  earlierMeasures: string[];
  responseDue?: string;
}

export type DraftResult = { ok: true; draft: Draft } | { ok: false; message: Bilingual };

const placeholder = (text: string) => `[[${text}]]`;

/** The longest a quote of an earlier measure gets before it is cut with an ellipsis. */
const QUOTE_LENGTH = 70;

/** The start of a measure's words, as a `Följer upp:` line quotes them. */
function quoteOf(text: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  if (words.length <= QUOTE_LENGTH) return words;
  const cut = words.slice(0, QUOTE_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, "")} …`;
}

/** The id a draft gets: the one asked for, else the diary number's, else a descriptive slug. */
function draftId(
  request: DraftRequest,
  body: string,
  kind: ResponseKindValue,
  audit: string,
): { ok: true; id: string } | { ok: false; message: Bilingual } {
  if (request.id !== undefined) {
    const problem = idProblem("document", request.id);
    if (!problem) return { ok: true, id: request.id };
    // A diary number has a number in it and never climbs folders: a path is refused as a path.
    const derived =
      /\d/.test(request.id) && !request.id.includes("..")
        ? idFromDiaryNumber(request.id)
        : undefined;
    return {
      ok: false,
      message: derived
        ? {
            sv: `"${request.id}" ser ut som ett diarienummer: ange det med --diary-number, så skrivs det som det står och svarets id blir ${derived}`,
            en: `"${request.id}" looks like a diary number: give it with --diary-number, so that it is kept as written and the response's id becomes ${derived}`,
          }
        : problem.message,
    };
  }
  if (request.diaryNumber !== undefined) {
    const derived = idFromDiaryNumber(request.diaryNumber);
    if (derived) return { ok: true, id: derived };
    return {
      ok: false,
      message: {
        sv: `Diarienumret "${request.diaryNumber}" ger inget id; ange ett id med --id`,
        en: `The diary number "${request.diaryNumber}" gives no id; give one with --id`,
      },
    };
  }
  const word = { response: "yttrande", "follow-up-response": "uppfoljande-yttrande" }[
    kind as "response"
  ];
  return {
    ok: true,
    id: `${body}-${request.today}-${word ?? "aterrapportering"}-${audit}`.toLowerCase(),
  };
}

/**
 * A new response file for a body to fill in: a section per recommendation addressed to it, with
 * the recommendation verbatim and placeholders for what only the body can say. A follow-up
 * carries every earlier promise forward once, by its id and with its due date, as a measure that
 * reports on it (open ones, to keep, tick, give a new date or drop) or a line (those already
 * done or dropped), and says where both tracks stand: the body's and the auditors'. `sparbar
 * check` flags every placeholder left.
 */
export function draftResponse(corpus: Corpus, request: DraftRequest): DraftResult {
  const { index } = corpus;
  const audit = index.audit(request.organisation, request.audit);
  if (!audit) return { ok: false, message: noAudit(request.audit, request.organisation) };
  const body = index.body(request.organisation, request.body);
  if (!body) {
    return {
      ok: false,
      message: noBody(
        index.organisation(request.organisation)?.data.name ?? request.organisation,
        request.body,
      ),
    };
  }
  const kind: ResponseKindValue = request.followUp
    ? "follow-up-response"
    : audit.data.kind === "audit" || audit.data.kind === "follow-up-audit"
      ? "response"
      : "report-back";
  const asked = audit.data.responses_due.filter((d) => d.from === body.id && d.kind === kind);
  const listed = new Set(asked.flatMap((d) => d.recommendations ?? []));
  const coordinates = audit.data.coordinator === body.id;
  const addressed = (r: Recommendation) => r.to.includes(body.id) || coordinates;
  const statusOf = (r: Recommendation) => {
    const subject = corpus.subject(
      subjectKey(request.organisation, request.audit, r.id, request.body),
    );
    return subject ? corpus.status(subject, request.today) : undefined;
  };
  // A follow-up answers what the auditors asked about, and reports on every promise still open.
  const recommendations = audit.data.recommendations.filter((r) =>
    listed.size > 0
      ? listed.has(r.id) || (request.followUp && addressed(r) && openPromises(statusOf(r)) > 0)
      : addressed(r),
  );
  if (recommendations.length === 0) {
    return {
      ok: false,
      message: {
        sv: `${audit.data.id} har ingen rekommendation riktad till ${body.id}`,
        en: `${audit.data.id} has no recommendation addressed to ${body.id}`,
      },
    };
  }
  const named = draftId(request, body.id, kind, audit.data.id);
  if (!named.ok) return named;
  const id = named.id;
  const previous = index
    .responsesTo(request.organisation, audit.data.id)
    .filter((r) => r.data.body === body.id && index.when(r).end <= request.today);
  const due = asked.find((d) => d.by)?.by;

  const frontMatter: Record<string, unknown> = {
    id,
    ...(request.diaryNumber ? { diary_number: request.diaryNumber } : {}),
    kind,
    organisation: request.organisation,
    body: body.id,
    to: [audit.data.issued_by],
    answers: [audit.data.id],
    title: `${labelOf(kind, "sv")} – ${audit.data.title}`,
    date: request.today,
  };
  const earlierMeasures: string[] = [];
  const lines: string[] = [
    "---",
    stringify(frontMatter, { lineWidth: 100 }).trimEnd(),
    "---",
    "",
    ...(due
      ? [`<!-- Svaret ska lämnas senast ${formatDay(due.end, "sv")} (${due.text}). -->`, ""]
      : []),
    ...(previous.length > 0
      ? [`<!-- Tidigare svar: ${previous.map((r) => r.data.id).join(", ")}. -->`, ""]
      : []),
    "## Sammanfattning",
    "",
    placeholder("Sammanfatta nämndens svar."),
    "",
  ];
  for (const rec of recommendations) {
    const status = request.followUp ? statusOf(rec) : undefined;
    lines.push(...sectionHead(rec, kind, status ? standing(corpus, status, request.today) : []));
    if (!request.followUp || !status) {
      lines.push(...newMeasure(body, 1), "");
      continue;
    }
    const open = status.measures.filter((m) => isOpen(m));
    const settled = status.measures.filter((m) => !isOpen(m));
    let number = 1;
    if (open.length > 0) {
      lines.push("### Tidigare utlovade åtgärder", "");
      for (const m of open) {
        earlierMeasures.push(m.measure.id);
        lines.push(...carriedForward(m, number++));
      }
      lines.push("");
    }
    if (settled.length > 0) {
      lines.push("### Redan rapporterade åtgärder", "");
      for (const m of settled) {
        earlierMeasures.push(m.measure.id);
        lines.push(settledLine(m));
      }
      lines.push("");
    }
    lines.push("### Nya åtgärder", "", ...newMeasure(body, number), "");
  }
  const text = `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
  const draft: Draft = {
    id,
    file: `responses/${request.organisation}/${id}.md`,
    text,
    kind,
    recommendations: recommendations.map((r) => r.id),
    earlierMeasures,
  };
  if (due) draft.responseDue = due.end;
  return { ok: true, draft };
}

function sectionHead(rec: Recommendation, kind: ResponseKindValue, standing: string[]): string[] {
  const quote = rec.text.replace(/\s+/g, " ").trim();
  return [
    `## ${rec.id} ${placeholder("rubrik")}`,
    "",
    `> ${quote}`,
    "",
    ...standing,
    kind === "response"
      ? `Ställningstagande: ${placeholder("instämmer / instämmer delvis / instämmer inte")}`
      : `Rapporterat: ${placeholder("Genomfört / Delvis genomfört / Pågår / Ej påbörjat")}`,
    "",
    placeholder(
      kind === "follow-up-response"
        ? "Beskriv vad nämnden har gjort sedan förra svaret."
        : "Beskriv nämndens arbete och bedömning.",
    ),
    "",
  ];
}

function newMeasure(body: Body, number: number): string[] {
  return [
    `- [ ] ${placeholder("Åtgärd")} — ${placeholder("när, t.ex. den 31 maj 2026")}`,
    `  Id: ${number}`,
    `  Återrapporteras till: ${body.name}`,
  ];
}

function openPromises(status: Status | undefined): number {
  return status?.measures.filter(isOpen).length ?? 0;
}

/** A promise the body still has to say something of: neither reported done nor dropped. */
function isOpen(m: MeasureStatus): boolean {
  return m.state !== "done" && m.state !== "dropped";
}

/**
 * Where the recommendation stands for the body on the draft's day, on both tracks, with the
 * auditors' last verdict in their words: visible text to keep or update.
 */
function standing(corpus: Corpus, status: Status, today: IsoDay): string[] {
  const last = status.lastResponse;
  const lastWhen = last ? corpus.index.response(last.organisation, last.id) : undefined;
  const since = last
    ? ` (senast i ${last.id}${lastWhen ? `, ${corpus.index.when(lastWhen).text}` : ""})`
    : "";
  const assessment = status.lastAssessment;
  const assessedIn = assessment
    ? corpus.index.audit(assessment.organisation, assessment.id)
    : undefined;
  const verdict = assessment
    ? `${stateLabel(status.auditor, "sv")} (${assessment.id}${assessedIn ? `, ${assessedIn.data.date.text}` : ""})${assessment.basis ? `: ”${assessment.basis.replace(/\s+/g, " ").trim()}”` : "."}`
    : `${stateLabel(status.auditor, "sv")}.`;
  return [
    `Läget ${formatDay(today, "sv")}, enligt tidigare dokument:`,
    "",
    `- Enligt nämnden: ${stateLabel(status.body, "sv")}${since}.`,
    `- Enligt revisorerna: ${verdict}`,
    "",
  ];
}

/** An open promise carried forward: kept as it is, or ticked, given a new date or dropped. */
function carriedForward(m: MeasureStatus, number: number): string[] {
  const state = measureStateLabels[m.state].sv.toLowerCase();
  const dueWords = m.due ? `, förfaller ${formatDay(m.due.end, "sv")}` : "";
  return [
    `- [ ] ${m.measure.text}${m.due ? ` — ${m.due.text}` : ""}`,
    `  Id: ${number}`,
    `  Följer upp: ${m.measure.id} ”${quoteOf(m.measure.text)}”`,
    `  ${placeholder(`Utlovad i ${m.source.id}${dueWords}, i dag ${state}. Går arbetet enligt plan, låt åtgärden stå. Är den genomförd, kryssa i och skriv Genomförd: när. Får den en ny tidpunkt, ändra den och skriv Skäl: varför. Utgår den, skriv Utgår: varför.`)}`,
  ];
}

/** A promise already reported done or dropped: named once, never declared again. */
function settledLine(m: MeasureStatus): string {
  const state = measureStateLabels[m.state].sv;
  const first = m.done?.firstReportedIn ?? m.done?.source;
  const when = m.done
    ? `, rapporterad i ${first?.id} (${m.done.reported.text})`
    : m.dropped
      ? `, ${m.dropped.when.text} i ${m.dropped.source.id}: ${m.dropped.reason}`
      : "";
  return `- ${m.measure.id}: ${m.measure.text}. ${state}${when}.`;
}
