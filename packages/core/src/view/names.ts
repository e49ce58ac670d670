import type { CorpusIndex } from "../link/corpus-index.ts";
import type { LoadedAudit, LoadedResponse } from "../load/document.ts";
import type { Period } from "../periods/period.ts";
import type { AuditSummary, DocumentLink } from "./records.ts";
import { type Named, text } from "./text.ts";

function link(
  type: DocumentLink["type"],
  d: { organisation: string; id: string; title: string; title_en?: string | undefined },
  when: Period,
): DocumentLink {
  return { type, organisation: d.organisation, id: d.id, title: text(d.title, d.title_en), when };
}

/**
 * Names and links as records carry them. A body or document the corpus does not have keeps its
 * id as its name, so that a view never has to look anything up.
 */
export class Names {
  readonly #index: CorpusIndex;
  readonly #bodies = new Map<string, Named>();

  constructor(index: CorpusIndex) {
    this.#index = index;
  }

  organisation(id: string): Named {
    const data = this.#index.organisation(id)?.data;
    return { id, name: text(data?.name ?? id, data?.name_en) };
  }

  body(organisation: string, id: string): Named {
    const key = `${organisation}\n${id}`;
    let named = this.#bodies.get(key);
    if (!named) {
      const body = this.#index.body(organisation, id);
      named = { id, name: text(body?.name ?? id, body?.name_en) };
      this.#bodies.set(key, named);
    }
    return named;
  }

  /** A body as a document writes it (id, name, or "nämnden" for the responding body). */
  writtenBody(organisation: string, written: string, responding: string): Named {
    const body = this.#index.resolveBody(organisation, written, responding);
    return body ? this.body(organisation, body.id) : { id: written, name: text(written) };
  }

  auditSummary(audit: LoadedAudit): AuditSummary {
    const d = audit.data;
    return { id: d.id, kind: d.kind, title: text(d.title, d.title_en), date: d.date };
  }

  auditLink(audit: LoadedAudit): DocumentLink {
    return link("audit", audit.data, audit.data.date);
  }

  responseLink(response: LoadedResponse): DocumentLink {
    return link("response", response.data, this.#index.when(response));
  }

  /** A link to an audit or response by id; one the corpus lacks is named by its id. */
  document(type: "audit" | "response", organisation: string, id: string): DocumentLink {
    if (type === "audit") {
      const audit = this.#index.audit(organisation, id);
      if (audit) return this.auditLink(audit);
    } else {
      const response = this.#index.response(organisation, id);
      if (response) return this.responseLink(response);
    }
    return { type, organisation, id, title: text(id) };
  }
}
