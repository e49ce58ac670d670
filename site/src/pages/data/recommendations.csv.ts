import type { APIRoute } from "astro";
import { downloads } from "../../lib/downloads.ts";

export const GET: APIRoute = async () =>
  new Response(await downloads.csv("en"), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
