import { type Document, visit } from "yaml";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import type { LineIndex } from "../text/line-index.ts";
import type { Split } from "./front-matter.ts";

/**
 * Unquoted values cut short by a `#`: in `title: Ärende #12 om bygglov` YAML reads only
 * "Ärende" and takes the rest as a comment. A comment written on purpose has a space after
 * the `#` (as `sparbar import` writes `# rad 12`); one without it is reported as cut text.
 */
export function cutValues(
  doc: Document.Parsed,
  split: Split,
  file: string,
  lines: LineIndex,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== "PLAIN" || !node.comment || /^\s/.test(node.comment)) return;
      const valueEnd = node.range?.[1] ?? 0;
      const hash = split.yaml.indexOf("#", valueEnd);
      if (hash === -1) return;
      const value = String(node.value);
      const lost = `#${node.comment.split("\n")[0]}`;
      const whole = `${value} ${lost}`;
      found.push(
        diagnostic("yaml-comment-in-value", {
          file,
          place: lines.place(split.yamlOffset + hash),
          message: {
            sv: `Värdet läses som "${value}"; "${lost}" blir en kommentar och försvinner. Menade du "${whole}"?`,
            en: `The value is read as "${value}"; "${lost}" becomes a comment and is lost. Did you mean "${whole}"?`,
          },
          suggestions: [JSON.stringify(whole)],
        }),
      );
    },
  });
  return found;
}
