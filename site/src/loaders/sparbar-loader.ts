import type { Loader } from "astro/loaders";
import { siteModel } from "../lib/site.ts";

type Listing = "organisations" | "bodies" | "audits" | "responses";

/**
 * A thin content loader: it asks @sparbar/core for short listing records (ids, titles, dates)
 * and stores them. Recommendations are listed on their audit's record: as entries of their own
 * they were most of the store, which Astro serialises whole each time it saves. Full records, with rendered text and histories, are made by core when a
 * page is built, so the content store stays small even for a national corpus.
 */
export function sparbarLoader(listing: Listing): Loader {
  return {
    name: `sparbar-${listing}`,
    async load({ store, generateDigest }) {
      const model = await siteModel();
      store.clear();
      for (const entry of model.listings()[listing]) {
        const data = entry as unknown as Record<string, unknown>;
        const id = "key" in entry ? entry.key : entry.id;
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  };
}
