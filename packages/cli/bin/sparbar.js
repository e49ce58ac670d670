#!/usr/bin/env node
// The sparbar command. The sources are TypeScript, which Node (>= 22.18) runs directly.
import { main } from "../src/main.ts";

// A reader that stops early (`sparbar status | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
