import { overdue, overdueCount } from "./selections.ts";
import { siteView, statesWithRows } from "./site.ts";

/** Page parameters for every organisation, body, audit, recommendation and response. */
export const staticPaths = {
  async organisations() {
    return (await siteView()).pages().organisations.map((org) => ({ params: { org } }));
  },
  async bodies() {
    return (await siteView())
      .pages()
      .bodies.map((b) => ({ params: { org: b.organisation, body: b.id } }));
  },
  async audits() {
    return (await siteView())
      .pages()
      .audits.map((a) => ({ params: { org: a.organisation, audit: a.id } }));
  },
  async recommendations() {
    return (await siteView())
      .pages()
      .audits.flatMap((a) =>
        a.items.map((item) => ({ params: { org: a.organisation, audit: a.id, item } })),
      );
  },
  async responses() {
    return (await siteView())
      .pages()
      .responses.map((r) => ({ params: { org: r.organisation, response: r.id } }));
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
    return view.pages().organisations.flatMap((org) => {
      const record = view.organisation(org);
      if (!record) return [];
      const selections = [
        ...(overdueCount(view, org) > 0 ? [overdue] : []),
        ...statesWithRows(record.counts),
      ];
      return selections.map((state) => ({ params: { org, state } }));
    });
  },
};
