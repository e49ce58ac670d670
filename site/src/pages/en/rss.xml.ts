import type { APIRoute } from "astro";
import { rssFeed } from "../../lib/feeds.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(await rssFeed("en", site ?? new URL("https://sparbar.example")), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
