// Loaded with `node --import` into a process the site benchmark starts: on exit, writes the
// process's peak resident memory (KB) to the file SPARBAR_PEAK_FILE names.
import { writeFileSync } from "node:fs";

const target = process.env.SPARBAR_PEAK_FILE;
if (target) {
  process.on("exit", () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
