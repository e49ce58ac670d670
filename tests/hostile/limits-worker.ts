// Checks the largest files Spårbar accepts and the shapes that made it slow once, each in a
// corpus of its own, and reports the CPU time each verdict took. Runs in a worker whose memory
// limit the test sets: a file that needs more ends the worker, and the test with it.
import {
  closeSync,
  cpSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { main } from "../../packages/cli/src/main.ts";

export interface Verdict {
  shape: string;
  kilobytes: number;
  cpuMs: number;
  code: number;
  codes: string[];
}

const { repoRoot } = workerData as { repoRoot: string };
const base = join(repoRoot, "packages/core/test/fixtures/base");
const response = "responses/testkommun/SN-2024-10.md";
const audit = "audits/testkommun/REV-2024-1.md";
const R = readFileSync(join(base, response), "utf8");
const head = R.slice(0, R.indexOf("## R1"));
const A = readFileSync(join(base, audit), "utf8");
const repeat = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join("");
const sentence =
  "Nämnden instämmer i revisionens bedömning och avser att vidta åtgärder under 2025. ";

/** Each shape: where it goes and its text, or a size for a sparse file of nothing. */
const shapes: [string, string, string | number][] = [
  [
    "5,000 sections",
    response,
    head +
      repeat(
        5000,
        (i) =>
          `## R${i + 1} Rubrik\n\nStällningstagande: instämmer\n\n- [ ] Gör något — 2025-01\n\n`,
      ),
  ],
  [
    "10,000 sections",
    response,
    head +
      repeat(10000, (i) => `## R${i + 1} Rubrik\nStällningstagande: instämmer\n- [ ] Gör — 2025\n`),
  ],
  [
    "800 sections, under the limits",
    response,
    head +
      repeat(
        820,
        (i) => `## R${i + 1} Rubrik\nStällningstagande: instämmer\n- [ ] Gör något — 2025-01\n\n`,
      ),
  ],
  ["5,000 list items", response, head + "- a\n".repeat(4980)],
  ["5,000 headings", response, head + "# a\n".repeat(4980)],
  ["3,300 table rows", response, `${head}| a | b |\n|---|---|\n${"| x | y |\n".repeat(3300)}`],
  [
    "emphasis at the limits",
    response,
    head + repeat(33, () => `${"*a ".repeat(150)}${"b* ".repeat(150)}\n\n`),
  ],
  ["an emphasis bomb", response, head + "*a **a ***a ".repeat(60000)],
  ["a run of 200,000 stars", response, `${head + "*".repeat(200000)}a${"*".repeat(200000)}`],
  ["images nested 10,000 deep", response, `${head + "![".repeat(10000)}a${"](b)".repeat(10000)}`],
  ["a megabyte of prose", response, head + `${sentence.repeat(8)}\n\n`.repeat(1450)],
  [
    "an audit with 14,000 recommendations",
    audit,
    A.slice(0, A.indexOf("recommendations:")) +
      "recommendations:\n" +
      repeat(
        14000,
        (i) => `  - id: R${i + 1}\n    to: [sn]\n    text: Rekommendation nummer ${i + 1}.\n`,
      ) +
      `responses_due:\n  - from: sn\n    recommendations: [${repeat(14000, (i) => `R${i + 1}, `).slice(0, -2)}]\n---\n\nText.\n`,
  ],
  [
    "YAML 99 levels deep",
    response,
    R.replace("decision:\n", `notes: ${"[".repeat(99)}${"]".repeat(99)}\ndecision:\n`),
  ],
  ["a sparse file of 1.5 GiB", response, 1.5 * 1024 ** 3],
];

const work = mkdtempSync(join(tmpdir(), "sparbar-limits-"));
const out: string[] = [];
const io = (cwd: string) => ({
  stdout: { write: (text: string | Uint8Array) => out.push(String(text)) > 0 },
  stderr: { write: (text: string | Uint8Array) => out.push(String(text)) > 0 },
  env: { LANG: "C" },
  cwd,
  now: new Date("2025-12-01T12:00:00Z"),
});
const cpuMs = () => {
  const usage = process.threadCpuUsage ? process.threadCpuUsage() : process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const verdicts: Verdict[] = [];
try {
  // Once on the base corpus, so that what is measured is the file, not the first run's start-up.
  const warm = join(work, "warm");
  cpSync(base, warm, { recursive: true });
  await main(["check", "--no-cache"], io(warm));
  for (const [shape, file, content] of shapes) {
    const root = join(work, `shape-${verdicts.length}`);
    cpSync(base, root, { recursive: true });
    if (typeof content === "number") {
      const fd = openSync(join(root, file), "w");
      ftruncateSync(fd, content);
      closeSync(fd);
    } else writeFileSync(join(root, file), content);
    out.length = 0;
    const started = cpuMs();
    const code = await main(["check", "--no-cache", "--json"], io(root));
    const spent = cpuMs() - started;
    const report = JSON.parse(out.join("")) as { diagnostics: { file: string; code: string }[] };
    verdicts.push({
      shape,
      kilobytes: Math.round(
        (typeof content === "number" ? content : Buffer.byteLength(content)) / 1024,
      ),
      cpuMs: Math.round(spent),
      code,
      codes: [
        ...new Set(report.diagnostics.filter((d) => d.file === file).map((d) => d.code)),
      ].sort(),
    });
    rmSync(root, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
parentPort?.postMessage(verdicts);
