import {
  type Corpus,
  formatDay,
  type LoadedResponse,
  labelledText,
  labelOf,
  measureKeyLine,
  parseMarkdown,
  readSectionHeading,
  stepHeld,
} from "@sparbar/core";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { RootContent } from "mdast";
import { blocks, type ItemLines } from "./markdown-to-docx.ts";
import { yttrandeWords as w } from "./words.ts";

const headingRun = { font: "Arial", bold: true, color: "000000" };
const headingSpace = { spacing: { before: 280, after: 100 }, keepNext: true };

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

function headerRow(label: string, value: string): TableRow {
  return new TableRow({
    children: [
      new TableCell({
        borders: noBorders,
        width: { size: 25, type: WidthType.PERCENTAGE },
        children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })],
      }),
      new TableCell({
        borders: noBorders,
        width: { size: 75, type: WidthType.PERCENTAGE },
        children: [new Paragraph(value)],
      }),
    ],
  });
}

/** A section heading `## R1 …` printed the way yttranden head their answers. */
function recommendationHeading(text: string): string | undefined {
  const ref = readSectionHeading(text);
  if (!ref) return undefined;
  const title = ref.title.trim();
  if (/^rekommendation\b/i.test(title)) return title;
  // "Rekommendation 5", as yttranden number them, for the usual R5; other ids as they are.
  const item = /^R\d+$/.test(ref.item) ? ref.item.slice(1) : ref.item;
  return `${w.recommendation} ${ref.audit ? `${ref.audit} ` : ""}${item}${title ? `: ${title}` : ""}`;
}

function bodyBlocks(markdown: string, itemLines: ItemLines) {
  const tree = parseMarkdown(markdown);
  const nodes: RootContent[] = tree.children.map((node) => {
    if (node.type !== "heading" || node.depth !== 2) return node;
    const text = node.children.map((c) => ("value" in c ? c.value : "")).join("");
    const heading = recommendationHeading(text);
    return heading ? { ...node, children: [{ type: "text", value: heading }] } : node;
  });
  return blocks(nodes, 0, itemLines);
}

/**
 * A measure's key lines as a committee reads them: bodies by name, not id; the id line and the
 * line saying where `sparbar import` read the measure left out, since they are Spårbar's own.
 */
function measureLines(corpus: Corpus, response: LoadedResponse): ItemLines {
  const { organisation, body } = response.data;
  return (line) => {
    const key = measureKeyLine(line);
    if (!key) return null;
    if (key.field === "id" || key.field === "source") return undefined;
    const value =
      key.field === "reportTo"
        ? (corpus.index.resolveBody(organisation, key.value, body)?.name ?? key.value)
        : key.value;
    return labelledText("", key.label, value);
  };
}

/** The decision, proposed or taken, as the yttrande states it before its text. */
function decisionParagraph(corpus: Corpus, response: LoadedResponse, bodyName: string): string {
  const data = response.data;
  const decided = data.decision;
  if (decided) {
    const by = corpus.index.body(data.organisation, decided.body ?? data.body)?.name ?? bodyName;
    return w.decided(by, formatDay(decided.date, "sv"), decided.minute, data.kind);
  }
  return w.proposed(bodyName, data.kind);
}

/** The decision path: each meeting, held or planned, never a planned one as a decision. */
function pathParagraphs(corpus: Corpus, response: LoadedResponse): Paragraph[] {
  const data = response.data;
  if (data.path.length === 0) return [];
  return [
    new Paragraph({
      children: [new TextRun({ text: w.path, bold: true })],
      spacing: { before: 240 },
      keepNext: true,
    }),
    ...data.path.map((step) => {
      const body = corpus.index.body(data.organisation, step.body)?.name ?? step.body;
      const held = stepHeld(step);
      return new Paragraph({
        children: [
          new TextRun(
            `${step.date}  ${labelOf(step.step, "sv")}, ${body}${held ? (step.minute ? `, ${step.minute}` : "") : ` ${w.planned}`}`,
          ),
        ],
        indent: { left: 360 },
      });
    }),
  ];
}

/** The signatories, each with room to sign, and the officers apart, as the contact for it. */
function peopleParagraphs(response: LoadedResponse, bodyName: string): Paragraph[] {
  const data = response.data;
  const out: Paragraph[] = [];
  if (data.signatories.length > 0) {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: bodyName, bold: true })],
        spacing: { before: 480 },
        keepNext: true,
      }),
    );
    for (const person of data.signatories) {
      out.push(
        new Paragraph({
          children: [new TextRun({ text: person.name })],
          spacing: { before: 720 },
          keepNext: true,
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 4 } },
        }),
        ...(person.role ? [new Paragraph({ text: person.role, keepNext: true })] : []),
      );
    }
  }
  if (data.officers.length > 0) {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: w.officers, bold: true, size: 18 })],
        spacing: { before: 480 },
        keepNext: true,
      }),
      ...data.officers.map(
        (p) =>
          new Paragraph({
            children: [new TextRun({ text: p.role ? `${p.name}, ${p.role}` : p.name, size: 18 })],
          }),
      ),
    );
  }
  return out;
}

/**
 * A response as the Word document a committee's case system takes, in the layout Swedish
 * yttranden use: organisation and body; date, diary number and recipients; the kind and title;
 * the decision, proposed or taken with its date and §, and the decision path; the text with a
 * section per recommendation; the signatories with room to sign, and the officers apart. Body
 * names, never ids; Swedish as the language, page numbers in the footer; each list item one
 * paragraph kept on one page.
 */
export async function responseDocx(corpus: Corpus, response: LoadedResponse): Promise<Uint8Array> {
  const data = response.data;
  const organisation = corpus.index.organisation(data.organisation)?.data.name ?? data.organisation;
  const bodyName = corpus.index.body(data.organisation, data.body)?.name ?? data.body;
  const recipients = data.to
    .map((id) => corpus.index.body(data.organisation, id)?.name ?? id)
    .join(", ");
  const diaryNumber = data.diary_number ?? "–";
  // What the response answers, by the audit's diary number (its id where it has none).
  const answers = data.answers
    .map((id) => {
      const audit = corpus.index.audit(data.organisation, id)?.data;
      return audit ? `${audit.title} (${audit.diary_number ?? audit.id})` : id;
    })
    .join("; ");
  const children = [
    new Paragraph({
      children: [new TextRun({ text: organisation, bold: true, size: 28 })],
    }),
    new Paragraph({
      children: [new TextRun({ text: bodyName, size: 24 })],
      spacing: { after: 240 },
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        headerRow(w.date, data.date.text),
        headerRow(w.diaryNumber, diaryNumber),
        headerRow(w.to, recipients),
        headerRow(w.answers, answers),
      ],
    }),
    new Paragraph({ text: labelOf(data.kind, "sv"), spacing: { before: 360 } }),
    new Paragraph({ text: data.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      children: [new TextRun(decisionParagraph(corpus, response, bodyName))],
      spacing: { after: 120 },
    }),
    ...pathParagraphs(corpus, response),
    new Paragraph({ text: "", spacing: { after: 120 } }),
    ...bodyBlocks(response.body, measureLines(corpus, response)),
    ...peopleParagraphs(response, bodyName),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 18,
            children: [
              `${organisation}${data.diary_number ? ` · ${w.diaryNumber} ${data.diary_number}` : ""} · ${w.page} `,
              PageNumber.CURRENT,
              ` ${w.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
  const document = new Document({
    creator: "Spårbar",
    title: data.title,
    description: `${labelOf(data.kind, "sv")} ${data.diary_number ?? data.id}`,
    styles: {
      default: {
        document: { run: { font: "Arial", size: 22, language: { value: "sv-SE" } } },
        // Committee documents have plain black headings, not Word's coloured ones.
        heading1: { run: { ...headingRun, size: 32 }, paragraph: headingSpace },
        heading2: { run: { ...headingRun, size: 26 }, paragraph: headingSpace },
        heading3: { run: { ...headingRun, size: 23 }, paragraph: headingSpace },
        heading4: { run: { ...headingRun, size: 22, italics: true }, paragraph: headingSpace },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
