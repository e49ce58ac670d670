import { stringify } from "yaml";
import type { Bilingual } from "../bilingual.ts";
import type { Corpus } from "../corpus.ts";
import { noAudit, noBody } from "../diagnostics/missing.ts";
import { measureStateLabels } from "../labels.ts";
import { subjectKey } from "../link/keys.ts";
import type { IsoDay } from "../periods/calendar.ts";
import { formatDay } from "../periods/format.ts";
import type { Recommendation } from "../schema/audit.ts";
import { idProblem } from "../schema/ids.ts";
import type { ResponseKindValue } from "../schema/response-kind.ts";
import type { MeasureStatus } from "../status/derive.ts";

export interface DraftRequest {
  organisation: string;
  audit: string;
  body: string;
  followUp: boolean;
  /** The new response's id: its diary number if it has one. */
  id?: string;
  /** The document date, and the day earlier measures' status is read for. */
  today: IsoDay;
}

interface Draft {
  id: string;
  file: string;
  text: string;
  kind: ResponseKindValue;
  recommendations: string[];
  /** Earlier measures listed for the body to report on. */
  earlierMeasures: string[];
  responseDue?: string;
}

export type DraftResult = { ok: true; draft: Draft } | { ok: false; message: Bilingual };

const placeholder = (text: string) => `[[${text}]]`;

/**
 * A new response file for a body to fill in: a section per recommendation addressed to it,
 * with the recommendation verbatim, placeholders for stance, text and measures, and the
 * response deadline. A follow-up lists every measure promised earlier, with its due date and
 * status, for the body to report on. `sparbar check` flags every placeholder left.
 */
export function draftResponse(corpus: Corpus, request: DraftRequest): DraftResult {
  // The id names the draft's file: one that would climb out of its folder is never written.
  const badId = request.id === undefined ? undefined : idProblem("document", request.id);
  if (badId) return { ok: false, message: badId.message };
  const audit = corpus.index.audit(request.organisation, request.audit);
  if (!audit) {
    return {
      ok: false,
      message: noAudit(request.audit, request.organisation),
    };
  }
  const body = corpus.index.body(request.organisation, request.body);
  if (!body) {
    return {
      ok: false,
      message: noBody(
        corpus.index.organisation(request.organisation)?.data.name ?? request.organisation,
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
  // A follow-up answers what the auditors asked about, and reports on every promise still open.
  const recommendations = audit.data.recommendations.filter((r) =>
    listed.size > 0
      ? listed.has(r.id) ||
        (request.followUp && addressed(r) && openMeasures(corpus, request, r).length > 0)
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
  const previous = corpus.index
    .responsesTo(request.organisation, audit.data.id)
    .filter((r) => r.data.body === body.id && corpus.index.when(r).end <= request.today);
  const id =
    request.id ??
    `${body.id}-${request.today}-${kind === "follow-up-response" ? "uppfoljande-yttrande" : kind === "report-back" ? "aterrapportering" : "yttrande"}-${audit.data.id}`.toLowerCase();
  const due = asked.find((d) => d.by)?.by;
  const kindWord = {
    response: "Yttrande",
    "follow-up-response": "Uppföljande yttrande",
    "report-back": "Återrapportering",
  }[kind];

  const frontMatter: Record<string, unknown> = {
    id,
    kind,
    organisation: request.organisation,
    body: body.id,
    to: [audit.data.issued_by],
    answers: [audit.data.id],
    title: `${kindWord} – ${audit.data.title}`,
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
    lines.push(...section(rec, body.id, kind));
    if (request.followUp) {
      const earlier = earlierMeasuresOf(corpus, request, rec);
      if (earlier.length > 0) {
        lines.push("### Tidigare utlovade åtgärder", "");
        for (const m of earlier) {
          earlierMeasures.push(m.measure.id);
          const state = measureStateLabels[m.state].sv.toLowerCase();
          lines.push(
            `- [${m.state === "done" ? "x" : " "}] ${m.measure.text}${m.due ? ` — ${m.due.text}` : ""}`,
            `  Följer upp: ${m.measure.id}`,
            `  <!-- Läge ${request.today}: ${state}${m.due ? `, förfaller ${formatDay(m.due.end, "sv")}` : ""}; utlovad i ${m.source.id}. Bocka i om den är genomförd, eller skriv en ny tidpunkt. -->`,
          );
        }
        lines.push("");
      }
    }
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

function section(rec: Recommendation, body: string, kind: ResponseKindValue): string[] {
  const quote = rec.text.replace(/\s+/g, " ").trim();
  return [
    `## ${rec.id} ${placeholder("rubrik")}`,
    "",
    `> ${quote}`,
    "",
    kind === "report-back"
      ? `Rapporterat: ${placeholder("Genomfört / Pågår / Delvis genomfört / Ej påbörjat")}`
      : `Ställningstagande: ${placeholder("instämmer / instämmer delvis / instämmer inte")}`,
    "",
    placeholder("Beskriv nämndens arbete och bedömning."),
    "",
    `- [ ] ${placeholder("Åtgärd")} — ${placeholder("när, t.ex. den 31 maj 2026")}`,
    `  Återrapporteras till: ${body}`,
    "",
  ];
}

function openMeasures(corpus: Corpus, request: DraftRequest, rec: Recommendation): MeasureStatus[] {
  return earlierMeasuresOf(corpus, request, rec).filter((m) => m.state !== "done");
}

function earlierMeasuresOf(
  corpus: Corpus,
  request: DraftRequest,
  rec: Recommendation,
): MeasureStatus[] {
  const subject = corpus.subject(
    subjectKey(request.organisation, request.audit, rec.id, request.body),
  );
  if (!subject) return [];
  return corpus.status(subject, request.today)?.measures ?? [];
}
