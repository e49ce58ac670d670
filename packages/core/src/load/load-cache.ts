// What loading made of each file, kept between runs, so that a corpus read again after an edit
// parses only the files that changed. Parsing Markdown and YAML is most of a load; a national
// corpus took about 26 seconds to read, which every site build paid again for one edited file.
//
// An entry is reused only for the same file, the same bytes (SHA-1), the same loading options
// and the same code (the check cache's fingerprint of core), so that any change to Spårbar's
// reading makes the whole cache stale.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";
import { codeFingerprint } from "./code-fingerprint.ts";
import type { LoadResult } from "./load-source.ts";

const FORMAT = 1;

interface Stored {
  format: number;
  salt: string;
  /** File, SHA-1 of its bytes, and its result as `v8.serialize` wrote it. */
  entries: [string, string, Uint8Array][];
}

export class LoadCache {
  readonly #path: string;
  readonly #salt: string;
  readonly #previous = new Map<string, [string, Uint8Array]>();
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
      const stored = deserialize(readFileSync(path)) as Stored;
      if (stored.format === FORMAT && stored.salt === salt) {
        for (const [file, sha1, result] of stored.entries)
          cache.#previous.set(file, [sha1, result]);
      }
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
    const stored: Stored = {
      format: FORMAT,
      salt: this.#salt,
      entries: [...this.#next].map(([file, [sha1, result]]) => [file, sha1, result]),
    };
    const partial = `${this.#path}.${process.pid}.partial`;
    try {
      mkdirSync(dirname(this.#path), { recursive: true });
      writeFileSync(partial, serialize(stored));
      renameSync(partial, this.#path);
    } catch {
      // A cache that cannot be written costs the next run time, never its result.
      rmSync(partial, { force: true });
    }
  }
}
