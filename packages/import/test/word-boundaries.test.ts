import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// In a JavaScript regular expression `\b` knows only ASCII letters, with or without the `u`
// flag: "på\b" never matches, as "å" is no word character to it. A word's edge next to å, ä, ö
// or ø is written as a lookaround over \p{L} instead.
describe("the importer's patterns", () => {
  it("never put \\b next to a letter outside ASCII", () => {
    const dir = new URL("../src/", import.meta.url);
    const misplaced = readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .flatMap((name) =>
        readFileSync(new URL(name, dir), "utf8")
          .split("\n")
          .flatMap((line, i) =>
            /[^\p{ASCII}]\)*\??\\b|\\b\(*(?:\?:)?[^\p{ASCII}]/u.test(line)
              ? [`${name}:${i + 1}`]
              : [],
          ),
      );
    expect(misplaced).toEqual([]);
  });
});
