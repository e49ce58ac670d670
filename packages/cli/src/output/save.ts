import { resolve } from "node:path";
import type { Context } from "../context.ts";
import { writeFileSafely } from "./write-file.ts";

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
    ctx.term.warn(
      result.reason === "exists"
        ? ctx.t.exists(target)
        : ctx.t.notWritable(target, result.message[ctx.lang]),
    );
    return 1;
  }
  if (ctx.json) ctx.term.json({ wrote: path });
  else ctx.term.warn(ctx.t.wrote(target));
  return 0;
}
