// Prints the last line of a CI run: how many tests passed and failed. A run that tested
// nothing fails here, so it cannot pass unnoticed.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".reports/vitest.json";
let report;
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch {
  console.log("tests: 0 passed, 0 failed");
  console.error(`No test report at ${file}: the tests did not run.`);
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(passed > 0 && failed === 0 && report.success !== false ? 0 : 1);
