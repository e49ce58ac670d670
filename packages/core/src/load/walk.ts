import { type Dirent, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Bilingual } from "../bilingual.ts";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { documentTypeOf, unreadName } from "./document.ts";
import { notRead } from "./load-source.ts";
import { linkProblem, notRegular, outsideLink } from "./source-file.ts";

export interface CorpusFile {
  /** Path relative to the root, forward slashes. */
  file: string;
  mtimeMs: number;
  /** Changes on every write, and no tool can set it back: an edit that keeps mtime moves it. */
  ctimeMs: number;
  ino: number;
  size: number;
}

/** The files of a corpus, and the entries under it that look like sources but are not read. */
export interface CorpusListing {
  files: CorpusFile[];
  /** One problem per entry left out, at line 1 of the entry: nothing vanishes without a word. */
  refused: Diagnostic[];
}

/** The root as the file system resolves it, so that links can be judged inside or outside. */
export function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/**
 * Lists the corpus under a root: audits/** and responses/**, in a stable order. Folders that
 * are symbolic links are named and not entered, which also keeps link cycles out of the walk; a
 * linked file is read only when it resolves inside the corpus. Pipes, devices and sockets are
 * named and never opened, and so are near-misses of source names (`.MD`, `.md.txt`, Finder
 * copies).
 */
export async function walkCorpus(
  root: string,
  options: { stat?: boolean } = {},
): Promise<CorpusListing> {
  const inside = realRoot(root);
  const files: CorpusFile[] = [];
  const refused: Diagnostic[] = [];
  const refuse = (code: Parameters<typeof diagnostic>[0], file: string, message?: Bilingual) => {
    refused.push(
      diagnostic(code, {
        file,
        place: { line: 1, column: 1 },
        ...(message ? { message } : {}),
      }),
    );
  };
  // A synchronous walk by hand: several times faster than readdir's own recursive mode, and
  // tens of thousands of stat calls finish sooner without a promise each.
  const walk = (folder: string, top: boolean) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, folder), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!(top && code === "ENOENT")) refuse("file-unreadable", folder, unreadableFolder(code));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const file = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(file, false);
        continue;
      }
      const source = documentTypeOf(file) !== undefined;
      if (entry.isSymbolicLink()) {
        const problem = linkProblem(join(root, file), inside);
        if (problem?.kind === "folder") {
          refuse("folder-link", file, linkedFolder(file));
          continue;
        }
        if (problem?.kind === "loop") {
          refuse("file-link-loop", file);
          continue;
        }
        if (!source) {
          if (problem?.kind !== "special" && unreadName(file)) refused.push(notRead(file));
          continue;
        }
        if (problem?.kind === "outside") {
          refuse("file-link-outside", file, outsideLink(file, problem.target));
          continue;
        }
        if (problem?.kind === "special") {
          refuse("file-not-regular", file, notRegular(file, problem.what));
          continue;
        }
        // A dangling link stays in the list: reading it says that it cannot be read.
      } else if (!entry.isFile()) {
        if (source) refuse("file-not-regular", file, notRegular(file, specialKind(entry)));
        continue;
      }
      if (!source) {
        if (unreadName(file)) refused.push(notRead(file));
        continue;
      }
      const original = copyOf(entry.name);
      if (original) {
        refuse("file-copy", file, {
          sv: `${entry.name} ser ut som en kopia av ${original} och läses inte`,
          en: `${entry.name} looks like a copy of ${original} and is not read`,
        });
        continue;
      }
      // Times and sizes are for the check's cache; a plain load does without the system calls.
      const info =
        options.stat === false ? undefined : statSync(join(root, file), { throwIfNoEntry: false });
      files.push({
        file,
        mtimeMs: info?.mtimeMs ?? 0,
        ctimeMs: info?.ctimeMs ?? 0,
        ino: info?.ino ?? 0,
        size: info?.size ?? -1,
      });
    }
  };
  walk("audits", true);
  walk("responses", true);
  const byName = (a: { file: string }, b: { file: string }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  files.sort(byName);
  refused.sort(byName);
  return { files, refused };
}

/** The corpus files under a root, relative to it, in a stable order. */
export async function listCorpusFiles(root: string): Promise<string[]> {
  return (await walkCorpus(root)).files.map((f) => f.file);
}

function unreadableFolder(code: string | undefined): Bilingual {
  const reason = code ? `: ${code}` : "";
  return {
    sv: `Mappen går inte att läsa${reason}; dess dokument kontrolleras inte`,
    en: `The folder cannot be read${reason}; its documents are not checked`,
  };
}

function linkedFolder(file: string): Bilingual {
  return {
    sv: `${file} är en länk till en mapp; dokumenten där läses inte`,
    en: `${file} is a link to a folder; the documents in it are not read`,
  };
}

function specialKind(entry: Dirent): string {
  if (entry.isFIFO()) return "fifo";
  if (entry.isSocket()) return "socket";
  return "device";
}

/**
 * What Finder and Explorer call a copy, in English and Swedish: `X (1).md`, `X copy.md`,
 * `X copy 2.md`, `X kopia.md`, `X - Copy.md`, `X - Kopia (2).md`, `Copy of X.md`. Ids hold no
 * spaces or brackets, so such a name can never be a document's own.
 */
const copyPatterns = [
  /^(.+?) \(\d+\)$/,
  /^(.+?)(?: -)? (?:copy|kopia)(?: \(?\d+\)?)?$/i,
  /^(?:copy of|kopia av) (.+)$/i,
];

/** The original's name when a file name is that of a copy. */
function copyOf(name: string): string | undefined {
  if (!name.endsWith(".md")) return undefined;
  const stem = name.slice(0, -3);
  for (const pattern of copyPatterns) {
    const match = pattern.exec(stem);
    if (match?.[1]) return `${copyOf(`${match[1]}.md`) ?? `${match[1]}.md`}`;
  }
  return undefined;
}
