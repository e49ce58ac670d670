import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";
import { runCli } from "../helpers/run-cli.ts";

/*
 * The Word yttrande's structure, read from the .docx itself: what Word and LibreOffice lay out
 * (language, footer fields, paragraphs and their properties), not how a page looks.
 */

const response = `---
id: SN-2024-10
diary_number: SN 2024/10
kind: response
organisation: testkommun
body: sn
to: [revisionen]
answers: [REV-2024-1]
title: Yttrande över granskning av arbetet mot våld i nära relationer
date: 2024-05-20
decision:
  date: 2024-05-28
  minute: § 45
path:
  - step: working-committee
    body: ks
    date: 2024-05-21
    minute: § 12
  - step: committee
    body: sn
    date: 2024-05-28
    minute: § 45
signatories:
  - name: Anna Berg
    role: Ordförande
officers:
  - name: Per Holm
    role: Utredare
---

## R1 Rutiner

Ställningstagande: instämmer

- [ ] Rutin för att ställa frågor om våld tas fram och
  fastställs av nämnden — senast den 30 september 2024
  Id: 1
  Återrapporteras till: sn
`;

let root: string;
let xml: { document: string; styles: string; footer: string };
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "sparbar-yttrande-"));
  cpSync(join(repoRoot, "packages/core/test/fixtures/base"), root, { recursive: true });
  writeFileSync(join(root, "responses/testkommun/SN-2024-10.md"), response);
  const run = await runCli(["export", "--format", "docx", "SN-2024-10", "-o", "svar.docx"], {
    cwd: root,
  });
  expect(run.code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(join(root, "svar.docx")));
  const file = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
  xml = {
    document: await file("word/document.xml"),
    styles: await file("word/styles.xml"),
    footer: (await Promise.all(footers.map(file))).join(""),
  };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The document's paragraphs: their XML and their text. */
function paragraphs(): { xml: string; text: string }[] {
  return [...xml.document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  }));
}

function paragraph(starts: string) {
  const found = paragraphs().find((p) => p.text.startsWith(starts));
  if (!found) throw new Error(`no paragraph starting "${starts}"`);
  return found;
}

describe("the Word yttrande", () => {
  it("is Swedish, with page numbers and the diary number in the footer", () => {
    expect(xml.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="sv-SE"\/>/);
    expect(xml.footer).toContain("PAGE");
    expect(xml.footer).toContain("NUMPAGES");
    expect(xml.footer).toContain("Diarienummer SN 2024/10");
  });

  it("heads with organisation, body, date, diary number, recipients and the audit answered", () => {
    const texts = paragraphs().map((p) => p.text);
    expect(texts.slice(0, 10)).toEqual([
      "Testkommun",
      "Socialnämnden",
      "Datum",
      "2024-05-20",
      "Diarienummer",
      "SN 2024/10",
      "Till",
      "Revisionen",
      "Avser",
      "Granskning av arbetet mot våld i nära relationer (REV-2024-1)",
    ]);
  });

  it("states the decision taken, with its date and §, and the path it took", () => {
    expect(paragraph("Socialnämnden beslutade").text).toBe(
      "Socialnämnden beslutade den 28 maj 2024, § 45, att lämna följande yttrande:",
    );
    expect(paragraph("Beslutsgång").xml).toContain("<w:keepNext/>");
    expect(paragraphs().map((p) => p.text)).toEqual(
      expect.arrayContaining([
        "2024-05-21  Arbetsutskott, Kommunstyrelsen, § 12",
        "2024-05-28  Nämnd, Socialnämnden, § 45",
      ]),
    );
  });

  it("keeps a measure whole: one paragraph, on one page, body names for ids, no id line", () => {
    const measure = paragraph("☐ Rutin för att ställa frågor");
    expect(measure.text).toBe(
      "☐ Rutin för att ställa frågor om våld tas fram och fastställs av nämnden — senast den 30 september 2024Återrapporteras till: Socialnämnden",
    );
    expect(measure.xml).toContain("<w:keepLines/>");
    expect(measure.xml).toMatch(/<w:br\/>[\s\S]*Återrapporteras till: Socialnämnden/);
    expect(xml.document).not.toContain("Id: 1");
    expect(xml.document).not.toMatch(/till: sn</);
  });

  it("gives the signatory room to sign, and the officer a block of their own", () => {
    const signatory = paragraph("Anna Berg");
    expect(signatory.xml).toMatch(/<w:pBdr><w:top w:val="single"/);
    expect(paragraph("Ordförande").text).toBe("Ordförande");
    const officers = paragraph("Ansvariga tjänstepersoner");
    expect(officers.xml).toContain('<w:sz w:val="18"/>');
    const officer = paragraph("Per Holm");
    expect(officer.text).toBe("Per Holm, Utredare");
    expect(officer.xml).toContain('<w:sz w:val="18"/>');
    expect(officer.xml).not.toContain("<w:pBdr>");
  });
});
