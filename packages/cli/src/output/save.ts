import { resolve } from "node:path";
import type { Context } from "../context.ts";
import { type WriteResult, writeFileSafely } from "./write-file.ts";

/**
 * Writes a command's output file, or to stdout for `-`. Returns the exit code: 1 when the file
 * exists and `--force` was not given, or the write failed; nothing is then written.
 */
export async function saveOutput(
  ctx: Context,
  target: string,
  content: string | Uint8Array,
  force: boolean,
): Promise<number> {
  if (target === "-") {
    ctx.io.stdout.write(typeof content === "string" ? content : Buffer.from(content));
    return 0;
  }
  const path = resolve(ctx.io.cwd, target);
  const result = await writeFileSafely(path, content, { replace: force });
  if (!result.ok) {
    ctx.term.warn(writeProblem(ctx, target, result, "replace"));
    return 1;
  }
  if (ctx.json) ctx.term.json({ wrote: path });
  else ctx.term.warn(ctx.t.wrote(target));
  return 0;
}

/**
 * Writes a new draft: to `--output`, taken from the current folder, else to its place in the
 * corpus. Never over a file that exists. Returns the path written, or nothing when the reason
 * it was not has been told.
 */
export async function saveDraft(
  ctx: Context,
  output: string | undefined,
  draft: { file: string; text: string },
): Promise<string | undefined> {
  const target = output ?? draft.file;
  const path = resolve(output ? ctx.io.cwd : ctx.root, target);
  const write = await writeFileSafely(path, draft.text, { replace: false });
  if (write.ok) return path;
  ctx.term.warn(writeProblem(ctx, target, write, "never"));
  return undefined;
}

/**
 * Why a file was not written, in the reader's language. `replace`: the command replaces a file
 * with --force; `never`: it never replaces one (a draft).
 */
export function writeProblem(
  ctx: Context,
  target: string,
  result: Exclude<WriteResult, { ok: true }>,
  existing: "replace" | "never",
): string {
  if (result.reason === "exists")
    return existing === "replace" ? ctx.t.exists(target) : ctx.t.existsNoForce(target);
  const reason = result.reason === "failed" ? result.message : ctx.t.writeFailures[result.reason];
  return ctx.t.notWritable(target, reason);
}
