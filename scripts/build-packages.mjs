// Builds Spårbar's packages to JavaScript with declarations (dist/), from a clean slate so that
// no file of a module since removed is left behind to be packed, and then the `sparbar`
// command as one bundle with its dependencies (dist/command/), which starts several times
// faster than the same code spread over some four hundred modules. Plain JavaScript: it checks
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
  { cwd: root, stdio: "inherit" },
);

// Loaded here, not imported above: an import is resolved before the version check runs.
const { build } = await import("esbuild");
const cli = join(root, "packages", "cli");
await build({
  entryPoints: {
    main: join(cli, "src", "main.ts"),
    // Beside the code that starts it, where core looks for it: large corpora load on workers.
    "load-worker": join(root, "packages", "core", "src", "load", "load-worker.ts"),
  },
  outdir: join(cli, "dist", "command"),
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22.18",
  conditions: ["sparbar-source"],
  // Loaded only by the commands that need them, from the CLI's own dependencies: Word's writer,
  // and the PDF and Word readers (pdf.js finds its worker file beside itself).
  external: ["docx", "mammoth", "pdfjs-dist"],
  // Bundled CommonJS (yaml) asks for Node's modules with require().
  banner: {
    js: 'import { createRequire as sparbarRequire } from "node:module"; const require = sparbarRequire(import.meta.url);',
  },
  logLevel: "warning",
});
