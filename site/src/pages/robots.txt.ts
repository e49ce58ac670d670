import type { APIRoute } from "astro";
import { siteUrl } from "../lib/settings.ts";

// A sitemap is written only when the site's address is set: it needs absolute addresses.
export const GET: APIRoute = () => {
  const site = siteUrl();
  const sitemap = site ? `Sitemap: ${new URL("/sitemap-index.xml", site).href}\n` : "";
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
