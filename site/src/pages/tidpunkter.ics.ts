import type { APIRoute } from "astro";
import { downloads } from "../lib/downloads.ts";

export const GET: APIRoute = async () =>
  new Response(await downloads.calendar("sv", {}), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
