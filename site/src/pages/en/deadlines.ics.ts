import type { APIRoute } from "astro";
import { downloads } from "../../lib/downloads.ts";

export const GET: APIRoute = async () =>
  new Response(await downloads.calendar("en", {}), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
