// What loading made of each file, kept between runs, so that a corpus read again after an edit
// parses only the files that changed. Parsing Markdown and YAML is most of a load; a national
// corpus took about 26 seconds to read, which every site build paid again for one edited file.
//
// An entry is reused only for the same file, the same bytes (SHA-1), the same loading options
// and the same code (the check cache's fingerprint of core), so that any change to Spårbar's
// reading makes the whole cache stale.
//
// The file is a header (JSON: format, salt, and each entry's file, SHA-1 and length) followed
// by the entries' bytes one after another, so that a national corpus's 290 MB are read as one
// buffer that the entries are views into, and written without being joined into another.
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";
import { codeFingerprint } from "./code-fingerprint.ts";
import type { LoadResult } from "./load-source.ts";

const FORMAT = 2;

interface Header {
  format: number;
  salt: string;
  /** File, SHA-1 of its bytes, and the length of its result as `v8.serialize` wrote it. */
  entries: [string, string, number][];
}

/** The header's length, in the first four bytes of the file. */
const LENGTH_BYTES = 4;

/** The entries kept in `bytes`, when they were made with `salt`; none otherwise. */
function readEntries(bytes: Buffer, salt: string): Map<string, [string, Uint8Array]> {
  const entries = new Map<string, [string, Uint8Array]>();
  const headerEnd = LENGTH_BYTES + bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString("utf8", LENGTH_BYTES, headerEnd)) as Header;
  if (header.format !== FORMAT || header.salt !== salt) return entries;
  let offset = headerEnd;
  for (const [file, sha1, length] of header.entries) {
    if (offset + length > bytes.length) return new Map(); // cut short: trust none of it
    entries.set(file, [sha1, bytes.subarray(offset, offset + length)]);
    offset += length;
  }
  return entries;
}

export class LoadCache {
  readonly #path: string;
  readonly #salt: string;
  #previous = new Map<string, [string, Uint8Array]>();
  readonly #next = new Map<string, [string, Uint8Array]>();
  #changed = false;

  private constructor(path: string, salt: string) {
    this.#path = path;
    this.#salt = salt;
  }

  /**
   * The cache kept in `path` for loads with these options; empty when there is none, when it
   * cannot be read, or when it was made by other code or with other options.
   */
  static open(path: string, options: string): LoadCache {
    const salt = `${codeFingerprint()}\n${process.versions.v8}\n${options}`;
    const cache = new LoadCache(path, salt);
    try {
      cache.#previous = readEntries(readFileSync(path), salt);
    } catch {
      // No cache yet, or one this code cannot read: everything is loaded afresh.
    }
    cache.#changed = cache.#previous.size === 0;
    return cache;
  }

  /** The result kept for this file with these bytes, if any. */
  take(file: string, sha1: string): LoadResult | undefined {
    const kept = this.#previous.get(file);
    if (!kept || kept[0] !== sha1) return undefined;
    this.#next.set(file, kept);
    return deserialize(kept[1]) as LoadResult;
  }

  /** Keeps a fresh result (without its hash, which the entry holds). */
  put(file: string, sha1: string, result: LoadResult): void {
    const { hash: _, ...kept } = result;
    this.#next.set(file, [sha1, serialize(kept)]);
    this.#changed = true;
  }

  /**
   * Writes the entries taken or put in this run, and only those: files gone from the corpus
   * leave the cache. Written to a temporary file and renamed, so a cache is whole or absent.
   */
  save(): void {
    if (!this.#changed && this.#next.size === this.#previous.size) return;
    const entries = [...this.#next];
    const header: Header = {
      format: FORMAT,
      salt: this.#salt,
      entries: entries.map(([file, [sha1, bytes]]) => [file, sha1, bytes.length]),
    };
    const headerBytes = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(LENGTH_BYTES);
    length.writeUInt32LE(headerBytes.length);
    const partial = `${this.#path}.${process.pid}.partial`;
    try {
      mkdirSync(dirname(this.#path), { recursive: true });
      const fd = openSync(partial, "w");
      try {
        for (const bytes of [length, headerBytes, ...entries.map(([, [, b]]) => b)]) {
          for (let written = 0; written < bytes.length; ) {
            written += writeSync(fd, bytes, written);
          }
        }
      } finally {
        closeSync(fd);
      }
      renameSync(partial, this.#path);
    } catch {
      // A cache that cannot be written costs the next run time, never its result.
      rmSync(partial, { force: true });
    }
  }
}
