/**
 * Scores `sparbar import` against labelled documents in tests/fixtures/import: each folder has a
 * source (.txt, .md, .pdf or .docx) and expected.json with what a careful reader finds in it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  fold,
  type ImportedAudit,
  type ImportedResponse,
  importDocument,
  readDocument,
} from "@sparbar/core";

const labelledDir = join(import.meta.dirname, "..", "tests", "fixtures", "import");

interface Expected {
  kind: "audit" | "response";
  organisation: { bodies: string[] };
  date?: string;
  questions?: { text: string; answer?: string }[];
  recommendations?: { text: string; to: string[] }[];
  body?: string;
  sections?: { number: number; text: string }[];
  measures?: { section: number; due: string }[];
}

export interface Score {
  document: string;
  heldOut: boolean;
  kind: "audit" | "response";
  /** Items found and expected, and the true positives among them. */
  recommendations?: { found: number; expected: number; correct: number; addresseesRight: number };
  questions?: { found: number; expected: number; correct: number; answersRight: number };
  measures?: { found: number; expected: number; correct: number };
  sections?: { found: number; expected: number; correct: number };
  misses: string[];
}

const ws = (text: string) => text.replace(/\s+/g, " ").trim();
const bodyId = (name: string) => fold(name).replace(/[^a-z0-9]+/g, "-");

async function scoreDocument(folder: string): Promise<Score> {
  const dir = join(labelledDir, folder);
  const source = readdirSync(dir).find((f) => f.startsWith("source."));
  if (!source) throw new Error(`${folder} has no source file`);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
  const read = await readDocument(source, readFileSync(join(dir, source)));
  if (!read.ok) throw new Error(`${folder}: ${read.message}`);
  const bodies = expected.organisation.bodies.map((name) => ({
    id: bodyId(name),
    name,
    kind: /revision|auditor|revisor/i.test(name) ? "auditors" : "committee",
  }));
  const result = importDocument({
    name: source,
    text: read.text,
    organisation: { id: "test", bodies },
  });
  const score: Score = {
    document: folder,
    heldOut: folder.startsWith("heldout-"),
    kind: expected.kind,
    misses: [],
  };
  if (result.kind !== expected.kind)
    score.misses.push(`kind: found ${result.kind}, expected ${expected.kind}`);

  if (expected.kind === "audit") {
    const audit = result.extracted as ImportedAudit;
    const found = result.kind === "audit" ? audit.recommendations : [];
    const wanted = expected.recommendations ?? [];
    let correct = 0;
    let addresseesRight = 0;
    for (const w of wanted) {
      const hit = found.find((f) => ws(f.text) === ws(w.text));
      if (!hit) {
        score.misses.push(`missed: ${w.text}`);
        continue;
      }
      correct++;
      const names = hit.to.map((b) => fold(b.name)).sort();
      if (JSON.stringify(names) === JSON.stringify(w.to.map(fold).sort())) addresseesRight++;
      else
        score.misses.push(
          `addressees of "${w.text.slice(0, 40)}…": found ${names.join(", ") || "none"}, expected ${w.to.join(", ") || "none"}`,
        );
    }
    for (const f of found)
      if (!wanted.some((w) => ws(w.text) === ws(f.text))) score.misses.push(`extra: ${f.text}`);
    score.recommendations = {
      found: found.length,
      expected: wanted.length,
      correct,
      addresseesRight,
    };
    if (expected.questions) {
      const questions = result.kind === "audit" ? audit.questions : [];
      let qCorrect = 0;
      let answersRight = 0;
      for (const w of expected.questions) {
        const hit = questions.find((q) => ws(q.text) === ws(w.text));
        if (!hit) {
          score.misses.push(`missed question: ${w.text}`);
          continue;
        }
        qCorrect++;
        if (hit.answer === w.answer) answersRight++;
        else
          score.misses.push(
            `answer to "${w.text.slice(0, 40)}…": found ${hit.answer}, expected ${w.answer}`,
          );
      }
      score.questions = {
        found: questions.length,
        expected: expected.questions.length,
        correct: qCorrect,
        answersRight,
      };
    }
  } else {
    const response = result.extracted as ImportedResponse;
    const sections = result.kind === "response" ? response.sections : [];
    const wantedSections = expected.sections ?? [];
    const sectionsCorrect = wantedSections.filter((w) =>
      sections.some(
        (s) =>
          s.number === w.number && ws(s.text).replace(/\.$/, "") === ws(w.text).replace(/\.$/, ""),
      ),
    ).length;
    for (const w of wantedSections) {
      if (
        !sections.some(
          (s) =>
            s.number === w.number &&
            ws(s.text).replace(/\.$/, "") === ws(w.text).replace(/\.$/, ""),
        )
      )
        score.misses.push(`section ${w.number} not found as "${w.text.slice(0, 50)}…"`);
    }
    score.sections = {
      found: sections.length,
      expected: wantedSections.length,
      correct: sectionsCorrect,
    };
    const found = sections.flatMap((s) =>
      s.measures.map((m) => ({ section: s.number, due: m.due.end, text: m.text })),
    );
    const remaining = [...found];
    let correct = 0;
    for (const w of expected.measures ?? []) {
      const at = remaining.findIndex((f) => f.section === w.section && f.due === w.due);
      if (at === -1) score.misses.push(`missed measure in section ${w.section} due ${w.due}`);
      else {
        correct++;
        remaining.splice(at, 1);
      }
    }
    for (const extra of remaining)
      score.misses.push(
        `extra measure in section ${extra.section} due ${extra.due}: ${extra.text.slice(0, 70)}`,
      );
    score.measures = { found: found.length, expected: (expected.measures ?? []).length, correct };
  }
  return score;
}

export async function scoreAll(): Promise<Score[]> {
  const folders = readdirSync(labelledDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return Promise.all(folders.map(scoreDocument));
}

export interface Totals {
  precision: number;
  recall: number;
  addresseeAccuracy: number;
  questionRecall: number;
  answerAccuracy: number;
  measurePrecision: number;
  measureRecall: number;
}

export function totals(scores: readonly Score[]): Totals {
  const sum = (pick: (s: Score) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const correct = sum((s) => s.recommendations?.correct ?? 0);
  const mCorrect = sum((s) => s.measures?.correct ?? 0);
  return {
    precision: ratio(
      correct,
      sum((s) => s.recommendations?.found ?? 0),
    ),
    recall: ratio(
      correct,
      sum((s) => s.recommendations?.expected ?? 0),
    ),
    addresseeAccuracy: ratio(
      sum((s) => s.recommendations?.addresseesRight ?? 0),
      correct,
    ),
    questionRecall: ratio(
      sum((s) => s.questions?.correct ?? 0),
      sum((s) => s.questions?.expected ?? 0),
    ),
    answerAccuracy: ratio(
      sum((s) => s.questions?.answersRight ?? 0),
      sum((s) => s.questions?.correct ?? 0),
    ),
    measurePrecision: ratio(
      mCorrect,
      sum((s) => s.measures?.found ?? 0),
    ),
    measureRecall: ratio(
      mCorrect,
      sum((s) => s.measures?.expected ?? 0),
    ),
  };
}
