// `sparbar import` on the shapes municipalities actually publish, run in-process through main():
// each failure shape named in docs/import.md has a test here on a fixture of that shape.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "@sparbar/cli/main";
import { openCorpus } from "@sparbar/core";
import {
  type ImportedAudit,
  type ImportedResponse,
  importDocument,
  readDocument,
} from "@sparbar/import";
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, seedCopy } from "../helpers/cli.ts";

const fixtures = join(repoRoot, "tests/fixtures/import");
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function copy(): string {
  const made = seedCopy();
  cleanups.push(made.cleanup);
  return made.root;
}

async function run(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await main([...argv, "--lang", "en"], {
    stdout: {
      write: (t) => {
        stdout += String(t);
      },
    },
    stderr: {
      write: (t) => {
        stderr += String(t);
      },
    },
    env: { SPARBAR_CACHE_DIR: join(cwd, ".cache") },
    cwd,
    now: new Date("2026-01-15T12:00:00Z"),
  });
  return { code, stdout, stderr };
}

const fixture = (name: string) => readFileSync(join(fixtures, name, "source.txt"), "utf8");
const bodies = [
  { id: "kommunstyrelsen", name: "Kommunstyrelsen", kind: "board" },
  { id: "socialnamnden", name: "Socialnämnden", kind: "committee" },
  { id: "revisorerna", name: "Revisorerna", kind: "auditors" },
];
function audit(text: string, known = bodies): ImportedAudit {
  const result = importDocument({ name: "x.txt", text, organisation: { id: "t", bodies: known } });
  expect(result.kind).toBe("audit");
  return result.extracted as ImportedAudit;
}
function response(text: string, known = bodies): ImportedResponse {
  const result = importDocument({ name: "x.txt", text, organisation: { id: "t", bodies: known } });
  expect(result.kind).toBe("response");
  return result.extracted as ImportedResponse;
}

describe("text without line breaks", () => {
  it("reads a list of bullets written inline after a sentence as items", () => {
    const r = response(fixture("dev-31"));
    expect(r.sections.map((s) => s.text)).toEqual([
      "Kommunstyrelsen bör se över behörigheterna i ekonomisystemet.",
      "Kommunstyrelsen bör införa kontroll av ändrade bankuppgifter hos leverantörer.",
      "Rutinen för manuella utbetalningar bör dokumenteras.",
    ]);
    expect(r.sections.map((s) => s.stance)).toEqual(["agrees", "agrees", "partly-agrees"]);
  });

  it("ends the last inline item with its sentence and gives every item the intro's addressee", () => {
    const a = audit(fixture("dev-12"));
    expect(a.recommendations.map((r) => r.to.map((b) => b.id))).toEqual([
      ["kommunstyrelsen"],
      ["kommunstyrelsen"],
      ["kommunstyrelsen"],
    ]);
    expect(a.recommendations.at(-1)?.text).toBe(
      "redovisa avslutade investeringar över fem miljoner kronor för kommunfullmäktige.",
    );
  });

  it("reads • bullets in a one-line page", () => {
    const a = audit(fixture("dev-18"), [
      { id: "kungsholmen", name: "Kungsholmens stadsdelsnämnd", kind: "committee" },
    ]);
    expect(a.recommendations).toHaveLength(3);
  });
});

describe("recommendations phrased as needs", () => {
  it("reads har behov av att, det är nödvändigt för X att, behöver and bör överväga", () => {
    const a = audit(
      "Uppföljning av granskningen av arkivet\n\nSammanfattande bedömning\n\nSocialnämnden har behov av att fastställa en dokumenthanteringsplan. Det är nödvändigt för kommunstyrelsen att utse en arkivansvarig. Socialnämnden behöver se över gallringen av personakter. Kommunstyrelsen bör överväga att samla arkiven i en lokal.\n",
    );
    expect(a.recommendations.map((r) => [r.to.map((b) => b.id), r.text.slice(0, 20)])).toEqual([
      [["socialnamnden"], "Socialnämnden har be"],
      [["kommunstyrelsen"], "Det är nödvändigt fö"],
      [["socialnamnden"], "Socialnämnden behöve"],
      [["kommunstyrelsen"], "Kommunstyrelsen bör "],
    ]);
  });
});

describe("flattened tables", () => {
  it("takes the agency glued before the text as the addressee and drops (Recommendation N)", () => {
    const a = audit(fixture("dev-26"), [
      { id: "fcc", name: "Federal Communications Commission", kind: "committee" },
      { id: "usda", name: "Department of Agriculture", kind: "committee" },
    ]);
    expect(a.recommendations.map((r) => [r.to.map((b) => b.id), r.text.slice(0, 30)])).toEqual([
      [["fcc"], "The Chairman of the Federal Co"],
      [["usda"], "The Secretary of Agriculture s"],
    ]);
  });
});

describe("a hit without substance", () => {
  it("extracts no recommendation without a subject", () => {
    const a = audit("Rekommendationer\n\nbör förbättras.\n\n- bör ses över\n");
    expect(a.recommendations).toEqual([]);
  });
});

describe("addressees named in an intro", () => {
  it("keeps a body the organisation lacks in the report's own words, never a generic placeholder", () => {
    const result = importDocument({
      name: "x.txt",
      text: fixture("dev-21"),
      organisation: { id: "t", bodies: [{ id: "socialnamnden", name: "Socialnämnden" }] },
    });
    const a = result.extracted as ImportedAudit;
    expect(a.recommendations.map((r) => r.unknownTo)).toEqual([
      ["kommunstyrelsen"],
      ["kommunstyrelsen"],
      ["kommunstyrelsen"],
    ]);
    expect(result.draft.text).toContain("[[kommunstyrelsen – lägg till i organisation.yaml");
    expect(result.draft.text).not.toContain("[[nämnd]]");
  });
});

describe("kind detection", () => {
  it("takes a report that speaks of answers for a report, and says how sure it is", () => {
    const result = importDocument({
      name: "x.txt",
      text: fixture("dev-17"),
      organisation: { id: "t", bodies },
    });
    expect(result.kind).toBe("audit");
    expect(result.kindConfidence).toBeGreaterThan(0.5);
    expect(result.draft.text).toContain("a guess made with confidence");
  });
});

describe("honest drafts", () => {
  it("writes an audit draft that checks clean but for its placeholders, with responses_due filled", async () => {
    const root = copy();
    const before = readdirSync(join(root, "audits/orebro"));
    const out = await run(["import", join(fixtures, "dev-13/source.txt"), "--org", "orebro"], root);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Found 2 recommendations");
    expect(out.stdout).toContain("Not found:");
    const [file] = readdirSync(join(root, "audits/orebro")).filter((f) => !before.includes(f));
    const text = readFileSync(join(root, "audits/orebro", file ?? ""), "utf8");
    expect(text).not.toMatch(/responses_due:\s*\n\S/);
    expect(text).not.toMatch(/title: .*(Länk till startsidan|Skip to main content)/);
    const check = await run(["check", "--json", `audits/orebro/${file}`], root);
    const codes = new Set(
      JSON.parse(check.stdout).diagnostics.map((d: { code: string }) => d.code),
    );
    expect([...codes]).toEqual(["placeholder-left"]);
  });

  it("never takes web-page chrome for the title", () => {
    const a = audit(fixture("dev-26"));
    expect(a.title?.value).not.toMatch(/skip to|recommendations database|jump to/i);
  });

  it("refuses a page with nothing to extract, with a message and exit 1, writing nothing", async () => {
    const root = copy();
    const before = readdirSync(join(root, "audits/orebro"));
    const out = await run(["import", join(fixtures, "dev-20/source.txt"), "--org", "orebro"], root);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("found no recommendations to import; no draft was written");
    expect(readdirSync(join(root, "audits/orebro"))).toEqual(before);
  });

  it("refuses more text than any report holds, saying how much and what to do, writing nothing", async () => {
    const root = copy();
    const before = readdirSync(join(root, "audits/orebro"));
    const page = `${fixture("dev-1")}\n\n`;
    writeFileSync(join(root, "stor.txt"), page.repeat(Math.ceil(4_100_000 / page.length)));
    const out = await run(["import", "stor.txt", "--org", "orebro"], root);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/stor\.txt holds 4\.\d million characters of text/);
    expect(out.stderr).toContain("Save the part with the recommendations");
    expect(readdirSync(join(root, "audits/orebro"))).toEqual(before);
    // The same text at an ordinary length is read.
    const read = await readDocument("stor.txt", Buffer.from(page.repeat(100)));
    expect(read.ok).toBe(true);
  });

  it("says in the draft and the summary that an OCR-damaged text is damaged", async () => {
    const result = importDocument({
      name: "x.txt",
      text: fixture("dev-2"),
      organisation: { id: "t", bodies },
    });
    expect(result.damage).toBeDefined();
    expect(result.draft.text).toContain("The source text is damaged");
    const stray = importDocument({
      name: "x.txt",
      text: `${fixture("dev-1")}\n/6-~c~Æ ~v{; _e/ fj ~ C'" ~~\n`,
      organisation: { id: "t", bodies },
    });
    expect(stray.damage).toContain("stray symbols");
    expect((stray.extracted as ImportedAudit).recommendations).toHaveLength(5);
  });
});

describe("the Word round trip", () => {
  it("reads Spårbar's own export back with the same sections, stances and measures", async () => {
    const root = copy();
    const dir = mkdtempSync(join(tmpdir(), "sparbar-docx-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const target = join(dir, "svar.docx");
    const out = await run(["export", "--format", "docx", "ASN-2024-2039", "-o", target], root);
    expect(out.code).toBe(0);
    const read = await readDocument("svar.docx", readFileSync(target));
    if (!read.ok) throw new Error(read.message.en);
    const corpus = await openCorpus(root);
    const original = corpus.index.response("malmo", "ASN-2024-2039");
    if (!original) throw new Error("no seed response");
    const organisation = corpus.index.organisation("malmo");
    const result = importDocument({
      name: "svar.docx",
      text: read.text,
      organisation: {
        id: "malmo",
        bodies: (organisation?.data.bodies ?? []).map((b) => ({
          id: b.id,
          name: b.name,
          kind: b.kind,
        })),
      },
    });
    expect(result.kind).toBe("response");
    const imported = result.extracted as ImportedResponse;
    const sections = original.sections;
    expect(imported.sections.map((s) => s.number)).toEqual(
      sections.map((s) => Number(s.recommendation.replace(/\D/g, ""))),
    );
    expect(imported.sections.map((s) => s.stance)).toEqual(sections.map((s) => s.stance));
    expect(imported.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual(
      sections.map((s) => s.measures.map((m) => m.due?.end)),
    );
  });

  it("reads a response written in Word's own conventions, its tracked changes accepted", async () => {
    const numbered = "atgarder";
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: numbered,
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({
              text: "Yttrande över revisionsrapport om bisysslor",
              heading: HeadingLevel.HEADING_1,
            }),
            new Paragraph("Kommunstyrelsen föreslås besluta att lämna följande yttrande."),
            new Paragraph({
              text: "Rekommendation 1: Inför en årlig påminnelse om bisysslor.",
              heading: HeadingLevel.HEADING_2,
            }),
            new Paragraph("Ställningstagande: instämmer"),
            new Paragraph({
              style: "ListParagraph",
              numbering: { reference: numbered, level: 0 },
              children: [
                new TextRun("Påminnelsen skickas till alla anställda — "),
                new DeletedTextRun({
                  id: 1,
                  author: "Handläggare",
                  date: "2025-01-10T10:00:00Z",
                  text: "i december 2025",
                }),
                new InsertedTextRun({
                  id: 2,
                  author: "Handläggare",
                  date: "2025-01-10T10:00:00Z",
                  text: "i januari 2026",
                }),
              ],
            }),
            new Paragraph({
              text: "Rekommendation 2: Följ upp att bisysslor prövas.",
              heading: HeadingLevel.HEADING_2,
            }),
            new Paragraph("Ställningstagande: instämmer delvis"),
            new Paragraph({
              style: "ListParagraph",
              numbering: { reference: numbered, level: 0 },
              children: [new TextRun("Uppföljningen ingår i internkontrollplanen — under 2026")],
            }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const read = await readDocument("word.docx", new Uint8Array(bytes));
    if (!read.ok) throw new Error(read.message.en);
    const r = response(read.text);
    expect(r.sections.map((s) => [s.number, s.stance])).toEqual([
      [1, "agrees"],
      [2, "partly-agrees"],
    ]);
    expect(r.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2026-01-31"],
      ["2026-12-31"],
    ]);
    expect(r.sections[0]?.text).toBe("Inför en årlig påminnelse om bisysslor.");
  });
});
