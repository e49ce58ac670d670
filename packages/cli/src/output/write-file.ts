import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, lstat, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Bilingual } from "@sparbar/core";

/**
 * Whether the user may write a file: the system's answer, and for a superuser, whom the system
 * never refuses, whether the file has any write permission at all. A 0444 file stays untouched.
 */
async function writable(path: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

export type WriteResult =
  | { ok: true }
  | { ok: false; reason: "exists" | "failed"; message: Bilingual };

const why = {
  link: {
    sv: "det är en symbolisk länk, och Spårbar skriver inte genom länkar",
    en: "it is a symbolic link, which Spårbar does not write through",
  },
  exists: { sv: "filen finns", en: "the file exists" },
  special: { sv: "det är ingen vanlig fil", en: "it is not a regular file" },
  readOnly: { sv: "filen är skrivskyddad", en: "the file is read-only" },
  permission: {
    sv: "åtkomst nekas (är mappen skrivskyddad?)",
    en: "permission denied (is the folder read-only?)",
  },
  full: { sv: "disken är full", en: "the disk is full" },
  noFolder: { sv: "mappen finns inte", en: "the folder does not exist" },
} satisfies Record<string, Bilingual>;

/**
 * Writes through a temporary file in the same folder and a rename, so a reader never sees half
 * a file and a failed write loses nothing. Refuses to replace an existing file unless told to,
 * and never writes through a symbolic link.
 */
export async function writeFileSafely(
  path: string,
  content: string | Uint8Array,
  options: { replace: boolean },
): Promise<WriteResult> {
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isSymbolicLink()) {
    return { ok: false, reason: "failed", message: why.link };
  }
  if (existing && !options.replace) return { ok: false, reason: "exists", message: why.exists };
  if (existing && !existing.isFile()) return { ok: false, reason: "failed", message: why.special };
  // A rename needs only the folder to be writable: the file's own mode must be asked.
  if (existing && !(await writable(path, existing.mode)))
    return { ok: false, reason: "failed", message: why.readOnly };
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, content, {
      flag: "wx",
      mode: existing ? existing.mode & 0o777 : 0o644,
    });
    if (!options.replace) {
      // A file may have appeared meanwhile; link-free check right before the rename.
      const raced = await lstat(path).catch(() => undefined);
      if (raced) {
        await rm(temporary, { force: true });
        return { ok: false, reason: "exists", message: why.exists };
      }
    }
    await rename(temporary, path);
    return { ok: true };
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "EACCES" || code === "EPERM"
        ? why.permission
        : code === "ENOSPC"
          ? why.full
          : code === "ENOENT"
            ? why.noFolder
            : { sv: (error as Error).message, en: (error as Error).message };
    return { ok: false, reason: "failed", message };
  }
}
