// What the site needs from core before Astro renders a page: read, check and link the corpus,
// and list every page's record. Run by the site benchmark in its own process.
import { openCorpus } from "@sparbar/core";
import { SiteModel } from "@sparbar/core/publish";

const root = process.argv[2];
if (!root) throw new Error("usage: node bench/site-load.ts CORPUS");
const corpus = await openCorpus(root, { renderHtml: true });
const model = new SiteModel(corpus, process.env.SPARBAR_AS_OF ?? "2026-11-22");
const listings = model.listings();
console.log(
  JSON.stringify({
    audits: listings.audits.length,
    recommendations: listings.audits.reduce((n, a) => n + a.recommendations.length, 0),
  }),
);
