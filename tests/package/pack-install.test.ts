/**
 * Spårbar's packages as someone outside this repository gets them: built, packed, installed
 * into an empty project from the tarballs (their dependencies from the package store, else the
 * registry), and run on plain Node, without the TypeScript sources or the source condition.
 */
import { execFile } from "node:child_process";
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";

const project = mkdtempSync(join(tmpdir(), "sparbar-pack-"));
const packages = ["core", "cli"];
const example = join(repoRoot, "docs", "examples", "recommendation-status.ts");

interface Run {
  code: number | string;
  stdout: string;
  stderr: string;
}

/**
 * This environment less what a package manager or a test runner put in it (NODE_OPTIONS, npm_*
 * settings): plain Node, as a user's shell has it, with the machine's certificates and proxy.
 */
const plainEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => name !== "NODE_OPTIONS" && !/^(npm|pnpm|vitest)_/i.test(name),
  ),
);

/** Runs a program in the project on plain Node: no NODE_OPTIONS, no source condition. */
function run(file: string, args: string[], cwd = project): Promise<Run> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      {
        cwd,
        env: { ...plainEnv, LANG: "C" },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (error.code ?? "spawn failed") : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** `pnpm` as this test run was started with it, else the one on PATH. */
const pnpm = process.env.npm_execpath?.includes("pnpm") ? process.env.npm_execpath : "pnpm";
function runPnpm(args: string[], cwd: string): Promise<Run> {
  return pnpm.endsWith(".cjs") || pnpm.endsWith(".js")
    ? run(process.execPath, [pnpm, ...args], cwd)
    : run(pnpm, args, cwd);
}

beforeAll(async () => {
  const built = await run(process.execPath, [join(repoRoot, "scripts", "build-packages.mjs")]);
  if (built.code !== 0) throw new Error(`build failed:\n${built.stdout}${built.stderr}`);
  const tarballs: Record<string, string> = {};
  for (const name of packages) {
    const packed = await runPnpm(
      ["pack", "--pack-destination", project],
      join(repoRoot, "packages", name),
    );
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
      // @sparbar/cli asks for @sparbar/core by version: the tarball answers, not the registry.
      pnpm: { overrides: { "@sparbar/core": tarballs["@sparbar/core"] } },
    }),
  );
  copyFileSync(example, join(project, "recommendation-status.ts"));
  const installed = await runPnpm(
    ["install", "--prefer-offline", "--ignore-workspace", "--config.confirmModulesPurge=false"],
    project,
  );
  if (installed.code !== 0) {
    throw new Error(`install failed:\n${installed.stdout}${installed.stderr}`);
  }
}, 120_000);

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
  });
});
