import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, sparbar } from "../helpers/cli.ts";

/*
 * The whole loop of a secretary and the auditors, with the real binary, in one corpus that
 * holds nothing but Örebro's organisation: the auditors' report is imported, the social
 * services committee drafts its response, fills it in and checks it, takes it to the committee
 * in Word and reads the decided document back; a year later it drafts the follow-up from what it
 * promised, the auditors record what they found, and the changes of that year are listed.
 */

let root: string;
let outside: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "sparbar-loop-"));
  outside = mkdtempSync(join(tmpdir(), "sparbar-loop-out-"));
  mkdirSync(join(root, "audits/orebro"), { recursive: true });
  mkdirSync(join(root, "responses"), { recursive: true });
  cpSync(
    join(repoRoot, "audits/orebro/organisation.yaml"),
    join(root, "audits/orebro/organisation.yaml"),
  );
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const audit = "granskning-av-arbetet-mot-hedersrelaterat-vald-och-fortryck";
const auditFile = `audits/orebro/${audit}.md`;

function run(args: string[]) {
  return sparbar(args, { cwd: root, env: { SPARBAR_CACHE_DIR: join(outside, "cache") } });
}

/** The social services committee's draft, under a diary number and dated. */
function draft(diaryNumber: string, date: string, ...more: string[]) {
  const body = ["--body", "socialnamnden"];
  return run([
    "draft",
    "--audit",
    audit,
    ...body,
    "--diary-number",
    diaryNumber,
    "--date",
    date,
    ...more,
  ]);
}

function read(file: string): string {
  return readFileSync(join(root, file), "utf8");
}

/** Rewrites a file as the person at the keyboard would, one replacement at a time. */
function edit(file: string, replacements: [string | RegExp, string][]): void {
  let text = read(file);
  for (const [from, to] of replacements) {
    const before = text;
    text = text.replace(from, to);
    if (text === before) throw new Error(`${file}: nothing to replace for ${String(from)}`);
  }
  writeFileSync(join(root, file), text);
}

/** A section of a draft, from its heading to the next level-two heading. */
function section(text: string, item: string): string {
  const start = text.indexOf(`## ${item} `);
  const end = text.indexOf("\n## ", start + 1);
  return text.slice(start, end === -1 ? undefined : end + 1);
}

// Each step runs the binary a few times; on a busy machine a start takes a second or two.
describe("the loop from report to result", { timeout: 120_000 }, () => {
  it("1. the auditors' report is imported, reviewed and checked", async () => {
    const imported = await run([
      "import",
      join(repoRoot, "tests/fixtures/import/seed-004/source.txt"),
      "--org",
      "orebro",
    ]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(
      [
        "Read as an audit report (a guess, confidence 0.85).",
        "Found 8 recommendations and 7 audit questions.",
        `Wrote ${auditFile}`,
        `Review the draft against the source, then run sparbar check ${auditFile}`,
        "",
      ].join("\n"),
    );
    // What the report does not say, the reviewer fills in: when the answers are due.
    edit(auditFile, [
      [/by: "\[\[när svaret ska lämnas\]\]"/g, "by: 2025-12-15"],
      [
        "[[Sammanfattningen ur rapporten.]]",
        "Stadsrevisionen bedömer att styrningen av arbetet mot HRV delvis är ändamålsenlig.",
      ],
    ]);
    const check = await run(["check", auditFile]);
    expect([check.code, check.stdout]).toEqual([0, "✔ 1 file checked: no problems\n"]);
  });

  it("2. the committee's response is drafted, filled in and checked", async () => {
    const drafted = await draft("SN 2025/412", "2025-12-01");
    expect([drafted.code, drafted.stdout]).toEqual([0, "Wrote responses/orebro/SN-2025-412.md\n"]);
    const file = "responses/orebro/SN-2025-412.md";
    const text = read(file);
    expect(text).toContain("id: SN-2025-412\ndiary_number: SN 2025/412\nkind: response\n");
    expect(text).toContain("<!-- Svaret ska lämnas senast 15 december 2025 (2025-12-15). -->");
    expect(section(text, "R8")).toContain(
      "- [ ] [[Åtgärd]] — [[när, t.ex. den 31 maj 2026]]\n  Id: 1\n  Återrapporteras till: Socialnämnden",
    );
    const unfilled = await run(["check", file, "--json"]);
    expect(unfilled.code).toBe(1);
    expect(
      new Set(JSON.parse(unfilled.stdout).diagnostics.map((d: { code: string }) => d.code)),
    ).toEqual(new Set(["placeholder-left"]));

    const newMeasure = "- [ ] [[Åtgärd]] — [[när, t.ex. den 31 maj 2026]]";
    edit(file, [
      [
        "date: 2025-12-01\n",
        "date: 2025-12-01\ndecision:\n  date: 2025-12-10\n  minute: § 214\nsignatories:\n  - name: Karin Ek\n    role: Ordförande\nofficers:\n  - name: Olle Lind\n    role: Utredare\n",
      ],
      ["[[Sammanfatta nämndens svar.]]", "Socialnämnden välkomnar granskningen."],
      ["## R5 [[rubrik]]", "## R5 Kartläggning"],
      ["## R6 [[rubrik]]", "## R6 Rutiner för att fråga om våld"],
      ["## R7 [[rubrik]]", "## R7 Mål och uppföljning"],
      ["## R8 [[rubrik]]", "## R8 Kvalitetsuppföljning"],
      ["[[instämmer / instämmer delvis / instämmer inte]]", "instämmer"],
      ["[[instämmer / instämmer delvis / instämmer inte]]", "instämmer delvis"],
      ["[[instämmer / instämmer delvis / instämmer inte]]", "instämmer"],
      ["[[instämmer / instämmer delvis / instämmer inte]]", "instämmer inte"],
      ["[[Beskriv nämndens arbete och bedömning.]]", "Förvaltningen tar fram en kartläggning."],
      [
        newMeasure,
        "- [ ] Kartläggningen av förekomsten redovisas för nämnden,\n  med en analys av utbudet av insatser — senast den 31 maj 2026",
      ],
      ["[[Beskriv nämndens arbete och bedömning.]]", "Rutinerna ses över."],
      [newMeasure, "- [ ] Rutin för att fråga om våld fastställs — hösten 2026"],
      ["[[Beskriv nämndens arbete och bedömning.]]", "Målen tas fram i verksamhetsplanen."],
      [newMeasure, "- [ ] Mål för arbetet fastställs i verksamhetsplanen — verksamhetsåret 2026"],
      [
        "[[Beskriv nämndens arbete och bedömning.]]",
        "Nämnden har redan ett ledningssystem för kvalitet.",
      ],
      [`${newMeasure}\n  Id: 1\n  Återrapporteras till: Socialnämnden\n`, ""],
    ]);
    const check = await run(["check", file]);
    expect([check.code, check.stdout]).toEqual([0, "✔ 1 file checked: no problems\n"]);
    const status = await run([
      "status",
      "--body",
      "socialnamnden",
      "--as-of",
      "2025-12-31",
      "--json",
    ]);
    expect(
      JSON.parse(status.stdout).statuses.map(
        (s: { recommendation: string; body_state: string }) => [s.recommendation, s.body_state],
      ),
    ).toEqual([
      ["R5", "measures-planned"],
      ["R6", "measures-planned"],
      ["R7", "measures-planned"],
      ["R8", "declined"],
    ]);
  });

  it("3. it goes to the committee in Word, and the decided document is read back", async () => {
    const docx = join(outside, "yttrande.docx");
    const exported = await run(["export", "--format", "docx", "SN-2025-412", "-o", docx]);
    expect([exported.code, exported.stderr]).toEqual([0, `Wrote ${docx}\n`]);
    const { value: text } = await mammoth.extractRawText({ path: docx });
    for (const line of [
      "Örebro kommun",
      "Diarienummer",
      "SN 2025/412",
      "Socialnämnden beslutade den 10 december 2025, § 214, att lämna följande yttrande:",
      "Rekommendation 5: Kartläggning",
      "☐ Kartläggningen av förekomsten redovisas för nämnden, med en analys av utbudet av insatser — senast den 31 maj 2026",
      "Återrapporteras till: Socialnämnden",
      "Karin Ek",
      "Ansvariga tjänstepersoner",
      "Olle Lind, Utredare",
    ])
      expect(text).toContain(line);
    expect(text).not.toContain("Id: 1");

    const back = join(outside, "tillbaka.md");
    const imported = await run(["import", docx, "--org", "orebro", "-o", back]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("Found 4 sections and 3 dated measures.");
    expect(imported.stderr).toContain(
      "This looks like SN-2025-412 (responses/orebro/SN-2025-412.md), already in the corpus",
    );
    const read = readFileSync(back, "utf8");
    expect(read).toContain(
      `id: SN-2025-412 # rad 6\ndiary_number: SN 2025/412\nkind: response\norganisation: orebro\nbody: socialnamnden\nto: [stadsrevisionen]\nanswers: [${audit}]\n`,
    );
    expect(read).toContain("date: 2025-12-01");
    const measures = [...read.matchAll(/^- \[ \] (.*)\n {2}Id: (\d+)/gm)].map((m) => [m[1], m[2]]);
    expect(measures).toEqual([
      [
        "Kartläggningen av förekomsten redovisas för nämnden, med en analys av utbudet av insatser — senast den 31 maj 2026",
        "1",
      ],
      ["Rutin för att fråga om våld fastställs — hösten 2026", "1"],
      ["Mål för arbetet fastställs i verksamhetsplanen — verksamhetsåret 2026", "1"],
    ]);
    expect([...read.matchAll(/^Ställningstagande: (.*)$/gm)].map((m) => m[1])).toEqual([
      "instämmer",
      "instämmer delvis",
      "instämmer",
      "instämmer inte",
    ]);
  });

  it("4. a year later, the follow-up carries every promise forward and reports on each", async () => {
    const drafted = await draft("SN 2026/388", "2026-11-16", "--follow-up");
    expect([drafted.code, drafted.stdout]).toEqual([0, "Wrote responses/orebro/SN-2026-388.md\n"]);
    const file = "responses/orebro/SN-2026-388.md";
    const text = read(file);
    expect(section(text, "R5")).toContain(
      [
        "Läget 16 november 2026, enligt tidigare dokument:",
        "",
        "- Enligt nämnden: En åtgärds datum har passerat utan rapport (senast i SN-2025-412, 2025-12-10).",
        "- Enligt revisorerna: Ej bedömd av revisorerna.",
        "",
        "Rapporterat: [[Genomfört / Delvis genomfört / Pågår / Ej påbörjat]]",
      ].join("\n"),
    );
    expect(section(text, "R5")).toContain(
      [
        "- [ ] Kartläggningen av förekomsten redovisas för nämnden, med en analys av utbudet av insatser — senast den 31 maj 2026",
        "  Id: 1",
        "  Följer upp: SN-2025-412/R5/1 ”Kartläggningen av förekomsten redovisas för nämnden, med en analys av …”",
        "  [[Utlovad i SN-2025-412, förfaller 31 maj 2026, i dag datum passerat utan rapport. Går arbetet enligt plan, låt åtgärden stå. Är den genomförd, kryssa i och skriv Genomförd: när. Får den en ny tidpunkt, ändra den och skriv Skäl: varför. Utgår den, skriv Utgår: varför.]]",
      ].join("\n"),
    );
    for (const id of ["SN-2025-412/R5/1", "SN-2025-412/R6/1", "SN-2025-412/R7/1"])
      expect(text.split(id).length - 1).toBe(1);
    expect(section(text, "R8")).toContain("- Enligt nämnden: Avböjd av nämnden");

    const carried = /\n {2}\[\[Utlovad i [^\n]*\]\]/;
    const newMeasure =
      /\n### Nya åtgärder\n\n- \[ \] \[\[Åtgärd\]\][^\n]*\n {2}Id: \d+\n {2}Återrapporteras till: Socialnämnden\n/;
    edit(file, [
      ["[[Sammanfatta nämndens svar.]]", "Socialnämnden redovisar arbetet med rekommendationerna."],
      [/## R(\d) \[\[rubrik\]\]/g, "## R$1 Uppföljning"],
      ["[[Genomfört / Delvis genomfört / Pågår / Ej påbörjat]]", "Genomfört"],
      ["[[Genomfört / Delvis genomfört / Pågår / Ej påbörjat]]", "Pågår"],
      ["[[Genomfört / Delvis genomfört / Pågår / Ej påbörjat]]", "Pågår"],
      ["[[Genomfört / Delvis genomfört / Pågår / Ej påbörjat]]", "Ej påbörjat"],
      [/\[\[Beskriv vad nämnden har gjort sedan förra svaret\.\]\]/g, "Se nedan."],
      // R5: done, and when.
      ["- [ ] Kartläggningen", "- [x] Kartläggningen"],
      [carried, "\n  Genomförd: i maj 2026"],
      // R6: a new date, and why.
      ["fastställs — hösten 2026", "fastställs — våren 2027"],
      [carried, "\n  Skäl: rutinen samordnas med den nya socialtjänstlagen"],
      // R7: kept as it stands.
      [carried, ""],
      [newMeasure, ""],
      [newMeasure, ""],
      [newMeasure, ""],
      [newMeasure, ""],
    ]);
    expect(read(file)).not.toContain("[[");
    const check = await run(["check", file]);
    expect([check.code, check.stdout]).toEqual([0, "✔ 1 file checked: no problems\n"]);
    const shown = await run(["show", `${audit}/R6`, "--as-of", "2026-11-30"]);
    expect(shown.stdout).toContain(
      "Measure SN-2025-412/R6/1 given a new date: spring 2027, reason: rutinen samordnas med den nya socialtjänstlagen (SN-2026-388)",
    );
  });

  it("5. the auditors record what they found, and it leaves the overdue list", async () => {
    const before = await run(["status", "--overdue", "--as-of", "2026-11-30", "--json"]);
    expect(
      JSON.parse(before.stdout).statuses.map((s: { key: string }) => s.key.split("/").at(-1)),
    ).toEqual([
      "R1@kommunstyrelsen",
      "R2@kommunstyrelsen",
      "R3@kommunstyrelsen",
      "R4@kommunstyrelsen",
    ]);
    const assessed = await run([
      "assess",
      `${audit}/R1`,
      "--result",
      "ej genomförd",
      "--in",
      "Rev 2026/17",
      "--date",
      "2026-11-25",
      "--basis",
      "Någon uppföljningsprocess har inte fastställts.",
    ]);
    expect([assessed.code, assessed.stdout]).toEqual([
      0,
      [
        "Wrote audits/orebro/Rev-2026-17.md, a follow-up audit with the assessment. As of 2026-11-25:",
        `  ${audit} R1, Municipal Executive Board: Not implemented, as the auditors found · Response date passed, no response on record`,
        "",
      ].join("\n"),
    ]);
    const implemented = await run([
      "assess",
      `${audit}/R5`,
      "--result",
      "genomförd",
      "--in",
      "Rev-2026-17",
    ]);
    expect(implemented.code).toBe(0);
    expect(implemented.stdout).toContain(
      `Added the assessment to audits/orebro/Rev-2026-17.md. As of 2026-11-25:\n  ${audit} R5, Social Services Committee: Implemented, as the auditors found · Done, as the body reports`,
    );
    expect(read("audits/orebro/Rev-2026-17.md")).toContain(
      "diary_number: Rev 2026/17\nkind: follow-up-audit\n",
    );
    const check = await run(["check"]);
    expect([check.code, check.stdout]).toEqual([0, "✔ 5 files checked: no problems\n"]);
  });

  it("6. what changed between the response and the follow-up, with sources", async () => {
    const changes = await run(["changes", "--from", "2025-12-01", "--to", "2026-11-30"]);
    expect(changes.code).toBe(0);
    const r = (item: string, body: string) => `${audit} ${item}, ${body}`;
    const ks = "Municipal Executive Board";
    const sn = "Social Services Committee";
    const answerPassed = (item: string) =>
      `  2025-12-16  ${r(item, ks)}: As the body says: Awaiting response → Response date passed, no response on record; the date 15 December 2025 passed`;
    const answerMissed = (item: string) =>
      `  2025-12-15  ${r(item, ks)}: Response: 15 December 2025 – passed without report (${audit})`;
    expect(changes.stdout).toBe(
      [
        "Changes from 2025-12-01 to 2026-11-30, both included",
        "",
        "New documents (3)",
        "  10 December 2025  SN-2025-412 (SN 2025/412)  Response, Social Services Committee – Yttrande – Granskning av arbetet mot hedersrelaterat våld och förtryck",
        "  16 November 2026  SN-2026-388 (SN 2026/388)  Follow-up response, Social Services Committee – Uppföljande yttrande – Granskning av arbetet mot hedersrelaterat våld och förtryck",
        "  25 November 2026  Rev-2026-17 (Rev 2026/17)  Follow-up audit, City Auditors – Uppföljning av Granskning av arbetet mot hedersrelaterat våld och förtryck",
        "",
        "State changes (14)",
        `  2025-12-10  ${r("R5", sn)}: As the body says: Awaiting response → Measures planned (SN-2025-412)`,
        `  2025-12-10  ${r("R6", sn)}: As the body says: Awaiting response → Measures planned (SN-2025-412)`,
        `  2025-12-10  ${r("R7", sn)}: As the body says: Awaiting response → Measures planned (SN-2025-412)`,
        `  2025-12-10  ${r("R8", sn)}: As the body says: Awaiting response → Declined by the body (SN-2025-412)`,
        answerPassed("R1"),
        answerPassed("R2"),
        answerPassed("R3"),
        answerPassed("R4"),
        `  2026-06-01  ${r("R5", sn)}: As the body says: Measures planned → A measure's date passed without report; the date by 31 May 2026 passed`,
        `  2026-11-16  ${r("R5", sn)}: As the body says: A measure's date passed without report → Done, as the body reports (SN-2026-388)`,
        `  2026-11-16  ${r("R6", sn)}: As the body says: Measures planned → Measures in progress (SN-2026-388)`,
        `  2026-11-16  ${r("R7", sn)}: As the body says: Measures planned → Measures in progress (SN-2026-388)`,
        `  2026-11-25  ${r("R1", ks)}: As the auditors found: Not assessed by the auditors → Not implemented, as the auditors found (Rev-2026-17)`,
        `  2026-11-25  ${r("R5", sn)}: As the auditors found: Not assessed by the auditors → Implemented, as the auditors found (Rev-2026-17)`,
        "",
        "New dates (1)",
        `  16 November 2026  ${r("R6", sn)}: Measure SN-2025-412/R6/1: autumn 2026 → spring 2027, reason: rutinen samordnas med den nya socialtjänstlagen (SN-2026-388)`,
        "",
        "Deadlines passed (4)",
        answerMissed("R1"),
        answerMissed("R2"),
        answerMissed("R3"),
        answerMissed("R4"),
        "",
      ].join("\n"),
    );
    const csv = await run([
      "changes",
      "--from",
      "2025-12-01",
      "--to",
      "2026-11-30",
      "--format",
      "csv",
      "--lang",
      "sv",
    ]);
    const rows = csv.stdout.split("\r\n");
    expect(rows[0]).toBe(
      "\uFEFFVad;Dag;Dag (som skrivet);Organisation;Granskning;Rekommendation;Nämnd;Åtgärd;Ändring;Dokument;Diarienummer;Källor",
    );
    expect(rows).toContain(
      `Ny tidpunkt;2026-11-16;2026-11-16;Örebro kommun;${audit};R6;Socialnämnden;SN-2025-412/R6/1;Åtgärd SN-2025-412/R6/1: hösten 2026 → våren 2027, skäl: rutinen samordnas med den nya socialtjänstlagen;Rutin för att fråga om våld fastställs;;SN-2026-388`,
    );
    const json = JSON.parse(
      (await run(["changes", "--from", "2025-12-01", "--to", "2026-11-30", "--json"])).stdout,
    );
    expect(json.states).toHaveLength(14);
    expect(json.missed.map((m: { outcome: string }) => m.outcome)).toEqual([
      "passed",
      "passed",
      "passed",
      "passed",
    ]);
  });
});
