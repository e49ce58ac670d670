// Loaded first (`node --import ./scripts/require-node.mjs …`) by the repository's scripts: an
// older Node than Spårbar needs gets one sentence saying what to do, not a stack trace from
// the TypeScript it cannot run. Plain JavaScript, so that any Node can read it.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `Spårbar needs Node.js 22.18 or newer, and this is Node.js ${process.versions.node}: run ./setup, put .tools/bin first on PATH as it says, and try again.\n`,
  );
  process.exit(1);
}
