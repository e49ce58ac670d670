/**
 * Scores `sparbar import` against labelled documents in tests/fixtures/import: each folder has a
 * source (.txt, .md, .pdf or .docx) and expected.json with what a careful reader finds in it, the
 * kind of document, and the address of the published document whose shape it follows. The kind
 * is never given to the importer: guessing it is part of what is scored.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  fold,
  type ImportedAudit,
  type ImportedResponse,
  importDocument,
  readDocument,
} from "../src/index.ts";

const labelledDir = join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "import");

interface Expected {
  kind: "audit" | "response";
  model?: string;
  organisation: { bodies: string[] };
  questions?: { text: string; answer?: string }[];
  recommendations?: { text: string; to: string[] }[];
  body?: string;
  /** `stance: "none"`: the response states no stance on it, and none may be read. */
  sections?: { number: number; text: string; stance?: string }[];
  measures?: { section: number; due: string; responsible?: string }[];
  damaged?: boolean;
}

export interface Score {
  document: string;
  heldOut: boolean;
  kind: "audit" | "response";
  kindRight: boolean;
  recommendations?: { found: number; expected: number; correct: number; addresseesRight: number };
  questions?: { found: number; expected: number; correct: number; answersRight: number };
  sections?: { found: number; expected: number; correct: number };
  stances?: { expected: number; right: number };
  measures?: {
    found: number;
    expected: number;
    correct: number;
    responsibleExpected: number;
    responsibleRight: number;
    /** Measures found whose label names no responsible unit. */
    unnamedResponsible: number;
    /** Of those, the ones the importer gave a responsible unit all the same. */
    responsibleClaimed: number;
  };
  damageRight: boolean;
  misses: string[];
}

const ws = (text: string) => text.replace(/\s+/g, " ").trim();
/** Texts equal after whitespace, up to a closing full stop or semicolon. */
const same = (a: string, b: string) => ws(a).replace(/[.;]$/, "") === ws(b).replace(/[.;]$/, "");
const bodyId = (name: string) => fold(name).replace(/[^a-z0-9]+/g, "-");

/** A labelled document imported as `sparbar import` would, its kind not given. */
export async function importLabelled(
  folder: string,
): Promise<{ expected: Expected; result: ReturnType<typeof importDocument> }> {
  const dir = join(labelledDir, folder);
  const source = readdirSync(dir).find((f) => f.startsWith("source."));
  if (!source) throw new Error(`${folder} has no source file`);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
  const read = await readDocument(source, readFileSync(join(dir, source)));
  if (!read.ok) throw new Error(`${folder}: ${read.message.en}`);
  const bodies = expected.organisation.bodies.map((name) => ({
    id: bodyId(name),
    name,
    kind: /revision|auditor|revisor|riksrevisionen|\bgao\b|audit office/i.test(name)
      ? "auditors"
      : "committee",
  }));
  const result = importDocument({
    name: source,
    text: read.text,
    organisation: { id: "test", bodies },
  });
  return { expected, result };
}

async function scoreDocument(folder: string): Promise<Score> {
  const { expected, result } = await importLabelled(folder);
  const score: Score = {
    document: folder,
    heldOut: isHeldOut(folder),
    kind: expected.kind,
    kindRight: result.kind === expected.kind,
    damageRight: Boolean(result.damage) === Boolean(expected.damaged),
    misses: [],
  };
  if (!score.kindRight)
    score.misses.push(
      `kind: found ${result.kind} (confidence ${result.kindConfidence.toFixed(2)}), expected ${expected.kind}`,
    );
  if (!score.damageRight)
    score.misses.push(
      expected.damaged ? "damaged text not noted" : `text taken for damaged: ${result.damage}`,
    );
  if (expected.kind === "audit") scoreAudit(score, expected, result.extracted);
  else scoreResponse(score, expected, result.extracted);
  return score;
}

function scoreAudit(
  score: Score,
  expected: Expected,
  extracted: ImportedAudit | ImportedResponse,
): void {
  const found = extracted.kind === "audit" ? extracted.recommendations : [];
  const wanted = expected.recommendations ?? [];
  let correct = 0;
  let addresseesRight = 0;
  for (const w of wanted) {
    const hit = found.find((f) => same(f.text, w.text));
    if (!hit) {
      score.misses.push(`missed: ${w.text}`);
      continue;
    }
    correct++;
    const names = [...hit.to.map((b) => b.name), ...hit.unknownTo].map(fold).sort();
    if (JSON.stringify(names) === JSON.stringify(w.to.map(fold).sort())) addresseesRight++;
    else
      score.misses.push(
        `addressees of "${w.text.slice(0, 40)}…": found ${names.join(", ") || "none"}, expected ${w.to.join(", ") || "none"}`,
      );
  }
  for (const f of found)
    if (!wanted.some((w) => same(w.text, f.text))) score.misses.push(`extra: ${f.text}`);
  score.recommendations = {
    found: found.length,
    expected: wanted.length,
    correct,
    addresseesRight,
  };
  if (expected.questions && extracted.kind === "audit") {
    let qCorrect = 0;
    let answersRight = 0;
    for (const w of expected.questions) {
      const hit = extracted.questions.find((q) => same(q.text, w.text));
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
      found: extracted.questions.length,
      expected: expected.questions.length,
      correct: qCorrect,
      answersRight,
    };
  }
}

function scoreResponse(
  score: Score,
  expected: Expected,
  extracted: ImportedAudit | ImportedResponse,
): void {
  const sections = extracted.kind === "response" ? extracted.sections : [];
  const wantedSections = expected.sections ?? [];
  let sectionsCorrect = 0;
  let stancesExpected = 0;
  let stancesRight = 0;
  for (const w of wantedSections) {
    const hit = sections.find((s) => s.number === w.number && same(s.text, w.text));
    if (hit) sectionsCorrect++;
    else score.misses.push(`section ${w.number} not found as "${w.text.slice(0, 50)}…"`);
    if (!w.stance) continue;
    stancesExpected++;
    // A section not opened has no stance read for it, right or wrong: "none" needs the section,
    // and is met by no stance read as by one read as taking none ("no-stance").
    const section = sections.find((s) => s.number === w.number);
    const read = section?.stance === "no-stance" ? undefined : section?.stance;
    const stance = section ? (read ?? "none") : "no section";
    if (stance === w.stance) stancesRight++;
    else score.misses.push(`stance of section ${w.number}: found ${stance}, expected ${w.stance}`);
  }
  score.sections = {
    found: sections.length,
    expected: wantedSections.length,
    correct: sectionsCorrect,
  };
  score.stances = { expected: stancesExpected, right: stancesRight };
  const found = sections.flatMap((s) =>
    s.measures.map((m) => ({
      section: s.number,
      due: m.due?.end ?? `no year: ${m.dueWithoutYear}`,
      text: m.text,
      responsible: m.responsible,
    })),
  );
  const remaining = [...found];
  let correct = 0;
  let responsibleExpected = 0;
  let responsibleRight = 0;
  let unnamedResponsible = 0;
  let responsibleClaimed = 0;
  for (const w of expected.measures ?? []) {
    const at = remaining.findIndex((f) => f.section === w.section && f.due === w.due);
    if (w.responsible) responsibleExpected++;
    if (at === -1) {
      score.misses.push(`missed measure in section ${w.section} due ${w.due}`);
      continue;
    }
    correct++;
    const [hit] = remaining.splice(at, 1);
    if (!w.responsible) {
      // The label says the text names no one for the step: a unit given is more than it says.
      unnamedResponsible++;
      if (hit?.responsible) {
        responsibleClaimed++;
        score.misses.push(
          `responsible for the measure in section ${w.section}: found ${hit.responsible}, where the label names none`,
        );
      }
      continue;
    }
    if (hit?.responsible && same(hit.responsible, w.responsible)) responsibleRight++;
    else
      score.misses.push(
        `responsible for the measure in section ${w.section}: found ${hit?.responsible ?? "none"}, expected ${w.responsible}`,
      );
  }
  for (const extra of remaining)
    score.misses.push(
      `extra measure in section ${extra.section} due ${extra.due}: ${extra.text.slice(0, 70)}`,
    );
  score.measures = {
    found: found.length,
    expected: (expected.measures ?? []).length,
    correct,
    responsibleExpected,
    responsibleRight,
    unnamedResponsible,
    responsibleClaimed,
  };
}

/** Held-back documents are named `heldout-N`; every other folder is development material. */
function isHeldOut(folder: string): boolean {
  return folder.startsWith("heldout-");
}

/**
 * The first held-back document of the part written for the next measurement. That part is
 * scored once, by `pnpm bench:import`, when its round ends; until then no test computes
 * anything about it. The parts up to `heldout-399` were measured once each and are now
 * development material: up to `heldout-100` as `dev-(38+N)`, `heldout-101`–`heldout-117` as
 * `dev-(58+N)` (`dev-159`–`dev-175`), `heldout-118`–`heldout-136` as `dev-(78+N)`
 * (`dev-196`–`dev-214`), `heldout-137`–`heldout-154` as `dev-(98+N)` (`dev-235`–`dev-252`),
 * `heldout-155`–`heldout-172` as `dev-(118+N)` (`dev-273`–`dev-290`),
 * `heldout-173`–`heldout-190` as `dev-(138+N)` (`dev-311`–`dev-328`),
 * `heldout-191`–`heldout-206` as `dev-(138+N)` (`dev-329`–`dev-344`),
 * `heldout-207`–`heldout-222` as `dev-(138+N)` (`dev-345`–`dev-360`),
 * `heldout-223`–`heldout-239` as `dev-(158+N)` (`dev-381`–`dev-397`),
 * `heldout-240`–`heldout-255` as `dev-(158+N)` (`dev-398`–`dev-413`),
 * `heldout-256`–`heldout-271` as `dev-(158+N)` (`dev-414`–`dev-429`),
 * `heldout-272`–`heldout-287` as `dev-(158+N)` (`dev-430`–`dev-445`),
 * `heldout-288`–`heldout-303` as `dev-(158+N)` (`dev-446`–`dev-461`),
 * `heldout-304`–`heldout-319` as `dev-(158+N)` (`dev-462`–`dev-477`),
 * `heldout-320`–`heldout-335` as `dev-(158+N)` (`dev-478`–`dev-493`),
 * `heldout-336`–`heldout-351` as `dev-(158+N)` (`dev-494`–`dev-509`),
 * `heldout-352`–`heldout-367` as `dev-(158+N)` (`dev-510`–`dev-525`),
 * `heldout-368`–`heldout-383` as `dev-(158+N)` (`dev-526`–`dev-541`) and
 * `heldout-384`–`heldout-399` as `dev-(158+N)` (`dev-542`–`dev-557`), each after the
 * development documents labelled apart before it. The twenty-fifth part, `heldout-400`–
 * `heldout-415`, was measured once at the end of the twenty-fifth round and is next to become
 * development material: `heldout-N` becomes `dev-(158+N)`, `dev-558`–`dev-573`. The next part
 * begins at `heldout-416`. The rule behind every move: the
 * first held-back document takes the number after the last development document, and the rest
 * keep their order.
 */
const firstAwaitingMeasurement = 416;

/** A development document, or a held-back one whose single measurement has been made. */
export function isMeasured(folder: string): boolean {
  return !isHeldOut(folder) || Number(folder.slice("heldout-".length)) < firstAwaitingMeasurement;
}

export type Part = "development" | "held-out";

/**
 * The documents a `--documents` argument names: a comma-separated list of folders, each a name
 * or a range of one prefix ("dev-91..dev-106").
 */
export function documentSelection(spec: string): (folder: string) => boolean {
  const named = new Set<string>();
  const ranges: { prefix: string; from: number; to: number }[] = [];
  for (const item of spec.split(",").map((s) => s.trim())) {
    const range = /^(\D+)(\d+)\.\.\1(\d+)$/.exec(item);
    if (range)
      ranges.push({ prefix: range[1] ?? "", from: Number(range[2]), to: Number(range[3]) });
    else if (item) named.add(item);
  }
  return (folder) =>
    named.has(folder) ||
    ranges.some(({ prefix, from, to }) => {
      if (!folder.startsWith(prefix)) return false;
      const n = Number(folder.slice(prefix.length));
      return Number.isInteger(n) && n >= from && n <= to;
    });
}

/** The labelled documents' folders, all or one part's, in numeric order. */
export function labelledFolders(part?: Part): string[] {
  return readdirSync(labelledDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => part === undefined || isHeldOut(name) === (part === "held-out"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

/**
 * Scores every labelled document, or only one part, or only those `include` keeps: tuning runs
 * score the development part alone, so that nothing about the held-back documents is
 * computed, let alone shown.
 */
export async function scoreAll(
  part?: Part,
  include: (folder: string) => boolean = () => true,
): Promise<Score[]> {
  return Promise.all(labelledFolders(part).filter(include).map(scoreDocument));
}

export interface Totals {
  documents: number;
  kindAccuracy: number;
  precision: number;
  recall: number;
  /** Recommendations found with the right addressees, of all expected. */
  addresseesRight: number;
  questionRecall: number;
  answerAccuracy: number;
  stanceAccuracy: number;
  measurePrecision: number;
  measureRecall: number;
  responsibleAccuracy: number;
  /** Of the measures found whose label names no one, the share given a responsible unit. */
  responsibleClaimedUnnamed: number;
  damageAccuracy: number;
}

export function totals(scores: readonly Score[]): Totals {
  const sum = (pick: (s: Score) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const correct = sum((s) => s.recommendations?.correct ?? 0);
  const mCorrect = sum((s) => s.measures?.correct ?? 0);
  return {
    documents: scores.length,
    kindAccuracy: ratio(
      sum((s) => (s.kindRight ? 1 : 0)),
      scores.length,
    ),
    precision: ratio(
      correct,
      sum((s) => s.recommendations?.found ?? 0),
    ),
    recall: ratio(
      correct,
      sum((s) => s.recommendations?.expected ?? 0),
    ),
    addresseesRight: ratio(
      sum((s) => s.recommendations?.addresseesRight ?? 0),
      sum((s) => s.recommendations?.expected ?? 0),
    ),
    questionRecall: ratio(
      sum((s) => s.questions?.correct ?? 0),
      sum((s) => s.questions?.expected ?? 0),
    ),
    answerAccuracy: ratio(
      sum((s) => s.questions?.answersRight ?? 0),
      sum((s) => s.questions?.correct ?? 0),
    ),
    stanceAccuracy: ratio(
      sum((s) => s.stances?.right ?? 0),
      sum((s) => s.stances?.expected ?? 0),
    ),
    measurePrecision: ratio(
      mCorrect,
      sum((s) => s.measures?.found ?? 0),
    ),
    measureRecall: ratio(
      mCorrect,
      sum((s) => s.measures?.expected ?? 0),
    ),
    responsibleAccuracy: ratio(
      sum((s) => s.measures?.responsibleRight ?? 0),
      sum((s) => s.measures?.responsibleExpected ?? 0),
    ),
    responsibleClaimedUnnamed: ratio(
      sum((s) => s.measures?.responsibleClaimed ?? 0),
      sum((s) => s.measures?.unnamedResponsible ?? 0),
    ),
    damageAccuracy: ratio(
      sum((s) => (s.damageRight ? 1 : 0)),
      scores.length,
    ),
  };
}
