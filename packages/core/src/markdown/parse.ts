import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses Markdown with GFM (tables, task lists) into mdast with positions. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}
