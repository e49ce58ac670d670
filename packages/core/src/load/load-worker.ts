// A worker thread that loads a share of the corpus files; see parallel-load.ts.
import { parentPort } from "node:worker_threads";
import { readAndLoad } from "./load-corpus.ts";
import type { WorkerRequest } from "./parallel-load.ts";

parentPort?.on("message", async ({ root, files, renderHtml, hash }: WorkerRequest) => {
  const html = renderHtml ? await import("../render/markdown-html.ts") : undefined;
  parentPort?.postMessage(files.map((file) => [file, readAndLoad(root, file, html, hash)]));
});
