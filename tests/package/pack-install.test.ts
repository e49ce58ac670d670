/**
 * Spårbar's packages as someone outside this repository gets them: built, packed, installed
 * into an empty project from the tarballs (their dependencies from the package store, else the
 * registry), and run on plain Node, without the TypeScript sources or the source condition.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";
import { type PlainRun, runPlain, runPnpm } from "../helpers/plain-run.ts";

const project = mkdtempSync(join(tmpdir(), "sparbar-pack-"));
const packages = ["core", "import", "cli"];
const example = join(repoRoot, "docs", "examples", "recommendation-status.ts");

/** Runs a program in the project on plain Node: no NODE_OPTIONS, no source condition. */
function run(file: string, args: string[], cwd = project): Promise<PlainRun> {
  return runPlain(file, args, { cwd });
}

/** The newest change under a folder (ms), or 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const files = readdirSync(path, { recursive: true }).map((file) => join(path, String(file)));
  return Math.max(statSync(path).mtimeMs, ...files.map((file) => statSync(file).mtimeMs));
}

beforeAll(async () => {
  // The build is `pnpm test`'s first step; building here would pull dist/ from under the tests
  // that run the built command beside this one.
  for (const name of packages) {
    const dir = join(repoRoot, "packages", name);
    const built = statSync(join(dir, "dist"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (newest(join(dir, "src")) > built) {
      throw new Error(`packages/${name}/dist is older than its sources: run pnpm build:packages`);
    }
  }
  const tarballs: Record<string, string> = {};
  for (const name of packages) {
    const packed = await runPnpm(["pack", "--pack-destination", project], {
      cwd: join(repoRoot, "packages", name),
    });
    if (packed.code !== 0) throw new Error(`pnpm pack failed:\n${packed.stdout}${packed.stderr}`);
    const tarball = readdirSync(project).find((file) => file.startsWith(`sparbar-${name}-`));
    if (!tarball) throw new Error(`no tarball for ${name}`);
    tarballs[`@sparbar/${name}`] = `file:./${tarball}`;
  }
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({
      name: "uses-sparbar",
      private: true,
      type: "module",
      dependencies: tarballs,
      // The packages ask for each other by version: the tarballs answer, not the registry.
      pnpm: { overrides: tarballs },
    }),
  );
  copyFileSync(example, join(project, "recommendation-status.ts"));
  const installed = await runPnpm(
    ["install", "--prefer-offline", "--ignore-workspace", "--config.confirmModulesPurge=false"],
    { cwd: project },
  );
  if (installed.code !== 0) {
    throw new Error(`install failed:\n${installed.stdout}${installed.stderr}`);
  }
  // Seconds alone and in a full run; twice past two minutes on a machine where other work
  // used the same package store at the same time.
}, 300_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the packed packages, installed into an empty project", () => {
  it("hold the built JavaScript and declarations, not the sources", () => {
    const core = join(project, "node_modules", "@sparbar", "core");
    const files = readdirSync(core, { recursive: true }).map(String);
    expect(files).toContain(join("dist", "index.js"));
    expect(files).toContain(join("dist", "index.d.ts"));
    const cli = readdirSync(join(project, "node_modules", "@sparbar", "cli"), { recursive: true });
    expect(cli.map(String)).toContain(join("dist", "command", "main.js"));
    expect(files).toContain(join("schemas", "audit.schema.json"));
    expect(files.some((file) => file.startsWith("src"))).toBe(false);
    expect(files.some((file) => file.startsWith("test"))).toBe(false);
  });

  it("run the example: the status of one recommendation in this repository's corpus", async () => {
    const result = await run(process.execPath, [
      "recommendation-status.ts",
      repoRoot,
      "SR-2023-81/R2",
      "2025-06-30",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^SR-2023-81\/R2 for asn on 2025-06-30: [A-Z][^;]+; the auditors: [A-Z][^.]+\.\n$/,
    );
  });

  it("type-check the example against the declarations", async () => {
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "es2024",
          module: "nodenext",
          strict: true,
          noEmit: true,
          allowImportingTsExtensions: true,
          skipLibCheck: false,
          types: ["node"],
          typeRoots: [join(repoRoot, "node_modules", "@types")],
        },
        files: ["recommendation-status.ts"],
      }),
    );
    const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("give a sparbar command that checks the corpus", async () => {
    const bin = join(project, "node_modules", ".bin", "sparbar");
    const help = await run(bin, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}check /m);
    const check = await run(bin, ["check", "--root", repoRoot, "--no-cache", "--json"]);
    expect(check.stderr).toBe("");
    expect(JSON.parse(check.stdout)).toMatchObject({ diagnostics: [] });
    expect(check.code).toBe(0);
  });

  it("give a sparbar command that reads PDF and Word and writes Word", async () => {
    const lines = [
      "Granskning av arbetet mot hedersrelaterat våld",
      "",
      "Rekommendationer",
      "Kommunstyrelsen rekommenderas att:",
      "- Ta fram en samlad lägesbild varje år.",
    ];
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => {
      page.drawText(line.replace(/[åäö]/g, "a"), { x: 50, y: 800 - 14 * i, size: 10, font });
    });
    writeFileSync(join(project, "rapport.pdf"), await pdf.save());
    const word = new Document({
      sections: [{ children: lines.map((line) => new Paragraph(line)) }],
    });
    writeFileSync(join(project, "rapport.docx"), await Packer.toBuffer(word));
    const bin = join(project, "node_modules", ".bin", "sparbar");
    for (const file of ["rapport.pdf", "rapport.docx"]) {
      const imported = await run(bin, [
        "import",
        file,
        "--org",
        "orebro",
        "--root",
        repoRoot,
        "--json",
        "-o",
        join(project, `${file}.md`),
      ]);
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout).extracted.recommendations).toHaveLength(1);
    }
    const exported = await run(bin, [
      "export",
      "--format",
      "docx",
      "ASN-2024-2039",
      "--root",
      repoRoot,
      "-o",
      join(project, "yttrande.docx"),
    ]);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(project, "yttrande.docx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("name the built files in their exports", () => {
    const manifest = JSON.parse(
      readFileSync(join(project, "node_modules", "@sparbar", "core", "package.json"), "utf8"),
    );
    expect(manifest.exports["."].default).toBe("./dist/index.js");
    expect(manifest.exports["./periods"].types).toBe("./dist/periods/index.d.ts");
    expect(manifest.exports["./view"].default).toBe("./dist/view/index.js");
  });
});
