// A worker thread that loads a share of the corpus files; see parallel-load.ts.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { type LoadResult, loadSource, unreadable } from "./load-source.ts";

export interface WorkerRequest {
  root: string;
  files: string[];
  renderHtml: boolean;
}

parentPort?.on("message", async ({ root, files, renderHtml }: WorkerRequest) => {
  const results: [string, LoadResult][] = [];
  for (const file of files) {
    try {
      results.push([
        file,
        loadSource(file, await readFile(join(root, file)), undefined, { renderHtml }),
      ]);
    } catch (error) {
      results.push([file, unreadable(file, error)]);
    }
  }
  parentPort?.postMessage(results);
});
