import type { Audit } from "../schema/audit.ts";
import type { Organisation } from "../schema/organisation.ts";
import type { ResponseFrontMatter } from "../schema/response.ts";
import type { Section } from "../schema/section.ts";

export type DocumentType = "organisation" | "audit" | "response";

interface Loaded {
  /** Path relative to the corpus root, with forward slashes: how diagnostics name the file. */
  file: string;
  /** The decoded file text, kept so that later checks can place problems in it. */
  text: string;
}

export interface LoadedOrganisation extends Loaded {
  type: "organisation";
  data: Organisation;
}

export interface LoadedAudit extends Loaded {
  type: "audit";
  data: Audit;
  /** The Markdown body: summary and whatever a reader needs. */
  body: string;
  bodyLine: number;
  /** The body as safe HTML, when loaded with `renderHtml` (for the site). */
  html?: string;
}

export interface LoadedResponse extends Loaded {
  type: "response";
  data: ResponseFrontMatter;
  sections: Section[];
  body: string;
  bodyLine: number;
  /** The body as safe HTML, when loaded with `renderHtml` (for the site). */
  html?: string;
}

export type LoadedDocument = LoadedOrganisation | LoadedAudit | LoadedResponse;

/**
 * A file that did not load, with the id and organisation it seems to declare. Other files that
 * refer to it are not blamed for it: the broken file's own problems say what to fix.
 */
export interface BrokenDocument {
  file: string;
  type: DocumentType;
  id?: string;
  organisation?: string;
}

/** Which kind of document a path holds, by the corpus layout. */
export function documentTypeOf(file: string): DocumentType | undefined {
  const parts = file.split("/");
  const name = parts.at(-1) ?? "";
  if (name === "organisation.yaml" || name === "organisation.yml") return "organisation";
  if (!name.endsWith(".md")) return undefined;
  if (parts.includes("responses")) return "response";
  if (parts.includes("audits")) return "audit";
  return undefined;
}

/**
 * For a file in the corpus folders that Spårbar does not read, the name it would be read under:
 * `SR-2023-81.MD`, `.markdown`, `.md.txt`, `.txt` → `SR-2023-81.md`; `Organisation.yml` →
 * `organisation.yaml`. Undefined for the files Spårbar reads and for files of other kinds.
 */
export function unreadName(file: string): string | undefined {
  const parts = file.split("/");
  if (!parts.includes("audits") && !parts.includes("responses")) return undefined;
  if (documentTypeOf(file)) return undefined;
  const name = parts.at(-1) ?? "";
  if (/^organisation\.ya?ml$/i.test(name)) return "organisation.yaml";
  const markdown =
    /^(.+?)\.(?:md|markdown|mdown|mkdn?|mdwn|txt|text)(?:\.(?:txt|md|bak|orig|tmp))?$/i.exec(name);
  if (markdown) return `${markdown[1]}.md`;
  if (/\.ya?ml$/i.test(name)) return name.replace(/\.ya?ml$/i, ".md");
  return undefined;
}
