// What the site needs from core before Astro renders a page: read, check and link the corpus,
// and list every page. Run by the site benchmark in its own process.
import { openCorpus } from "@sparbar/core";
import { CorpusView } from "@sparbar/core/view";

const root = process.argv[2];
if (!root) throw new Error("usage: node bench/site-load.ts CORPUS");
const corpus = await openCorpus(root, { renderHtml: true });
const view = new CorpusView(corpus, process.env.SPARBAR_AS_OF ?? "2026-11-22");
const pages = view.pages();
console.log(
  JSON.stringify({
    audits: pages.audits.length,
    recommendations: pages.audits.reduce((n, a) => n + a.items.length, 0),
  }),
);
