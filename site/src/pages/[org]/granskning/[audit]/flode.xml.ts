import type { APIRoute } from "astro";
import { atomFeed } from "../../../../lib/feeds.ts";
import { staticPaths } from "../../../../lib/static-paths.ts";

export const getStaticPaths = staticPaths.audits;

export const GET: APIRoute = async ({ params }) =>
  new Response(
    await atomFeed("sv", { organisation: params.org ?? "", audit: params.audit ?? "" }),
    {
      headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
    },
  );
