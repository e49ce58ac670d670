import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { cruise, type IModule } from "dependency-cruiser";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.ts";

const coreSrc = "packages/core/src";

/** Core's modules and what each imports, types included, as dependency-cruiser reads them. */
let coreModules: IModule[];
beforeAll(async () => {
  const result = await cruise(
    [coreSrc],
    {
      baseDir: repoRoot,
      tsPreCompilationDeps: true,
      doNotFollow: { path: "node_modules" },
      exclude: { path: "\\.d\\.ts$" },
    },
    undefined,
    { tsConfig: { fileName: join(repoRoot, "tsconfig.json") } },
  );
  if (typeof result.output === "string") throw new Error("dependency-cruiser gave text");
  coreModules = result.output.modules.filter((m) => m.source.startsWith(`${coreSrc}/`));
}, 60_000);

/** The strongly connected groups of a graph that have more than one member: its cycles. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, order.size);
    low.set(node, order.get(node) ?? 0);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, order.get(next) ?? 0));
      }
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) group.push(member);
      } while (member !== node && member !== undefined);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

/**
 * Core's import graph, with each module named by `name` (its path, or its folder); with
 * `runtime`, only the imports that remain in the built code (not `import type`).
 */
function coreGraph(
  name: (source: string) => string,
  { runtime = false } = {},
): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const module of coreModules) {
    const from = name(module.source);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const dependency of module.dependencies) {
      if (!dependency.resolved.startsWith(`${coreSrc}/`)) continue;
      const typeOnly = dependency.dependencyTypes.some((type) => type.startsWith("type-"));
      if (runtime && typeOnly) continue;
      const to = name(dependency.resolved);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** `load/load-source.ts` → `load`; a module at the top (`corpus.ts`) is its own unit. */
function folderOf(source: string): string {
  return relative(coreSrc, source).split("/")[0] ?? source;
}

describe("core's imports", () => {
  it("were read", () => {
    expect(coreModules.length).toBeGreaterThan(50);
  });

  it("have no cycle between modules, type imports included", () => {
    expect(cycles(coreGraph((source) => source))).toEqual([]);
  });

  it("have no cycle between folders, in the code that runs", () => {
    expect(cycles(coreGraph(folderOf, { runtime: true }))).toEqual([]);
  });

  it("would be caught in a cycle", () => {
    const graph = new Map([
      ["load", new Set(["render"])],
      ["render", new Set(["load"])],
      ["schema", new Set<string>()],
    ]);
    expect(cycles(graph)).toEqual([["load", "render"]]);
  });
});

/** Every source file of the site and the CLI, with the modules it imports. */
function importsOf(folder: string): { file: string; specifier: string }[] {
  const files = readdirSync(join(repoRoot, folder), { recursive: true })
    .map(String)
    .filter((file) => /\.(ts|mjs|js|astro)$/.test(file))
    .map((file) => join(folder, file));
  return files.flatMap((file) =>
    [
      ...readFileSync(join(repoRoot, file), "utf8").matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g,
      ),
    ].map((match) => ({ file, specifier: match[1] ?? "" })),
  );
}

/** Whether a module specifier is one of the ways in that core's package.json offers. */
function isCoreExport(specifier: string): boolean {
  const exports = JSON.parse(readFileSync(join(repoRoot, "packages/core/package.json"), "utf8"))
    .exports as Record<string, unknown>;
  return Object.keys(exports).some((key) => {
    const path = `@sparbar/core${key.slice(1)}`;
    return key.endsWith("*") ? specifier.startsWith(path.slice(0, -1)) : specifier === path;
  });
}

describe("the site, the CLI and the importer", () => {
  const consumers = [
    "site/src",
    "site/astro.config.mjs",
    "packages/cli/src",
    "packages/cli/bin",
    "packages/import/src",
  ];

  it.each(consumers)("%s reach core only through its package exports", (folder) => {
    const imports = folder.endsWith(".mjs")
      ? [...readFileSync(join(repoRoot, folder), "utf8").matchAll(/from\s*"([^"]+)"/g)].map(
          (match) => ({ file: folder, specifier: match[1] ?? "" }),
        )
      : importsOf(folder);
    expect(imports.length).toBeGreaterThan(0);
    const intoCore = imports.filter(({ file, specifier }) => {
      if (specifier.startsWith("@sparbar/core")) return !isCoreExport(specifier);
      if (!specifier.startsWith(".")) return false;
      const target = relative(repoRoot, resolve(repoRoot, dirname(file), specifier));
      return target.startsWith("packages/core/");
    });
    expect(intoCore).toEqual([]);
  });

  it("would be caught reaching into core", () => {
    expect(isCoreExport("@sparbar/core")).toBe(true);
    expect(isCoreExport("@sparbar/core/periods")).toBe(true);
    expect(isCoreExport("@sparbar/core/view")).toBe(true);
    expect(isCoreExport("@sparbar/core/schemas/audit.schema.json")).toBe(true);
    expect(isCoreExport("@sparbar/core/src/load/load-source.ts")).toBe(false);
  });
});

/** A choice of words by language written where it is used: `lang === "sv" ? … : …`. */
const inlineLanguageChoice =
  /\b(?:lang|language)\s*[!=]==?\s*["'](?:sv|en)["']\s*\?|["'](?:sv|en)["']\s*[!=]==?\s*(?:lang|language)\s*\?/;

describe("the CLI's words", () => {
  it("are chosen by language only in its vocabulary (src/i18n/)", () => {
    const folder = "packages/cli/src";
    const choices = readdirSync(join(repoRoot, folder), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".ts") && !file.startsWith("i18n/"))
      .flatMap((file) =>
        readFileSync(join(repoRoot, folder, file), "utf8")
          .split("\n")
          .flatMap((line, k) => (inlineLanguageChoice.test(line) ? [`${file}:${k + 1}`] : [])),
      );
    expect(choices).toEqual([]);
  });

  it("would be caught choosing inline", () => {
    expect(inlineLanguageChoice.test('const word = ctx.lang === "sv" ? "nämnd" : "body";')).toBe(
      true,
    );
    expect(inlineLanguageChoice.test('"en" === lang ? a : b')).toBe(true);
    expect(inlineLanguageChoice.test("const t = messages(lang);")).toBe(false);
  });
});
