import {
  formatSource,
  measureKeyLineText,
  measureLine,
  placeholder,
  sectionHeadingLine,
  stanceLine,
  stancePhrases,
  stanceToChoose,
} from "@sparbar/core";
import { stringify } from "yaml";
import { fold, type KnownBody } from "./addressees.ts";
import type { ImportedAudit } from "./extract-audit.ts";
import type { ImportedResponse, ImportedSection } from "./extract-response.ts";

export interface DraftOrganisation {
  id: string;
  bodies: (KnownBody & { kind?: string })[];
}

/** What the draft says about how it was read: a damaged text, a guessed kind. */
export interface DraftNotes {
  damage: string | undefined;
  kindConfidence: number;
  kindGiven: boolean;
  /** The hand-written cues' reading, where the learned guess overruled it. */
  kindOverruled?: { kind: string; confidence: number };
}

function noteGaps(notes: DraftNotes | undefined, kind: string): string[] {
  const gaps: string[] = [];
  if (notes?.damage)
    gaps.push(
      `The source text is damaged (${notes.damage}): words may be misread; compare every item with the original document.`,
    );
  if (notes && !notes.kindGiven)
    gaps.push(
      `Read as ${kind === "audit" ? "an audit report" : "a response"}, a guess made with confidence ${notes.kindConfidence.toFixed(2)}; import again with --kind if it is the other.`,
    );
  if (notes?.kindOverruled && !notes.kindGiven)
    gaps.push(
      `The words that mark each kind pointed to ${notes.kindOverruled.kind === "audit" ? "an audit report" : "a response"} (confidence ${notes.kindOverruled.confidence.toFixed(2)}), but the learned guess, which weighs the whole opening's words and layout, firmly said the other kind and was taken.`,
    );
  return gaps.map((g) => `  - ${scalar(g)}`);
}

function scalar(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
}

/** A diary number as an id ("KS 1393/2024" → "KS-1393-2024"), or undefined when it cannot be one. */
function asId(value: string | undefined): string | undefined {
  const id = value?.replace(/[\s/]+/g, "-");
  return id && /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/.test(id) ? id : undefined;
}

function line(n: number): string {
  return `# rad ${n}`;
}

function bodyList(to: KnownBody[], unknown: string[]): string {
  const ids = [
    ...to.map((b) => b.id),
    ...unknown.map((u) => placeholder(`${u} – lägg till i organisation.yaml eller välj en nämnd`)),
  ];
  return ids.length > 0
    ? `[${ids.map((id) => (id.startsWith("[[") ? scalar(id) : id)).join(", ")}]`
    : `[${scalar(placeholder("nämnd"))}]`;
}

function finish(file: string, text: string): string {
  const formatted = formatSource(file, text);
  return formatted.ok ? formatted.text : text;
}

const addresseeSources = {
  previous: "the body of the recommendation before it",
  audited: "the one body the report audits",
  most: "the body most of the report's recommendations are to",
} as const;

/** A recommendation that names no one, given an addressee from around it: a reading to check. */
function addresseeGaps(recommendations: ImportedAudit["recommendations"]): string[] {
  return recommendations.flatMap((r) =>
    r.addresseeFrom
      ? [
          `  - ${scalar(`${r.id} names no addressee; it is read as ${r.to.map((b) => b.name).join(", ")}'s, ${addresseeSources[r.addresseeFrom]}. Check it against the report.`)}`,
        ]
      : [],
  );
}

const stanceSources = {
  "decided-step": "from the step the response decides for it",
  promise: "from the dated step the response promises for it",
  "whole-response": "from a stance the response states of all the recommendations together",
} as const;

/** A section whose answer states no stance in words, its stance read from elsewhere: a reading to check. */
function stanceGaps(sections: ImportedResponse["sections"]): string[] {
  return sections.flatMap((s) =>
    s.stanceFrom && s.stance
      ? [
          `  - ${scalar(`R${s.number}: the answer states no stance in words; "${stancePhrases[s.stance]}" is read ${stanceSources[s.stanceFrom]}. Check it against the response.`)}`,
        ]
      : [],
  );
}

/** An audit draft: every item with the source line it came from, placeholders where the report is silent. */
export function auditDraft(
  audit: ImportedAudit,
  organisation: DraftOrganisation,
  source: string,
  notes?: DraftNotes,
): { id: string; file: string; text: string } {
  const own = audit.diaryNumbers.find((d) => d.line <= (audit.title?.line ?? 0) + 15);
  const id = asId(own?.value) ?? slug(audit.title?.value ?? "granskning");
  const auditors = organisation.bodies.find((b) => b.kind === "auditors");
  const out = [
    "---",
    `id: ${scalar(id)}${own ? ` ${line(own.line)}` : ""}`,
    "kind: audit",
    `organisation: ${organisation.id}`,
    `title: ${scalar(audit.title?.value ?? placeholder("titel"))}${audit.title ? ` ${line(audit.title.line)}` : ""}`,
    `date: ${scalar(audit.date?.value.text ?? placeholder("datum"))}${audit.date ? ` ${line(audit.date.line)}` : ""}`,
    `issued_by: ${auditors ? auditors.id : scalar(placeholder("revisionen"))}`,
  ];
  if (audit.firm) out.push(`firm: ${scalar(audit.firm.value)} ${line(audit.firm.line)}`);
  if (audit.audited.length > 0) out.push(`audited: [${audit.audited.map((b) => b.id).join(", ")}]`);
  if (audit.questions.length > 0) {
    out.push("questions:");
    for (const q of audit.questions) {
      out.push(`  - id: ${q.id} ${line(q.line)}`, `    text: ${scalar(q.text)}`);
      out.push(`    answer: ${q.answer ?? scalar(placeholder("yes / largely / partly / no"))}`);
      if (q.assessment) out.push(`    assessment: ${scalar(q.assessment)}`);
    }
  }
  out.push("recommendations:");
  if (audit.recommendations.length === 0)
    out.push(
      `  - id: R1`,
      `    to: [${scalar(placeholder("nämnd"))}]`,
      `    text: ${scalar(placeholder("rekommendationen ordagrant"))}`,
    );
  for (const r of audit.recommendations) {
    out.push(
      `  - id: ${r.id} ${line(r.line)}`,
      `    to: ${bodyList(r.to, r.unknownTo)}`,
      `    text: ${scalar(r.text)}`,
    );
  }
  const answering = [...new Set(audit.recommendations.flatMap((r) => r.to.map((b) => b.id)))];
  out.push(
    "responses_due:",
    // Never left empty: with no known addressee the reviewer fills in who answers.
    ...(answering.length > 0 ? answering : [scalar(placeholder("nämnd som ska svara"))]).flatMap(
      (b) => [`  - from: ${b}`, `    by: ${scalar(placeholder("när svaret ska lämnas"))}`],
    ),
  );
  out.push(
    `source: ${scalar(source)}`,
    "gaps:",
    `  - ${scalar("Imported automatically; check every item against the source before the file is used.")}`,
    ...noteGaps(notes, "audit"),
    ...addresseeGaps(audit.recommendations),
    "---",
    "",
    "## Sammanfattning",
    "",
    placeholder("Sammanfattningen ur rapporten."),
    "",
  );
  const file = `audits/${organisation.id}/${id}.md`;
  return { id, file, text: finish(file, out.join("\n")) };
}

/**
 * The stance as `check` reads it, or a placeholder: where the response's words lie between two
 * stances ("instämmer inte helt"), the placeholder quotes them and offers those two.
 */
function stanceWords(section: ImportedSection): string {
  if (section.stance) return stancePhrases[section.stance];
  const undecided = section.stanceUndecided;
  if (undecided)
    return placeholder(`${undecided.choices.join(" / ")} – svaret skriver "${undecided.words}"`);
  return stanceToChoose;
}

/**
 * When a measure falls due, as check reads it; where the response gives no year for its date,
 * a placeholder that quotes the date and asks for the year, as a draft asks for what only the
 * body can say.
 */
function dueWords(measure: ImportedSection["measures"][number]): string {
  return (
    measure.due?.text ??
    placeholder(`${measure.dueWithoutYear ?? "när"} – svaret anger inget år; skriv året`)
  );
}

/** A response draft: a section per recommendation with its stance and dated measures. */
export function responseDraft(
  response: ImportedResponse,
  organisation: DraftOrganisation,
  source: string,
  notes?: DraftNotes,
): { id: string; file: string; text: string } {
  const diary = response.diaryNumbers[0];
  const id = asId(diary?.value) ?? slug(response.title?.value ?? "yttrande");
  const auditors = organisation.bodies.find((b) => b.kind === "auditors");
  const out = [
    "---",
    `id: ${scalar(id)}${diary ? ` ${line(diary.line)}` : ""}`,
    // The diary number as written, where the id had to change it ("Sn 2025/1234").
    ...(diary && diary.value !== id ? [`diary_number: ${scalar(diary.value)}`] : []),
    "kind: response",
    `organisation: ${organisation.id}`,
    `body: ${response.body ? response.body.id : scalar(placeholder("nämnd"))}`,
    `to: [${auditors ? auditors.id : scalar(placeholder("revisionen"))}]`,
    `answers: [${response.answers.length > 0 ? response.answers.map((a) => a.value).join(", ") : scalar(placeholder("granskningens id"))}]`,
    `title: ${scalar(response.title?.value ?? placeholder("titel"))}${response.title ? ` ${line(response.title.line)}` : ""}`,
    `date: ${scalar(response.date?.value.text ?? placeholder("datum"))}${response.date ? ` ${line(response.date.line)}` : ""}`,
    `source: ${scalar(source)}`,
    "gaps:",
    `  - ${scalar("Imported automatically; check every stance and measure against the source before the file is used.")}`,
    ...noteGaps(notes, "response"),
    ...stanceGaps(response.sections),
    "---",
    "",
  ];
  for (const section of response.sections) {
    out.push(
      sectionHeadingLine(
        `R${section.number}`,
        section.numbered ? `Rekommendation ${section.number}` : placeholder("rubrik"),
      ),
      "",
      `<!-- rad ${section.line} -->`,
      "",
    );
    if (section.text) out.push(`> ${section.text}`, "");
    out.push(stanceLine(stanceWords(section)), "");
    for (const m of section.measures) {
      const text = m.text
        .replace(/\s+/g, " ")
        .replace(/\s+—\s+[^—]*$/, "")
        .replace(/[.]$/, "");
      const responsible = m.responsible ? ` (ansvarig: ${m.responsible})` : "";
      out.push(
        measureLine({ done: m.done === true, text: `${text}${responsible}`, due: dueWords(m) }),
        measureKeyLineText("source", `rad ${m.line}`),
      );
    }
    out.push("");
  }
  const file = `responses/${organisation.id}/${id}.md`;
  return { id, file, text: finish(file, out.join("\n")) };
}
