// Reads a corpus (a folder with audits/ and responses/) and prints where one recommendation
// stands on a day, for each body it is addressed to:
//
//   node recommendation-status.ts CORPUS SR-2023-81/R2 [2025-06-30]
import { openCorpus, queryRecommendations, stateLabels, stockholmDay } from "@sparbar/core";

const [root, id, day = stockholmDay(Date.now())] = process.argv.slice(2);
const [audit, item] = id?.split("/") ?? [];
if (!root || !audit || !item) {
  console.error("usage: node recommendation-status.ts CORPUS AUDIT/RECOMMENDATION [DAY]");
  process.exit(2);
}

const corpus = await openCorpus(root);
const rows = queryRecommendations(corpus, day, { audit }).filter(
  ({ subject }) => subject.recommendation.id === item,
);
if (rows.length === 0) {
  console.error(`${id} is not in the corpus at ${root} on ${day}.`);
  process.exit(1);
}
for (const { subject, status } of rows) {
  const body = stateLabels[status.body].en;
  const auditors = stateLabels[status.auditor].en;
  console.log(`${id} for ${subject.body} on ${day}: ${body}; the auditors: ${auditors}.`);
}
