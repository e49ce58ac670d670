import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeSource, loadSource } from "../src/index.ts";

const file = "responses/x/A-1.md";
const text = "---\nid: A-1\ntitle: Förskolenämnden\n---\n\nÅtgärd — den 31 maj 2024\n";

function decoded(bytes: Uint8Array) {
  const result = decodeSource(bytes, file);
  if (!result.ok) throw new Error(result.diagnostics[0].message);
  return result.text;
}

describe("decodeSource", () => {
  it("reads UTF-8 as it is", () => {
    expect(decoded(Buffer.from(text))).toBe(text);
  });

  it("drops a UTF-8 byte order mark", () => {
    expect(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
  });

  it("turns CRLF and lone CR into LF, keeping lines where editors show them", () => {
    expect(decoded(Buffer.from(text.replaceAll("\n", "\r\n")))).toBe(text);
    expect(decoded(Buffer.from(text.replaceAll("\n", "\r")))).toBe(text);
  });

  it("normalises decomposed letters (NFD, as macOS writes them) to NFC", () => {
    const nfd = text.normalize("NFD");
    expect(nfd).not.toBe(text);
    expect(decoded(Buffer.from(nfd))).toBe(text);
  });

  it("refuses Latin-1 with the line and column of the first bad byte", () => {
    const result = decodeSource(Buffer.from(text, "latin1"), file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostics[0]).toMatchObject({
        code: "encoding-invalid-utf8",
        line: 3,
        column: 9,
      });
      expect(result.diagnostics[0].message).toMatch(/Latin-1/);
    }
  });

  it.each([
    [
      "UTF-16 LE with BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    ],
    ["UTF-16 LE without BOM", Buffer.from(text, "utf16le")],
    [
      "UTF-16 BE with BOM",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
    ],
  ])("refuses %s", (_name, bytes) => {
    const result = decodeSource(bytes, file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0].code).toBe("encoding-utf16");
  });

  it("refuses binary files", () => {
    const result = decodeSource(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      file,
    );
    expect(result.ok).toBe(false);
  });

  it("reports every NUL byte at its line and column, and counts them after a hundred", () => {
    const result = decodeSource(
      Buffer.from("---\nid: A\u0000-1\ntitle: Å\u0000\u0000\n---\n"),
      file,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual([
      "file-binary 2:6",
      "file-binary 3:9",
      "file-binary 3:10",
    ]);
    const binary = decodeSource(Buffer.from("ab\u0000".repeat(150)), file);
    expect(binary.ok).toBe(false);
    if (binary.ok) return;
    expect(binary.diagnostics).toHaveLength(101);
    expect(binary.diagnostics[100]).toMatchObject({ line: 1, column: 303 });
    expect(binary.diagnostics[100]?.message).toBe(
      "50 more NUL bytes from here on: the file does not look like a text file",
    );
  });

  it("decodes any valid UTF-8 text and never throws on any bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => {
        const result = decodeSource(Buffer.from(s), file);
        return (
          !result.ok ||
          result.text ===
            s
              .replace(/^\uFEFF/, "")
              .replace(/\r\n?/g, "\n")
              .normalize("NFC")
        );
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeSource(bytes, file);
        return result.ok ? typeof result.text === "string" : result.diagnostics[0].line >= 1;
      }),
    );
  });
});

describe("loadSource with CRLF files", () => {
  it("reports problems at the same line and column as in the LF file", () => {
    const bad = "---\nid: A-1\nkind: response\nbogus: 1\n---\n";
    const lf = loadSource(file, Buffer.from(bad)).diagnostics;
    const crlf = loadSource(file, Buffer.from(bad.replaceAll("\n", "\r\n"))).diagnostics;
    expect(lf.length).toBeGreaterThan(0);
    expect(crlf.map((d) => [d.code, d.line, d.column])).toEqual(
      lf.map((d) => [d.code, d.line, d.column]),
    );
  });
});
