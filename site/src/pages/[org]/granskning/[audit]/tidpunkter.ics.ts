import type { APIRoute } from "astro";
import { downloads } from "../../../../lib/downloads.ts";
import { staticPaths } from "../../../../lib/static-paths.ts";

export const getStaticPaths = staticPaths.audits;

export const GET: APIRoute = async ({ params }) =>
  new Response(
    await downloads.calendar("sv", { organisation: params.org ?? "", audit: params.audit ?? "" }),
    {
      headers: { "Content-Type": "text/calendar; charset=utf-8" },
    },
  );
