import type { APIRoute } from "astro";
import { downloads } from "../../lib/downloads.ts";

export const GET: APIRoute = async () =>
  new Response(await downloads.explorer("sv"), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
