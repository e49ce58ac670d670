// Builds Spårbar's packages to JavaScript with declarations (dist/), from a clean slate so that
// no file of a module since removed is left behind to be packed. Plain JavaScript: it checks
// the Node version before anything else.
import "./require-node.mjs";
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
for (const name of readdirSync(join(root, "packages"))) {
  for (const output of ["dist", "tsconfig.tsbuildinfo"]) {
    rmSync(join(root, "packages", name, output), { recursive: true, force: true });
  }
}
execFileSync(
  process.execPath,
  [join(root, "node_modules", "typescript", "bin", "tsc"), "-b", "tsconfig.build.json"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
