import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LoadResult } from "./load-source.ts";

/** What a load worker is asked to do: load these files of the corpus under root. */
export interface WorkerRequest {
  root: string;
  files: string[];
  renderHtml: boolean;
  hash: boolean;
}

// The worker's module beside this one, as sources (.ts) or built (.js), whichever this is. A
// bundler that merges core into chunks (the site's build) leaves it behind; such a build names
// the worker's module in SPARBAR_LOAD_WORKER.
const besideThis = fileURLToPath(
  new URL(`./load-worker${extname(import.meta.url)}`, import.meta.url),
);

function workerFile(): string | undefined {
  if (existsSync(besideThis)) return besideThis;
  const named = process.env.SPARBAR_LOAD_WORKER;
  return named && existsSync(named) ? named : undefined;
}

/** Whether this build can start load workers: not when bundled away from its sources. */
export function canLoadInParallel(): boolean {
  return workerFile() !== undefined;
}

/**
 * Loads files on worker threads, a batch at a time to whichever worker is free, and returns the
 * results in the order of the files. Parsing Markdown is most of the cost of a load, and it
 * divides across cores.
 */
export async function loadInParallel(
  root: string,
  files: readonly string[],
  options: {
    threads?: number;
    renderHtml?: boolean;
    hash?: boolean;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<Map<string, LoadResult>> {
  const module = workerFile();
  if (!module) throw new Error("The load worker's module is not found; load on one thread.");
  const threads = Math.max(
    1,
    Math.min(options.threads ?? availableParallelism(), Math.ceil(files.length / 200)),
  );
  const batches: string[][] = [];
  const size = Math.max(50, Math.min(500, Math.ceil(files.length / (threads * 8))));
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const results = new Map<string, LoadResult>();
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(module);
      try {
        for (;;) {
          const batch = batches[next++];
          if (!batch) break;
          const loaded = await new Promise<[string, LoadResult][]>((resolve, reject) => {
            const onMessage = (message: [string, LoadResult][]) => {
              worker.off("error", onError);
              resolve(message);
            };
            const onError = (error: Error) => {
              worker.off("message", onMessage);
              reject(error);
            };
            worker.once("message", onMessage);
            worker.once("error", onError);
            worker.postMessage({
              root,
              files: batch,
              renderHtml: options.renderHtml === true,
              hash: options.hash === true,
            } satisfies WorkerRequest);
          });
          for (const [file, result] of loaded) results.set(file, result);
          done += batch.length;
          options.onProgress?.(done, files.length);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return results;
}
