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

/**
 * How the lines under a list item's first line are shown: a key line (a measure's
 * `Återrapporteras till: …`) is shown as the function returns it, on a line of its own, or left
 * out (undefined); `null` says the line is no key line: it continues the statement, joined to it,
 * or, after a key line, stands on a line of its own.
 */
export type ItemLines = (line: string) => string | undefined | null;

const continuing: ItemLines = () => null;

function list(node: List, level: number, out: Block[], itemLines: ItemLines): void {
  node.children.forEach((item, index) => {
    const marker = item.checked === true ? "☒ " : item.checked === false ? "☐ " : "";
    item.children.forEach((child, k) => {
      if (child.type === "paragraph") {
        // One paragraph per item, kept on one page: a statement `fmt` wrapped stays whole.
        const text = itemRuns(child.children, itemLines);
        const first = k === 0;
        const lead = node.ordered
          ? [new TextRun(first ? `${(node.start ?? 1) + index}. ${marker}` : "")]
          : first && marker
            ? [new TextRun(marker)]
            : [];
        // A task item hangs from its box, so that its key lines stand under its words.
        const indent = marker
          ? { left: 360 * (level + 1) + 280, hanging: 280 }
          : { left: 360 * (level + 1) };
        out.push(
          new Paragraph({
            children: [...lead, ...text],
            keepLines: true,
            spacing: { after: 80 },
            ...(first && !marker && !node.ordered ? { bullet: { level } } : { indent }),
          }),
        );
      } else if (child.type === "list") list(child, level + 1, out, itemLines);
      else out.push(...blocks([child as RootContent], 0, itemLines));
    });
  });
}

/** A list item's words: its statement joined into one line, its key lines each on a line. */
function itemRuns(nodes: readonly PhrasingContent[], itemLines: ItemLines): TextRun[] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === "text" && node.value.includes("\n")) {
      node.value.split("\n").forEach((part, i) => {
        if (i > 0) lines.push([]);
        // The words beside inline markup keep their spaces; only the line's indent goes.
        const words = i > 0 ? part.trimStart() : part;
        if (words.trim()) lines.at(-1)?.push({ type: "text", value: words.trimEnd() });
      });
    } else lines.at(-1)?.push(node);
  }
  const out: TextRun[] = [];
  let statement = true;
  lines.forEach((line, i) => {
    if (line.length === 0) return;
    if (i === 0) {
      out.push(...runs(line));
      return;
    }
    const whole = line.map((n) => ("value" in n ? n.value : "")).join("");
    const shown = itemLines(whole);
    if (shown === null && statement) {
      out.push(new TextRun(" "), ...runs(line));
      return;
    }
    statement = false;
    if (shown === null) out.push(new TextRun({ text: "", break: 1 }), ...runs(line));
    else if (shown !== undefined) out.push(new TextRun({ text: shown, break: 1 }));
  });
  return out;
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
export function blocks(
  nodes: readonly RootContent[],
  headingOffset = 0,
  itemLines: ItemLines = continuing,
): Block[] {
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
          } else out.push(...blocks([child], headingOffset, itemLines));
        }
        break;
      case "list":
        list(node, 0, out, itemLines);
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
