import type { APIRoute } from "astro";
import { atomFeed } from "../lib/feeds.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(await atomFeed("sv", site ?? new URL("https://sparbar.example")), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
