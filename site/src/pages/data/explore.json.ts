import type { APIRoute } from "astro";
import { downloads } from "../../lib/downloads.ts";

export const GET: APIRoute = async () =>
  new Response(await downloads.explorer("en"), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
