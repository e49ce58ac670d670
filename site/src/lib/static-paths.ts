import { listing } from "./collections.ts";

/** Page parameters for every organisation, body, audit, recommendation and response. */
export const staticPaths = {
  async organisations() {
    return (await listing("organisations")).map((o) => ({ params: { org: o.id } }));
  },
  async bodies() {
    return (await listing("bodies")).map((b) => ({ params: { org: b.organisation, body: b.id } }));
  },
  async audits() {
    return (await listing("audits")).map((a) => ({ params: { org: a.organisation, audit: a.id } }));
  },
  async recommendations() {
    return (await listing("audits")).flatMap((a) =>
      a.recommendations.map((item) => ({
        params: { org: a.organisation, audit: a.id, item },
      })),
    );
  },
  async responses() {
    return (await listing("responses")).map((r) => ({
      params: { org: r.organisation, response: r.id },
    }));
  },
};
