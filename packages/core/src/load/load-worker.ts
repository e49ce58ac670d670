// A worker thread that loads a share of the corpus files; see parallel-load.ts.
import { parentPort } from "node:worker_threads";
import { readAndLoad } from "./load-corpus.ts";
import type { WorkerRequest } from "./parallel-load.ts";

parentPort?.on("message", ({ root, files, renderHtml }: WorkerRequest) => {
  parentPort?.postMessage(files.map((file) => [file, readAndLoad(root, file, renderHtml)]));
});
