import type { APIRoute } from "astro";
import { downloads } from "../../../lib/downloads.ts";
import { staticPaths } from "../../../lib/static-paths.ts";

export const getStaticPaths = staticPaths.organisations;

export const GET: APIRoute = async ({ params }) =>
  new Response(await downloads.csv("en", params.org ?? ""), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
