import { isMap, isSeq, stringify, type YAMLMap } from "yaml";
import type { Bilingual } from "../bilingual.ts";
import { Corpus } from "../corpus.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { noAudit } from "../diagnostics/missing.ts";
import { valueLabels } from "../labels.ts";
import { parseFrontMatterYaml, splitFrontMatter } from "../load/front-matter.ts";
import { loadSource } from "../load/load-source.ts";
import type { IsoDay } from "../periods/calendar.ts";
import { findById } from "../query/find.ts";
import { type Assessment, type AssessmentResult, assessmentResults } from "../schema/audit.ts";
import { idFromDiaryNumber, idProblem } from "../schema/ids.ts";
import { LineIndex } from "../text/line-index.ts";
import { nearest, withSuggestion } from "../vocabulary/closed.ts";
import { formatSource } from "./format-source.ts";

export interface AssessmentRequest {
  /** The recommendation assessed: `SR-2023-81/R3` or `SR-2023-81 R3`. */
  recommendation: string;
  organisation?: string;
  /** The addressee assessed; every addressee when left out. */
  body?: string;
  /** The verdict, as a code (`implemented`) or in words (`genomförd`, `delvis genomförd`). */
  result: string;
  /** The auditors' words the verdict rests on. */
  basis?: string;
  /** The audit that makes the assessment: its id, or its diary number as written. */
  audit: string;
  /** The date of that audit, when it is new. */
  date: IsoDay;
  /** The title of that audit, when it is new. */
  title?: string;
  /** Replace an assessment of the same recommendation and body already in that audit. */
  replace: boolean;
}

export type AssessmentOutcome =
  | {
      ok: true;
      file: string;
      text: string;
      /** Whether the assessing audit is a new file. */
      created: boolean;
      organisation: string;
      audit: string;
      /** The day from which the assessment counts: the end of the assessing audit's date. */
      from: IsoDay;
      assessment: Assessment;
    }
  | { ok: false; message: Bilingual; diagnostics?: Diagnostic[] };

/** An assessment's verdict read exactly, as a code or its Swedish or English label. */
export function readAssessmentResult(
  written: string,
): { ok: true; result: AssessmentResult } | { ok: false; suggestions: string[] } {
  const needle = written.replace(/\s+/g, " ").trim().toLowerCase();
  const words = new Map<string, AssessmentResult>();
  for (const result of assessmentResults) {
    words.set(result, result);
    const label = valueLabels[result];
    if (label) {
      words.set(label.sv.toLowerCase(), result);
      words.set(label.en.toLowerCase(), result);
    }
  }
  const exact = words.get(needle);
  if (exact) return { ok: true, result: exact };
  return { ok: false, suggestions: nearest(needle, words.keys()) };
}

function fail(message: Bilingual, diagnostics?: Diagnostic[]): AssessmentOutcome {
  return diagnostics ? { ok: false, message, diagnostics } : { ok: false, message };
}

/**
 * A follow-up audit with one more assessment of an earlier recommendation: the audit named, with
 * the assessment added to its front matter (every comment and value kept), or a new follow-up
 * audit holding only that assessment. Refused, with what to do, when the recommendation, body or
 * verdict is unknown, when the audit already assesses it (unless replacing), or when the file
 * would not check clean.
 */
export function recordAssessment(corpus: Corpus, request: AssessmentRequest): AssessmentOutcome {
  const found = findById(corpus, request.recommendation, request.organisation).filter(
    (f) => f.kind === "recommendation",
  );
  if (found.length > 1) {
    const where = found.map((f) => f.audit.data.organisation).join(", ");
    return fail({
      sv: `"${request.recommendation}" finns i flera organisationer (${where}); ange --org`,
      en: `"${request.recommendation}" exists in several organisations (${where}); give --org`,
    });
  }
  const target = found[0];
  if (!target) {
    const ids = [...corpus.index.audits.values()].flatMap((a) =>
      a.data.recommendations.map((r) => `${a.data.id}/${r.id}`),
    );
    const suggestions = nearest(request.recommendation.replace(/\s+/, "/"), ids);
    return fail(
      withSuggestion(
        {
          sv: `Ingen granskning har rekommendationen "${request.recommendation}"`,
          en: `No audit has the recommendation "${request.recommendation}"`,
        },
        suggestions,
      ),
    );
  }
  const assessed = target.audit.data;
  const organisation = assessed.organisation;
  const rec = target.recommendation;
  if (request.body !== undefined && !rec.to.includes(request.body)) {
    return fail(
      withSuggestion(
        {
          sv: `${assessed.id} ${rec.id} är riktad till ${rec.to.join(", ")}, inte till ${request.body}`,
          en: `${assessed.id} ${rec.id} is addressed to ${rec.to.join(", ")}, not to ${request.body}`,
        },
        nearest(request.body, rec.to),
      ),
    );
  }
  const result = readAssessmentResult(request.result);
  if (!result.ok) {
    return fail(
      withSuggestion(
        {
          sv: `"${request.result}" är ingen bedömning; skriv genomförd, delvis genomförd, ej genomförd eller inte längre aktuell`,
          en: `"${request.result}" is not a verdict; write implemented, partly implemented, not implemented or no longer relevant`,
        },
        result.suggestions,
      ),
    );
  }
  const assessment: Assessment = {
    audit: assessed.id,
    recommendation: rec.id,
    result: result.result,
    ...(request.body ? { body: request.body } : {}),
    ...(request.basis ? { basis: request.basis } : {}),
  };

  let id = request.audit;
  let diaryNumber: string | undefined;
  if (idProblem("document", id)) {
    const derived = idFromDiaryNumber(id);
    if (!derived) {
      return fail({
        sv: `"${request.audit}" kan inte vara en gransknings id eller diarienummer`,
        en: `"${request.audit}" cannot be an audit's id or diary number`,
      });
    }
    diaryNumber = id;
    id = derived;
  }
  const existing = corpus.index.audit(organisation, id);
  const file = existing?.file ?? `audits/${organisation}/${id}.md`;
  let raw: string;
  if (existing) {
    const added = addAssessment(existing.text, existing.file, assessment, request.replace);
    if (!added.ok) return fail(added.message);
    raw = added.text;
  } else {
    if (corpus.index.isBroken(organisation, id)) return fail(noAudit(id, organisation));
    raw = newFollowUpAudit(id, diaryNumber, organisation, assessed, request, assessment);
  }
  const formatted = formatSource(file, raw, "audit");
  const text = formatted.ok ? formatted.text : raw;
  const problems = problemsOf(corpus, file, text);
  if (problems.length > 0) {
    return fail(
      {
        sv: `${file} skulle få fel; inget skrevs`,
        en: `${file} would have errors; nothing was written`,
      },
      problems,
    );
  }
  return {
    ok: true,
    file,
    text,
    created: !existing,
    organisation,
    audit: id,
    from: existing?.data.date.end ?? request.date,
    assessment,
  };
}

function sameSubject(node: unknown, a: Assessment): boolean {
  if (!isMap(node)) return false;
  const map = node as YAMLMap;
  return (
    map.get("audit") === a.audit &&
    map.get("recommendation") === a.recommendation &&
    (map.get("body") ?? undefined) === a.body
  );
}

/** The audit's text with the assessment added to its front matter; nothing else changes. */
function addAssessment(
  text: string,
  file: string,
  assessment: Assessment,
  replace: boolean,
): { ok: true; text: string } | { ok: false; message: Bilingual } {
  const split = splitFrontMatter(text, file);
  const unreadable = {
    ok: false as const,
    message: {
      sv: `${file} har fel i sin front matter; rätta dem först (kör sparbar check)`,
      en: `${file} has errors in its front matter; fix them first (run sparbar check)`,
    },
  };
  if ("code" in split) return unreadable;
  const parsed = parseFrontMatterYaml(split, file, new LineIndex(text));
  if (!parsed.ok) return unreadable;
  const doc = parsed.parsed.doc;
  const node = doc.createNode(assessment);
  const list = doc.get("assessments");
  const at = isSeq(list) ? list.items.findIndex((item) => sameSubject(item, assessment)) : -1;
  if (at >= 0 && !replace) {
    return {
      ok: false,
      message: {
        sv: `${file} bedömer redan ${assessment.audit} ${assessment.recommendation}${assessment.body ? ` för ${assessment.body}` : ""}; inget skrevs. Använd --force för att ersätta bedömningen.`,
        en: `${file} already assesses ${assessment.audit} ${assessment.recommendation}${assessment.body ? ` for ${assessment.body}` : ""}; nothing was written. Use --force to replace the assessment.`,
      },
    };
  }
  if (at >= 0) doc.setIn(["assessments", at], node);
  else if (isSeq(list)) list.add(node);
  else doc.set("assessments", doc.createNode([assessment]));
  const follows = doc.get("follows_up");
  const followed = isSeq(follows) && follows.items.some((i) => String(i) === assessment.audit);
  if (!followed && isSeq(follows)) follows.add(doc.createNode(assessment.audit));
  else if (!followed) doc.set("follows_up", doc.createNode([assessment.audit]));
  return { ok: true, text: `---\n${doc.toString()}---\n${split.body}` };
}

function newFollowUpAudit(
  id: string,
  diaryNumber: string | undefined,
  organisation: string,
  assessed: { id: string; title: string; issued_by: string },
  request: AssessmentRequest,
  assessment: Assessment,
): string {
  const doc = {
    id,
    ...(diaryNumber ? { diary_number: diaryNumber } : {}),
    kind: "follow-up-audit",
    organisation,
    title: request.title ?? `Uppföljning av ${assessed.title}`,
    date: request.date,
    issued_by: assessed.issued_by,
    follows_up: [assessed.id],
    assessments: [assessment],
  };
  return `---\n${stringify(doc, { lineWidth: 100 })}---\n`;
}

/** The errors a file would have in the corpus, were it written. */
function problemsOf(corpus: Corpus, file: string, text: string): Diagnostic[] {
  const { loaded } = corpus;
  const result = loadSource(file, text);
  const others = <T extends { file: string }>(list: T[]) => list.filter((d) => d.file !== file);
  const next = new Corpus({
    organisations: loaded.organisations,
    audits: [
      ...others(loaded.audits),
      ...(result.document?.type === "audit" ? [result.document] : []),
    ],
    responses: loaded.responses,
    broken: [...others(loaded.broken), ...(result.broken ? [result.broken] : [])],
    diagnostics: [...loaded.diagnostics.filter((d) => d.file !== file), ...result.diagnostics],
  });
  return next.diagnostics.filter((d) => d.file === file && d.severity === "error");
}
