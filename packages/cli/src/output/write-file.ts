import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, lstat, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

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

/** Why a write was refused or failed; each has its words in the CLI's vocabulary. */
type WriteFailure =
  | "exists"
  | "symlink"
  | "not-file"
  | "read-only"
  | "permission"
  | "disk-full"
  | "no-folder";

export type WriteResult =
  | { ok: true }
  | { ok: false; reason: WriteFailure }
  | { ok: false; reason: "failed"; message: string };

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
  if (existing?.isSymbolicLink()) return { ok: false, reason: "symlink" };
  if (existing && !options.replace) return { ok: false, reason: "exists" };
  if (existing && !existing.isFile()) return { ok: false, reason: "not-file" };
  // A rename needs only the folder to be writable: the file's own mode must be asked.
  if (existing && !(await writable(path, existing.mode))) return { ok: false, reason: "read-only" };
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
        return { ok: false, reason: "exists" };
      }
    }
    await rename(temporary, path);
    return { ok: true };
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return { ok: false, reason: "permission" };
    if (code === "ENOSPC") return { ok: false, reason: "disk-full" };
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, reason: "no-folder" };
    return { ok: false, reason: "failed", message: (error as Error).message };
  }
}
