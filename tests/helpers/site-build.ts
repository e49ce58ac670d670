import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { repoRoot } from "./cli.ts";

const siteDir = join(repoRoot, "site");

function run(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: siteDir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
          // Astro colours its log wherever CI is set, even into a pipe; tests read it plain.
          output: stripVTControlCharacters(`${stdout}\n${stderr}`),
        }),
    );
  });
}

/**
 * Builds the real site from a corpus into a fresh folder (or the one SPARBAR_OUT_DIR names) with
 * `pnpm build`'s own script (Astro, then the search index), and returns where it went. The folder's name has spaces in it, as a
 * user's may have.
 */
export async function buildSite(
  corpusRoot: string,
  asOf: string,
  settings: Record<string, string> = {},
): Promise<{ outDir: string; code: number; output: string }> {
  // Beside the site, not in the system's temporary folder: Astro moves files into the output
  // with a rename, which cannot cross into another filesystem (a tmpfs /tmp).
  const builds = join(repoRoot, ".cache", "site-builds");
  mkdirSync(builds, { recursive: true });
  // A folder given in the settings is built again (an incremental build in place).
  const outDir = settings.SPARBAR_OUT_DIR ?? mkdtempSync(join(builds, "site med mellanslag-"));
  const env = {
    SPARBAR_SITE_URL: "",
    SPARBAR_CONTACT: "",
    ...settings,
    SPARBAR_ROOT: corpusRoot,
    SPARBAR_AS_OF: asOf,
    SPARBAR_OUT_DIR: outDir,
  };
  const astro = await run(
    process.execPath,
    [join(siteDir, "node_modules", "astro", "bin", "astro.mjs"), "build"],
    env,
  );
  if (astro.code !== 0) return { outDir, ...astro };
  const search = await run(process.execPath, [join(siteDir, "scripts", "index-search.ts")], env);
  return { outDir, code: search.code, output: `${astro.output}\n${search.output}` };
}
