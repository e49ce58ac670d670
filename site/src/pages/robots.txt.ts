import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nSitemap: ${new URL("/sitemap.xml", site ?? "https://sparbar.example").href}\n`,
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
