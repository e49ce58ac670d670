// Writes a realistic synthetic corpus: organisations × years of audits, responses, measures,
// follow-up responses and follow-up audits. `pnpm gen:corpus -- --orgs 310 --years 10 --out DIR`
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { measureLine, sectionHeadingLine, stanceLine } from "@sparbar/core";
import { scriptArgs } from "./args.ts";
import {
  bodyNames,
  duePhrases,
  measureTexts,
  objects,
  places,
  prose,
  random,
  topics,
  verbs,
} from "./synthetic-text.ts";

export interface GenerateOptions {
  organisations: number;
  years: number;
  /** Average audits per organisation and year. */
  auditsPerYear: number;
  firstYear: number;
  seed: number;
}

interface GeneratedFile {
  file: string;
  text: string;
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

function organisationId(i: number): string {
  const place = places[i % places.length] ?? "ort";
  const slug = place
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-");
  return i < places.length ? slug : `${slug}-${Math.floor(i / places.length)}`;
}

/** The corpus as files in memory, in a stable order. */
function* generateCorpus(options: GenerateOptions): Generator<GeneratedFile> {
  const rnd = random(options.seed);
  for (let o = 0; o < options.organisations; o++) {
    const org = organisationId(o);
    const name = `${places[o % places.length]} kommun${o >= places.length ? ` ${Math.floor(o / places.length)}` : ""}`;
    yield {
      file: `audits/${org}/organisation.yaml`,
      text: [
        `id: ${org}`,
        `name: ${yamlString(name)}`,
        "kind: municipality",
        "bodies:",
        ...bodyNames.flatMap(([id, bodyName, kind]) => [
          `  - id: ${id}`,
          `    name: ${bodyName}`,
          `    kind: ${kind}`,
        ]),
        "",
      ].join("\n"),
    };
    const committees = bodyNames
      .filter(([, , kind]) => kind === "committee" || kind === "board")
      .map(([id]) => id);
    const earlier: { id: string; year: number; recs: { id: string; to: string }[] }[] = [];
    for (let y = 0; y < options.years; y++) {
      const year = options.firstYear + y;
      const count = Math.max(1, Math.round(options.auditsPerYear + (rnd.next() - 0.5) * 2));
      for (let a = 0; a < count; a++) {
        const auditId = `REV-${year}-${a + 1}`;
        const month = rnd.int(1, 11);
        const day = rnd.int(1, 28);
        const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const topic = rnd.pick(topics);
        const recCount = rnd.int(3, 8);
        // Most audits address one to three bodies, as real reports do.
        const audited = Array.from({ length: rnd.int(1, 3) }, () => rnd.pick(committees));
        const recs = Array.from({ length: recCount }, (_, r) => ({
          id: `R${r + 1}`,
          to: rnd.pick(audited),
          text: `${rnd.pick(verbs)} ${rnd.pick(objects)}.`,
        }));
        const addressees = [...new Set(recs.map((r) => r.to))];
        const dueYear = year + 1;
        const before = earlier.filter((e) => e.year < year);
        const followUp = before.length > 0 && rnd.chance(0.25) ? rnd.pick(before) : undefined;
        const lines = [
          "---",
          `id: ${auditId}`,
          `kind: ${followUp ? "follow-up-audit" : "audit"}`,
          `organisation: ${org}`,
          `title: ${yamlString(`${followUp ? "Uppföljande granskning av" : "Granskning av"} ${topic}`)}`,
          `date: ${date}`,
          "issued_by: revisionen",
          "firm: Revisionsbyrån AB",
          `audited: [${addressees.join(", ")}]`,
          "questions:",
          ...Array.from({ length: rnd.int(2, 6) }, (_, q) => [
            `  - id: Q${q + 1}`,
            `    text: ${yamlString(`Har nämnden säkerställt att ${rnd.pick(objects)}?`)}`,
            `    answer: ${rnd.pick(["yes", "largely", "partly", "no"])}`,
          ]).flat(),
          "recommendations:",
          ...recs.flatMap((r) => [
            `  - id: ${r.id}`,
            `    to: [${r.to}]`,
            `    text: ${yamlString(r.text)}`,
          ]),
          "responses_due:",
          ...addressees.flatMap((b) => [
            `  - from: ${b}`,
            `    by: ${yamlString(rnd.pick(duePhrases)(dueYear))}`,
          ]),
        ];
        if (followUp) {
          lines.push(`follows_up: [${followUp.id}]`, "assessments:");
          for (const rec of followUp.recs.slice(0, rnd.int(1, followUp.recs.length))) {
            lines.push(
              `  - audit: ${followUp.id}`,
              `    recommendation: ${rec.id}`,
              `    result: ${rnd.pick(["implemented", "partly-implemented", "not-implemented", "no-longer-relevant"])}`,
            );
          }
        }
        lines.push("---", "", "## Sammanfattning", "", rnd.pick(prose), "", rnd.pick(prose), "");
        yield { file: `audits/${org}/${auditId}.md`, text: lines.join("\n") };
        earlier.push({ id: auditId, year, recs: recs.map(({ id, to }) => ({ id, to })) });

        for (const body of addressees) {
          if (!rnd.chance(0.85)) continue;
          const responseId = `${body.slice(0, 3).toUpperCase()}-${year}-${a + 1}${body.length}`;
          const responseDate = `${dueYear}-${String(rnd.int(1, 12)).padStart(2, "0")}-${String(rnd.int(1, 28)).padStart(2, "0")}`;
          const own = recs.filter((r) => r.to === body);
          const response = [
            "---",
            `id: ${responseId}`,
            "kind: response",
            `organisation: ${org}`,
            `body: ${body}`,
            "to: [revisionen]",
            `answers: [${auditId}]`,
            `title: ${yamlString(`Yttrande över granskning av ${topic}`)}`,
            `date: ${responseDate}`,
            "---",
            "",
            "## Sammanfattning",
            "",
            rnd.pick(prose),
            "",
          ];
          for (const rec of own) {
            response.push(
              sectionHeadingLine(rec.id, rec.text.slice(0, 40)),
              "",
              stanceLine(
                rnd.pick(["instämmer", "instämmer", "instämmer delvis", "instämmer inte"]),
              ),
              "",
              rnd.pick(prose),
              "",
              rnd.pick(prose),
              "",
            );
            const measures = rnd.int(0, 3);
            for (let m = 0; m < measures; m++) {
              response.push(
                measureLine({
                  done: rnd.chance(0.2),
                  text: rnd.pick(measureTexts),
                  due: rnd.pick(duePhrases)(dueYear + 1 + rnd.int(0, 1)),
                }),
              );
            }
            response.push("");
          }
          yield { file: `responses/${org}/${responseId}.md`, text: response.join("\n") };
          if (rnd.chance(0.4)) {
            const followId = `${responseId}-U`;
            const later = [
              "---",
              `id: ${followId}`,
              "kind: follow-up-response",
              `organisation: ${org}`,
              `body: ${body}`,
              "to: [revisionen]",
              `answers: [${auditId}]`,
              `title: ${yamlString(`Uppföljande yttrande över granskning av ${topic}`)}`,
              // By November: the default corpus reaches 2027, and a document dated more than a
              // year after the day it is checked is warned about.
              `date: ${dueYear + 1}-${String(rnd.int(1, 11)).padStart(2, "0")}-15`,
              "---",
              "",
            ];
            for (const rec of own.slice(0, 2)) {
              later.push(
                sectionHeadingLine(rec.id, "Uppföljning"),
                "",
                rnd.pick(prose),
                "",
                measureLine({
                  done: rnd.chance(0.6),
                  text: rnd.pick(measureTexts),
                  due: rnd.pick(duePhrases)(dueYear + 2),
                }),
                "",
              );
            }
            yield { file: `responses/${org}/${followId}.md`, text: later.join("\n") };
          }
        }
      }
    }
  }
}

export function writeCorpus(
  out: string,
  options: GenerateOptions,
): { files: number; bytes: number; audits: number } {
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  let audits = 0;
  for (const { file, text } of generateCorpus(options)) {
    const path = join(out, file);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
    if (file.startsWith("audits/") && file.endsWith(".md")) audits++;
  }
  return { files, bytes, audits };
}

/** The command-line options that choose a benchmark's corpus, for `parseArgs`. */
export function corpusOptions(defaultOrganisations: number) {
  return {
    orgs: { type: "string", default: String(defaultOrganisations) },
    years: { type: "string", default: "10" },
    corpus: { type: "string" },
  } as const;
}

/**
 * The corpus a benchmark runs on: the folder given with `--corpus`, or else a corpus of the
 * size asked for, generated into `work` with the national corpus's settings.
 */
export function benchCorpus(
  values: { corpus?: string | undefined; orgs?: string | undefined; years?: string | undefined },
  work: string,
): string {
  if (values.corpus) return resolve(values.corpus);
  const root = join(work, "corpus");
  const written = writeCorpus(root, {
    organisations: Number(values.orgs ?? "310"),
    years: Number(values.years ?? "10"),
    auditsPerYear: 3.3,
    firstYear: 2016,
    seed: 1,
  });
  console.log(
    `Corpus: ${written.audits} audits in ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB (${values.orgs} organisations × ${values.years} years)`,
  );
  return root;
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: scriptArgs(),
    options: {
      orgs: { type: "string", default: "310" },
      years: { type: "string", default: "10" },
      "audits-per-year": { type: "string", default: "3.3" },
      seed: { type: "string", default: "1" },
      out: { type: "string", default: ".cache/corpus-national" },
    },
  });
  const out = resolve(values.out);
  const started = performance.now();
  const result = writeCorpus(out, {
    organisations: Number(values.orgs),
    years: Number(values.years),
    auditsPerYear: Number(values["audits-per-year"]),
    firstYear: 2016,
    seed: Number(values.seed),
  });
  console.log(
    `Wrote ${result.files} files (${result.audits} audits, ${(result.bytes / 1e6).toFixed(1)} MB) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
