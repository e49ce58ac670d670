#!/usr/bin/env node
// The sparbar command. Plain JavaScript that any Node can parse, so that an old Node gets one
// sentence instead of a stack trace; the command itself is loaded only after the version check.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `sparbar needs Node.js 22.18 or newer, and this is Node.js ${process.versions.node}. Install Node.js 24 LTS (or run ./setup in the Spårbar repository) and try again.\n`,
  );
  process.exit(1);
}

// Compiled code is cached between runs (in the system's temporary folder): a second start skips
// most of the parsing.
const { enableCompileCache } = await import("node:module");
enableCompileCache?.();

// A reader that stops early (`sparbar status | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// The built command, one bundle (dist/command/); inside the repository,
// `--conditions=sparbar-source` runs the TypeScript sources instead.
const { main } = await import("#command");
process.exitCode = await main(process.argv.slice(2));
