import { siteView } from "./site.ts";

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
};
