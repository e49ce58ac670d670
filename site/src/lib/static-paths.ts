import { overdue, overdueCount } from "./selections.ts";
import { siteView, statesWithRows } from "./site.ts";

/**
 * Page parameters for every organisation, body, audit, recommendation and response, each with
 * the key that tells an incremental build (SPARBAR_BUILD_CACHE) whether the page built last
 * time can stay: core's `pageKeys`, from the documents the page shows.
 */
export const staticPaths = {
  async organisations() {
    const view = await siteView();
    const keys = view.pageKeys();
    return view
      .pages()
      .organisations.map((org) => ({ params: { org }, cacheKey: keys.organisation(org) }));
  },
  async bodies() {
    const view = await siteView();
    const keys = view.pageKeys();
    return view.pages().bodies.map((b) => ({
      params: { org: b.organisation, body: b.id },
      cacheKey: keys.organisation(b.organisation),
    }));
  },
  async audits() {
    const view = await siteView();
    const keys = view.pageKeys();
    return view.pages().audits.map((a) => ({
      params: { org: a.organisation, audit: a.id },
      cacheKey: keys.document(a.organisation, a.id),
    }));
  },
  async recommendations() {
    const view = await siteView();
    const keys = view.pageKeys();
    return view.pages().audits.flatMap((a) => {
      const cacheKey = keys.document(a.organisation, a.id);
      return a.items.map((item) => ({
        params: { org: a.organisation, audit: a.id, item },
        cacheKey,
      }));
    });
  },
  async responses() {
    const view = await siteView();
    const keys = view.pageKeys();
    return view.pages().responses.map((r) => ({
      params: { org: r.organisation, response: r.id },
      cacheKey: keys.document(r.organisation, r.id),
    }));
  },
  /**
   * A page per state that some recommendation is in, across the corpus, and one of the overdue
   * recommendations when there are any.
   */
  async states() {
    const view = await siteView();
    const selections = [
      ...(overdueCount(view) > 0 ? [overdue] : []),
      ...statesWithRows(view.overview().counts),
    ];
    return selections.map((state) => ({ params: { state } }));
  },
  /** The same per organisation: what some recommendation of it is in. */
  async organisationStates() {
    const view = await siteView();
    const keys = view.pageKeys();
    return view.pages().organisations.flatMap((org) => {
      const record = view.organisation(org);
      if (!record) return [];
      const selections = [
        ...(overdueCount(view, org) > 0 ? [overdue] : []),
        ...statesWithRows(record.counts),
      ];
      return selections.map((state) => ({
        params: { org, state },
        cacheKey: keys.organisation(org),
      }));
    });
  },
};
