import type { APIRoute } from "astro";
import { rssFeed } from "../lib/feeds.ts";

export const GET: APIRoute = async () =>
  new Response(await rssFeed("sv"), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
