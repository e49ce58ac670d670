import {
  type Corpus,
  type LoadedResponse,
  labelOf,
  parseMarkdown,
  readSectionHeading,
} from "@sparbar/core";
import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { RootContent } from "mdast";
import { blocks } from "./markdown-to-docx.ts";

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
  return `Rekommendation ${ref.audit ? `${ref.audit} ` : ""}${ref.item}${title ? `: ${title}` : ""}`;
}

function bodyBlocks(markdown: string) {
  const tree = parseMarkdown(markdown);
  const nodes: RootContent[] = tree.children.map((node) => {
    if (node.type !== "heading" || node.depth !== 2) return node;
    const text = node.children.map((c) => ("value" in c ? c.value : "")).join("");
    const heading = recommendationHeading(text);
    return heading ? { ...node, children: [{ type: "text", value: heading }] } : node;
  });
  return blocks(nodes, -1);
}

/**
 * A response as the Word document a committee's case system takes, in the layout Swedish
 * yttranden use: date, diary number and recipient; title; the proposal to decide; the text with
 * a section per recommendation; the signature block.
 */
export async function responseDocx(corpus: Corpus, response: LoadedResponse): Promise<Uint8Array> {
  const data = response.data;
  const organisation = corpus.index.organisation(data.organisation)?.data.name ?? data.organisation;
  const body = corpus.index.body(data.organisation, data.body)?.name ?? data.body;
  const recipients = data.to
    .map((id) => corpus.index.body(data.organisation, id)?.name ?? id)
    .join(", ");
  const diaryNumber = /\d/.test(data.id) && /^[A-ZÅÄÖ]+-/.test(data.id) ? data.id : "–";
  const proposal =
    data.kind === "report-back"
      ? `${body} föreslås besluta att godkänna återrapporteringen.`
      : `${body} föreslås besluta att lämna följande yttrande:`;
  const people = [...data.signatories, ...data.officers];
  const children = [
    new Paragraph({
      children: [new TextRun({ text: organisation, bold: true, size: 28 })],
      spacing: { after: 240 },
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        headerRow("Datum", data.date.text),
        headerRow("Diarienummer", diaryNumber),
        headerRow("Till", recipients),
      ],
    }),
    new Paragraph({ text: labelOf(data.kind, "sv"), spacing: { before: 360 } }),
    new Paragraph({ text: data.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ children: [new TextRun(proposal)], spacing: { after: 240 } }),
    ...bodyBlocks(response.body),
    ...(people.length > 0 ? [new Paragraph({ text: "", spacing: { before: 480 } })] : []),
    ...people.flatMap((p) => [
      new Paragraph({
        children: [new TextRun({ text: p.name, bold: true })],
        spacing: { before: 240 },
      }),
      ...(p.role ? [new Paragraph(p.role)] : []),
    ]),
  ];
  const document = new Document({
    creator: "Spårbar",
    title: data.title,
    description: `${labelOf(data.kind, "sv")} ${data.id}`,
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
