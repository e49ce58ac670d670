import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, seedCopy, sparbar } from "../helpers/cli.ts";

const fixtures = join(repoRoot, "tests/fixtures/import");
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function copy() {
  const made = seedCopy();
  cleanups.push(made.cleanup);
  return made.root;
}

function newFiles(root: string, folder: string, before: string[]): string[] {
  return readdirSync(join(root, folder)).filter((f) => !before.includes(f));
}

async function pdfOf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([595, 842]);
  let y = 800;
  for (const line of lines) {
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 800;
    }
    if (line.trim())
      page.drawText(line.replace(/[▶]/g, "-").replace(/\t/g, "    "), { x: 50, y, size: 10, font });
    y -= 14;
  }
  return pdf.save();
}

describe("sparbar import", () => {
  it("imports the Örebro report into an audit draft that checks clean but for its placeholders", async () => {
    const root = copy();
    const before = readdirSync(join(root, "audits/orebro"));
    const run = await sparbar(
      ["import", join(fixtures, "seed-004/source.txt"), "--org", "orebro"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Found 8 recommendations and 7 audit questions.");
    const [file] = newFiles(root, "audits/orebro", before);
    const text = readFileSync(join(root, "audits/orebro", file ?? ""), "utf8");
    expect(text).toContain("date: 16 oktober 2025 # rad");
    expect(text).toMatch(/- id: R5 # rad \d+\n {4}to: \[socialnamnden\]/);
    const check = await sparbar(["check", "--json", `audits/orebro/${file}`], { cwd: root });
    const codes = new Set(
      JSON.parse(check.stdout).diagnostics.map((d: { code: string }) => d.code),
    );
    expect([...codes]).toEqual(["placeholder-left"]);
  });

  it("reads a Word document", async () => {
    const root = copy();
    const lines = readFileSync(join(fixtures, "seed-004/source.txt"), "utf8").split("\n");
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] });
    writeFileSync(join(root, "rapport.docx"), await Packer.toBuffer(doc));
    const run = await sparbar(
      ["import", "rapport.docx", "--org", "orebro", "--json", "-o", "utkast.md"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.extracted.recommendations).toHaveLength(8);
    expect(result.extracted.questions).toHaveLength(7);
  });

  it("reads a Word document's bulleted lists and its table of audit questions", async () => {
    const root = copy();
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("Granskning av bostadsförsörjningen"),
            new Paragraph("Sammanfattning"),
            new Table({
              rows: [
                row("Revisionsfråga", "Svar och bedömning"),
                row("Finns en aktuell behovsanalys?", "Nej. Analysen är från 2019."),
                row("Följs planen upp årligen?", "Delvis. Uppföljning sker vartannat år."),
              ],
            }),
            new Paragraph("Kommunstyrelsen rekommenderas att:"),
            new Paragraph({ text: "Ta fram en aktuell behovsanalys.", bullet: { level: 0 } }),
            new Paragraph({ text: "Följa upp planen varje år.", bullet: { level: 0 } }),
            new Paragraph("Inledning"),
          ],
        },
      ],
    });
    writeFileSync(join(root, "rapport.docx"), await Packer.toBuffer(doc));
    const run = await sparbar(
      ["import", "rapport.docx", "--org", "orebro", "--json", "-o", "utkast.md"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    const { questions, recommendations } = JSON.parse(run.stdout).extracted;
    expect(recommendations.map((r: { text: string }) => r.text)).toEqual([
      "Ta fram en aktuell behovsanalys.",
      "Följa upp planen varje år.",
    ]);
    expect(questions.map((q: { answer?: string }) => q.answer)).toEqual(["no", "partly"]);
  });

  it("reads the text layer of a PDF", async () => {
    const root = copy();
    const lines = readFileSync(join(fixtures, "dev-39/source.txt"), "utf8").split("\n");
    writeFileSync(join(root, "rapport.pdf"), await pdfOf(lines));
    const run = await sparbar(
      ["import", "rapport.pdf", "--org", "orebro", "--json", "-o", "utkast.md"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    const texts = JSON.parse(run.stdout).extracted.recommendations.map(
      (r: { text: string }) => r.text,
    );
    expect(texts).toContain(
      "Ta fram en samlad behovsanalys för bostäder till personer med särskilda behov.",
    );
    expect(texts).toHaveLength(3);
  });

  it("reads a PDF's table of audit questions as its columns, and drops its footer", async () => {
    const root = copy();
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (const pageNumber of [1, 2]) {
      const page = pdf.addPage([595, 842]);
      const at = (text: string, x: number, y: number) =>
        page.drawText(text, { x, y, size: 10, font });
      at("Örebro kommun – Granskning av bostadsförsörjningen", 50, 40);
      at(`Sida ${pageNumber} av 2`, 480, 40);
      if (pageNumber === 1) {
        at("Granskning av bostadsförsörjningen", 50, 800);
        at("Revisionsfråga", 50, 760);
        at("Svar och bedömning", 330, 760);
        at("Finns en aktuell behovsanalys?", 50, 746);
        at("Nej. Analysen är från 2019.", 330, 746);
        at("Följs planen upp årligen?", 50, 732);
        at("Delvis. Uppföljning sker vartannat år.", 330, 732);
      } else {
        at("Kommunstyrelsen rekommenderas att:", 50, 800);
        at("- Ta fram en aktuell behovsanalys för bostäder.", 50, 786);
      }
    }
    writeFileSync(join(root, "tabell.pdf"), await pdf.save());
    const run = await sparbar(
      ["import", "tabell.pdf", "--org", "orebro", "--json", "-o", "utkast.md"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    const { questions, recommendations } = JSON.parse(run.stdout).extracted;
    expect(
      questions.map((q: { text: string; answer?: string; assessment?: string }) => [
        q.text,
        q.answer,
        q.assessment,
      ]),
    ).toEqual([
      ["Finns en aktuell behovsanalys?", "no", "Nej. Analysen är från 2019."],
      ["Följs planen upp årligen?", "partly", "Delvis. Uppföljning sker vartannat år."],
    ]);
    expect(recommendations.map((r: { text: string }) => r.text)).toEqual([
      "Ta fram en aktuell behovsanalys för bostäder.",
    ]);
    expect(readFileSync(join(root, "utkast.md"), "utf8")).not.toContain("Sida 1 av 2");
  });

  it("refuses a scanned PDF without text, clearly, and writes nothing", async () => {
    const root = copy();
    const pdf = await PDFDocument.create();
    pdf
      .addPage([595, 842])
      .drawRectangle({ x: 40, y: 40, width: 500, height: 700, color: rgb(0.8, 0.8, 0.8) });
    writeFileSync(join(root, "skannad.pdf"), await pdf.save());
    const before = readdirSync(join(root, "audits/orebro"));
    const run = await sparbar(["import", "skannad.pdf", "--org", "orebro"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("has no text layer: it is a scanned image");
    expect(run.stderr).toContain("OCR");
    expect(newFiles(root, "audits/orebro", before)).toEqual([]);
  });

  it("imports a response with its sections and dated measures", async () => {
    const root = copy();
    const run = await sparbar(
      [
        "import",
        join(fixtures, "seed-001/source.txt"),
        "--org",
        "malmo",
        "-o",
        "yttrande.md",
        "--json",
      ],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.kind).toBe("response");
    expect(result.extracted.sections.map((s: { number: number }) => s.number)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    const text = readFileSync(join(root, "yttrande.md"), "utf8");
    expect(text).toContain("answers: [SR-2023-81]");
    expect(text).toMatch(/— den 31 maj 2024\n {2}Källa: rad \d+/);
  });

  it("never writes over an existing file, and refuses unknown organisations", async () => {
    const root = copy();
    const source = join(fixtures, "seed-004/source.txt");
    expect(
      (await sparbar(["import", source, "--org", "orebro", "-o", "x.md"], { cwd: root })).code,
    ).toBe(0);
    const again = await sparbar(["import", source, "--org", "orebro", "-o", "x.md"], { cwd: root });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("never replaces a file");
    const unknown = await sparbar(["import", source, "--org", "atlantis"], { cwd: root });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("There is no organisation atlantis");
    expect(existsSync(join(root, "audits/atlantis"))).toBe(false);
  });
});
