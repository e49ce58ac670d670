import { randomBytes } from "node:crypto";
import { lstat, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export type WriteResult =
  | { ok: true }
  | { ok: false; reason: "exists" | "failed"; message: string };

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
    return {
      ok: false,
      reason: "failed",
      message: "it is a symbolic link, which Spårbar does not write through",
    };
  }
  if (existing && !options.replace)
    return { ok: false, reason: "exists", message: "the file exists" };
  if (existing && !existing.isFile())
    return { ok: false, reason: "failed", message: "it is not a regular file" };
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
        return { ok: false, reason: "exists", message: "the file exists" };
      }
    }
    await rename(temporary, path);
    return { ok: true };
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "EACCES" || code === "EPERM"
        ? "permission denied (is the folder read-only?)"
        : code === "ENOSPC"
          ? "the disk is full"
          : code === "ENOENT"
            ? "the folder does not exist"
            : (error as Error).message;
    return { ok: false, reason: "failed", message };
  }
}
