import { getCollection } from "astro:content";
import type { SiteListings } from "@sparbar/core/publish";

type Listings = { [K in keyof SiteListings]: SiteListings[K][number] };

/** The loader's listing records, typed as core made them. */
export async function listing<K extends keyof SiteListings>(name: K): Promise<Listings[K][]> {
  const entries = await getCollection(name);
  return entries.map((entry) => entry.data as Listings[K]);
}
