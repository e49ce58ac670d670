/**
 * The site's fixed top-level paths, in both languages. An organisation's pages sit beside them
 * (`/malmo/`, `/en/malmo/`), so an organisation with one of these ids would take the place of
 * a page, or lose its own. The site's tests check that every top-level page is listed here.
 */
export const reservedOrganisationIds: ReadonlySet<string> = new Set([
  // Swedish pages, at the root
  "om",
  "oppna-data",
  "sok",
  "tidpunkter",
  "tillganglighet",
  // English pages, under /en/
  "about",
  "accessibility",
  "deadlines",
  "open-data",
  "search",
  // folders beside them: open data, the English site, the search index
  "data",
  "en",
  "pagefind",
]);
