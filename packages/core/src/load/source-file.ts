import { hash } from "node:crypto";
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { relative, sep } from "node:path";
import type { Bilingual } from "../bilingual.ts";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";

/**
 * Larger files are refused before they are read. Real responses and audits are tens of
 * kilobytes; at a megabyte every file still gets its verdict in well under two seconds.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** SHA-1 of a file's bytes, as the check's cache keeps it. */
export function contentHash(bytes: Uint8Array): string {
  return hash("sha1", bytes, "hex");
}

export type ReadSource = { ok: true; bytes: Buffer } | { ok: false; diagnostic: Diagnostic };

const start = { line: 1, column: 1 };

/** Whether a real path lies inside a real folder (or is it). */
function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === "" || (!rest.startsWith(`..${sep}`) && rest !== ".." && !rest.startsWith(sep));
}

/** What is wrong with a symbolic link as a corpus entry; nothing for a link to a file inside. */
export type LinkProblem =
  | { kind: "folder" }
  | { kind: "loop" }
  | { kind: "missing" }
  | { kind: "outside"; target: string }
  | { kind: "special"; what: string };

export function linkProblem(path: string, inside: string): LinkProblem | undefined {
  let target: string;
  let info: Stats;
  try {
    target = realpathSync(path);
    info = statSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ELOOP" ? { kind: "loop" } : { kind: "missing" };
  }
  if (info.isDirectory()) return { kind: "folder" };
  if (!isInside(target, inside)) return { kind: "outside", target };
  if (!info.isFile()) return { kind: "special", what: kindOf(info) };
  return undefined;
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return "fifo";
  if (info.isSocket()) return "socket";
  if (info.isDirectory()) return "folder";
  return "device";
}

const kinds: Record<string, Bilingual> = {
  fifo: { sv: "en namngiven rörledning (FIFO)", en: "a named pipe (FIFO)" },
  socket: { sv: "en socket", en: "a socket" },
  device: { sv: "en enhetsfil", en: "a device file" },
  folder: { sv: "en mapp", en: "a folder" },
};

export function notRegular(file: string, what: string): Bilingual {
  const kind = kinds[what] ?? kinds.device ?? { sv: what, en: what };
  return {
    sv: `${file} är ${kind.sv}, inte en vanlig fil; den öppnas inte`,
    en: `${file} is ${kind.en}, not a regular file; it is not opened`,
  };
}

export function outsideLink(file: string, target: string): Bilingual {
  return {
    sv: `${file} är en länk till ${target}, som ligger utanför materialet; den läses inte`,
    en: `${file} is a link to ${target}, which lies outside the corpus; it is not read`,
  };
}

export function tooLarge(file: string, size: number): Diagnostic {
  const megabytes = (bytes: number) => bytes / 1024 / 1024;
  const shown = megabytes(size) >= 10 ? megabytes(size).toFixed(0) : megabytes(size).toFixed(1);
  return diagnostic("file-too-large", {
    file,
    place: start,
    message: {
      sv: `Filen är ${shown.replace(".", ",")} MB; Spårbar läser filer på högst ${megabytes(MAX_FILE_BYTES)} MB`,
      en: `The file is ${shown} MB; Spårbar reads files up to ${megabytes(MAX_FILE_BYTES)} MB`,
    },
  });
}

function unreadableFile(file: string, error?: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = error === undefined ? "" : `: ${code ?? String(error)}`;
  return diagnostic("file-unreadable", {
    file,
    place: start,
    message: {
      sv: `Filen går inte att läsa${reason}`,
      en: `The file cannot be read${reason}`,
    },
  });
}

// Not every platform has these flags; where one is missing, the checks before opening remain.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Reads a source file without trusting it: a link is followed only to a file inside `inside`
 * (when given), anything but a regular file is refused before it is opened, and the size limit
 * holds before reading. At most the limit and one byte are read, so a file that grows while it
 * is read is refused too. Never throws.
 */
export function readSourceFile(path: string, file: string, inside?: string): ReadSource {
  const fail = (d: Diagnostic): ReadSource => ({ ok: false, diagnostic: d });
  let real = path;
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      const problem = linkProblem(path, inside ?? "/");
      if (problem?.kind === "loop")
        return fail(diagnostic("file-link-loop", { file, place: start }));
      if (problem?.kind === "missing") return fail(unreadableFile(file, { code: "ENOENT" }));
      if (problem?.kind === "folder") return fail(notRegularFile(file, "folder"));
      if (problem?.kind === "special") return fail(notRegularFile(file, problem.what));
      if (problem?.kind === "outside" && inside !== undefined) {
        return fail(
          diagnostic("file-link-outside", {
            file,
            place: start,
            message: outsideLink(file, problem.target),
          }),
        );
      }
      real = realpathSync(path);
    }
    const before = real === path ? link : statSync(real);
    if (!before.isFile()) return fail(notRegularFile(file, kindOf(before)));
    if (before.size > MAX_FILE_BYTES) return fail(tooLarge(file, before.size));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === "ELOOP"
        ? diagnostic("file-link-loop", { file, place: start })
        : unreadableFile(file, error),
    );
  }
  let fd: number | undefined;
  try {
    fd = openSync(real, openFlags);
    // The file may have been swapped between the checks and the open: check what was opened.
    const opened = fstatSync(fd);
    if (!opened.isFile()) return fail(notRegularFile(file, kindOf(opened)));
    if (opened.size > MAX_FILE_BYTES) return fail(tooLarge(file, opened.size));
    const buffer = Buffer.allocUnsafe(Math.min(opened.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) {
        if (length > MAX_FILE_BYTES) return fail(tooLarge(file, length));
        // Grown since fstat, but still under the limit: the check above catches the next byte.
        return readRest(fd, buffer, length, file);
      }
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return fail(unreadableFile(file, error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Goes on reading a file that grew after it was measured, up to the limit and one byte. */
function readRest(fd: number, head: Buffer, length: number, file: string): ReadSource {
  const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  head.copy(buffer, 0, 0, length);
  let total = length;
  for (;;) {
    const read = readSync(fd, buffer, total, buffer.length - total, null);
    if (read === 0) return { ok: true, bytes: buffer.subarray(0, total) };
    total += read;
    if (total > MAX_FILE_BYTES) return { ok: false, diagnostic: tooLarge(file, total) };
  }
}

function notRegularFile(file: string, what: string): Diagnostic {
  return diagnostic("file-not-regular", { file, place: start, message: notRegular(file, what) });
}
