/**
 * The command-line arguments of a bench script. `pnpm run x -- --flag` passes the `--` on to
 * the script; it is dropped here so that both spellings work.
 */
export function scriptArgs(): string[] {
  return process.argv.slice(2).filter((arg) => arg !== "--");
}
