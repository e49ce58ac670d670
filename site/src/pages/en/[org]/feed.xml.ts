import type { APIRoute } from "astro";
import { atomFeed } from "../../../lib/feeds.ts";
import { staticPaths } from "../../../lib/static-paths.ts";

export const getStaticPaths = staticPaths.organisations;

export const GET: APIRoute = async ({ params }) =>
  new Response(await atomFeed("en", { organisation: params.org ?? "" }), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
