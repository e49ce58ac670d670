import type { loadSource } from "@sparbar/core";

type LoadResult = ReturnType<typeof loadSource>;

// `id_written` says whether a measure's id is on an `Id:` line; `fmt` writes those lines, and
// the id itself, which is the meaning, must stay the same.
const layout = new Set([
  "place",
  "text",
  "body",
  "bodyLine",
  "file",
  "html",
  "markdown",
  "id_written",
]);

/**
 * What a loaded file says, without where it says it: the values of its front matter, its
 * sections and measures, and the codes of its errors. Formatting moves lines and tidies
 * whitespace; it must not change this.
 */
export function fileModel(result: LoadResult): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !layout.has(key))
          .map(([key, v]) => [key, strip(v)]),
      );
    }
    return value;
  };
  const document = result.document;
  return JSON.stringify({
    data: document ? strip(document.data) : undefined,
    sections: document?.type === "response" ? strip(document.sections) : undefined,
    // Warnings about layout (a tab, a pasted table row) may go when the layout is tidied.
    errors: result.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => d.code)
      .sort(),
  });
}

/** Where two models first differ, with some context: for a failure message. */
export function modelDifference(before: string, after: string): string {
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  const near = (text: string) => text.slice(Math.max(0, i - 200), i + 200);
  return `before …${near(before)}…\nafter  …${near(after)}…`;
}
