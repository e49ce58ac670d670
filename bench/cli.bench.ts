// `pnpm bench:cli`: how fast the built `sparbar` starts. `sparbar --help` and `sparbar check` on
// the seed corpus (with its cache, as an editor's save hook runs it again and again) against
// `node -e 0`, each in its own process, interleaved round by round: median wall time, and peak
// memory from separate rounds, so that measuring memory does not slow the timed runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { scriptArgs } from "./args.ts";
import { interleave, median, report } from "./measure.ts";

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    rounds: { type: "string", default: "21" },
    "memory-rounds": { type: "string", default: "5" },
    // Another checkout's bin measured in the same run, for a before and after.
    compare: { type: "string" },
  },
});

const repo = resolve(import.meta.dirname, "..");
const bin = join(repo, "packages", "cli", "bin", "sparbar.js");
const work = mkdtempSync(join(tmpdir(), "sparbar-cli-bench-"));
const peakFile = join(work, "peak");
// The built command as a user runs it: no source condition, no options from a package manager.
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "NODE_OPTIONS")),
  LANG: "C",
};

// Each bin keeps its own check cache: a cache written by other code is not used, so a shared
// one would have each bin check from scratch after the other.
const commands = (label: string, path: string) => {
  const cache = { SPARBAR_CACHE_DIR: join(work, `cache-${label}`) };
  return [
    { name: `${label} --help`, args: [path, "--help"], env: cache },
    {
      name: `${label} check (seed corpus, cached)`,
      args: [path, "check", "--root", repo],
      env: cache,
    },
  ];
};
const tasks = [
  { name: "node -e 0", args: ["-e", "0"], env: {} },
  ...commands("sparbar", bin),
  ...(values.compare ? commands("compared", resolve(values.compare)) : []),
];

function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, args, { env: { ...env, ...extraEnv }, cwd: work });
  if (result.status !== 0) {
    throw new Error(`${args.join(" ")} failed (${result.status}):\n${result.stderr}`);
  }
}

const rounds = Number(values.rounds);
const timed = await interleave(
  tasks.map((task) => ({ name: task.name, run: () => run(task.args, task.env) })),
  rounds,
);
const [baseline, ...others] = timed;
if (!baseline) throw new Error("no baseline");

// Peak resident memory (maxRSS) of each, written by the process itself as it exits, from a
// hook in plain JavaScript so that measuring adds next to nothing to what is measured.
const hook = `data:text/javascript,process.on("exit",()=>process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(
  peakFile,
)},String(process.resourceUsage().maxRSS)))`;
const peaks = tasks.map((task) => {
  const kb: number[] = [];
  for (let round = 0; round < Number(values["memory-rounds"]); round++) {
    run(["--import", hook, ...task.args], task.env);
    kb.push(Number(readFileSync(peakFile, "utf8")));
  }
  return median(kb) / 1024;
});

const lines = report(
  `sparbar start-up, median of ${rounds} interleaved rounds (node ${process.version})`,
  baseline,
  others,
);
const [title, ...rows] = lines;
console.log(title);
for (const [i, row] of rows.entries())
  console.log(`${row}   ${peaks[i]?.toFixed(0).padStart(4)} MB peak`);
rmSync(work, { recursive: true, force: true });
