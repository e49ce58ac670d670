import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import type { Bilingual } from "../bilingual.ts";
import { catalogue, type DiagnosticCode } from "../diagnostics/catalogue.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { BrokenDocument } from "../load/document.ts";

const codes = Object.keys(catalogue) as [DiagnosticCode, ...DiagnosticCode[]];

const PlaceRecord = {
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  endColumn: z.number().int().min(1).optional(),
};

// Loose: a field added to diagnostics later is kept, not dropped, by a cache written since.
const DiagnosticRecord: z.ZodType<Diagnostic> = z.looseObject({
  file: z.string(),
  ...PlaceRecord,
  severity: z.enum(["error", "warning"]),
  code: z.enum(codes),
  message: z.string(),
  hint: z.string(),
  sv: z.object({ message: z.string(), hint: z.string() }),
  related: z
    .array(z.object({ file: z.string(), ...PlaceRecord, message: z.string(), sv: z.string() }))
    .optional(),
  suggestions: z.array(z.string()).optional(),
});

const BrokenRecord: z.ZodType<BrokenDocument> = z.object({
  file: z.string(),
  type: z.enum(["organisation", "audit", "response"]),
  id: z.string().optional(),
  organisation: z.string().optional(),
});

/** What the cache remembers of one file: how to tell it changed, and what was found in it. */
const CacheEntry = z.object({
  mtimeMs: z.number(),
  ctimeMs: z.number(),
  ino: z.number(),
  size: z.number(),
  /** SHA-1 of the bytes: a file saved again unchanged is not checked again. */
  hash: z.string(),
  identity: z.string().optional(),
  /** Set when the file did not load. */
  broken: BrokenRecord.optional(),
  deps: z.array(z.string()),
  diagnostics: z.array(DiagnosticRecord),
});

export const CheckCache = z.object({
  version: z.string(),
  /** When the check that wrote the cache began (ms since 1970). */
  startedMs: z.number(),
  entries: z.record(z.string(), CacheEntry),
});

export type CacheEntry = z.output<typeof CacheEntry>;
export type CheckCache = z.output<typeof CheckCache>;

export type CacheRead = { ok: true; cache: CheckCache } | { ok: false; note?: Bilingual };

/**
 * Reads the cache a check left. A missing cache or one written by other code is simply not
 * used; a file that is not a cache at all (cut short, edited by hand) is not used either, and
 * the note says so, since the next check rebuilds it.
 */
export async function readCheckCache(file: string, version: string): Promise<CacheRead> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { ok: false };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, note: unusable(file) };
  }
  if ((data as { version?: unknown } | null)?.version !== version) {
    // Another version's cache may have another shape: it is stale, not damaged.
    return typeof (data as { version?: unknown } | null)?.version === "string"
      ? { ok: false }
      : { ok: false, note: unusable(file) };
  }
  const parsed = CheckCache.safeParse(data);
  return parsed.success ? { ok: true, cache: parsed.data } : { ok: false, note: unusable(file) };
}

function unusable(file: string): Bilingual {
  return {
    sv: `Kontrollens minne i ${file} gick inte att läsa, så alla filer lästes om; det skrivs på nytt nu`,
    en: `The check's memory in ${file} could not be read, so every file was read again; it is written anew now`,
  };
}

export async function writeCheckCache(file: string, data: CheckCache): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(data));
    await rename(temporary, file);
  } catch {
    // A cache that cannot be written only makes the next check slower.
  }
}
