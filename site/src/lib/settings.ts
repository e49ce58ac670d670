import { resolve } from "node:path";

/**
 * The settings a site is built with, from the environment. Each has a documented default
 * (README, "The site"); none is ever invented.
 */

/**
 * The site's public address (SPARBAR_SITE_URL), or undefined: then every address the site
 * writes is relative to the site, and no sitemap is written, since a sitemap needs absolute
 * addresses.
 */
export function siteUrl(): URL | undefined {
  const value = process.env.SPARBAR_SITE_URL?.trim();
  if (!value) return undefined;
  try {
    return new URL(value.endsWith("/") ? value : `${value}/`);
  } catch {
    throw new Error(
      `SPARBAR_SITE_URL is not a web address: "${value}". Give the site's address, such as https://www.example.org/, or leave it unset for relative addresses.`,
    );
  }
}

/** An address on the site: absolute when the site's address is set, else the path. */
export function siteAddress(path: string): string {
  const site = siteUrl();
  return site ? new URL(path, site).href : path;
}

/**
 * Where to report accessibility problems (SPARBAR_CONTACT): an e-mail address or a web
 * address. Unset, the accessibility statement says that none is given.
 */
export function contact(): { href: string; text: string } | undefined {
  const value = process.env.SPARBAR_CONTACT?.trim();
  if (!value) return undefined;
  if (/^https?:\/\//.test(value)) return { href: value, text: value };
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) return { href: `mailto:${value}`, text: value };
  throw new Error(
    `SPARBAR_CONTACT is neither an e-mail address nor a web address: "${value}". Give one, such as tillganglighet@kommun.se, or leave it unset.`,
  );
}

/**
 * The folder of an incremental build's cache (SPARBAR_BUILD_CACHE), taken from where the build
 * was started; undefined for a full build.
 */
export function buildCacheFolder(): string | undefined {
  const value = process.env.SPARBAR_BUILD_CACHE?.trim();
  return value ? resolve(process.env.INIT_CWD ?? process.cwd(), value) : undefined;
}
