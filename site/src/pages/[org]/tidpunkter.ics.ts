import type { APIRoute } from "astro";
import { downloads } from "../../lib/downloads.ts";
import { staticPaths } from "../../lib/static-paths.ts";

export const getStaticPaths = staticPaths.organisations;

export const GET: APIRoute = async ({ params }) =>
  new Response(await downloads.calendar("sv", { organisation: params.org ?? "" }), {
    headers: { "Content-Type": "text/calendar; charset=utf-8" },
  });
