import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { List, Table as MdTable, PhrasingContent, RootContent } from "mdast";

type Block = Paragraph | Table;

interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  font?: string;
}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

function runs(nodes: readonly PhrasingContent[], style: InlineStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        // Soft line breaks in the source are spaces in the document.
        out.push(new TextRun({ text: node.value.replace(/\s*\n\s*/g, " "), ...style }));
        break;
      case "emphasis":
        out.push(...runs(node.children, { ...style, italics: true }));
        break;
      case "strong":
        out.push(...runs(node.children, { ...style, bold: true }));
        break;
      case "delete":
        out.push(...runs(node.children, style));
        break;
      case "inlineCode":
        out.push(new TextRun({ text: node.value, ...style, font: "Consolas" }));
        break;
      case "link":
        out.push(...runs(node.children, style));
        if (/^https?:/.test(node.url)) out.push(new TextRun({ text: ` (${node.url})`, ...style }));
        break;
      case "break":
        out.push(new TextRun({ text: "", break: 1 }));
        break;
      default:
        // Images and raw HTML do not belong in a committee document.
        break;
    }
  }
  return out;
}

function list(node: List, level: number, out: Block[]): void {
  node.children.forEach((item, index) => {
    const marker = item.checked === true ? "☒ " : item.checked === false ? "☐ " : "";
    item.children.forEach((child, k) => {
      if (child.type === "paragraph") {
        const lines = splitLines(child.children);
        lines.forEach((line, n) => {
          const first = k === 0 && n === 0;
          const text = runs(line);
          const paragraph = node.ordered
            ? new Paragraph({
                children: [
                  new TextRun(first ? `${(node.start ?? 1) + index}. ${marker}` : "   "),
                  ...text,
                ],
                indent: { left: 360 * (level + 1) },
              })
            : new Paragraph({
                children: [...(first && marker ? [new TextRun(marker)] : []), ...text],
                ...(first && !marker
                  ? { bullet: { level } }
                  : { indent: { left: 360 * (level + 1) } }),
              });
          out.push(paragraph);
        });
      } else if (child.type === "list") list(child, level + 1, out);
      else out.push(...blocks([child as RootContent]));
    });
  });
}

/** A task item's key lines (`Återrapporteras till: …`) stay on lines of their own. */
function splitLines(nodes: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === "text" && node.value.includes("\n")) {
      const parts = node.value.split("\n");
      parts.forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part.trim()) lines.at(-1)?.push({ type: "text", value: part.trim() });
      });
    } else lines.at(-1)?.push(node);
  }
  return lines.filter((line) => line.length > 0);
}

function table(node: MdTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.children.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.children.map(
            (cell, c) =>
              new TableCell({
                children: [
                  new Paragraph({
                    children: runs(cell.children, r === 0 ? { bold: true } : {}),
                    alignment:
                      node.align?.[c] === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** Markdown blocks as Word paragraphs and tables; raw HTML and images are left out. */
export function blocks(nodes: readonly RootContent[], headingOffset = 0): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        out.push(
          new Paragraph({
            children: runs(node.children),
            heading: headingLevels[Math.min(node.depth - 1 + headingOffset, 3)],
          }),
        );
        break;
      case "paragraph":
        out.push(new Paragraph({ children: runs(node.children), spacing: { after: 120 } }));
        break;
      case "blockquote":
        for (const child of node.children) {
          if (child.type === "paragraph") {
            out.push(
              new Paragraph({
                children: runs(child.children, { italics: true }),
                indent: { left: 567 },
                spacing: { after: 120 },
              }),
            );
          } else out.push(...blocks([child], headingOffset));
        }
        break;
      case "list":
        list(node, 0, out);
        break;
      case "table":
        out.push(table(node));
        break;
      case "code":
        for (const line of node.value.split("\n"))
          out.push(new Paragraph({ children: [new TextRun({ text: line, font: "Consolas" })] }));
        break;
      case "thematicBreak":
        out.push(new Paragraph({ text: "" }));
        break;
      default:
        break;
    }
  }
  return out;
}
