import { readFileSync } from "node:fs";
import { importDocument } from "./src/index.ts";

const [file, kind] = process.argv.slice(2);
const text = readFileSync(file!, "utf8");
const bodies = [
  "Kommunstyrelsen",
  "Socialnämnden",
  "Samhällsbyggnadsnämnden",
  "Kommunfullmäktige",
  "Barn- och utbildningsnämnden",
  "Utbildningsnämnden",
  "Regional Board",
  "Healthcare Committee",
  "Stadsrevisionen",
  "Grundskolenämnden",
  "Arbetsmarknads- och socialnämnden",
  "Förskolenämnden",
].map((name, i) => ({
  id: `b${i}`,
  name,
  kind: name.includes("revision") ? "auditors" : "committee",
}));
const r = importDocument({
  name: file!,
  text,
  organisation: { id: "test", bodies },
  ...(kind ? { kind: kind as "audit" } : {}),
});
console.log(r.draft.text);
