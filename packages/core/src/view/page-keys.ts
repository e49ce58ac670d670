import { createHash } from "node:crypto";
import type { Corpus } from "../corpus.ts";
import { type DocumentKey, documentKey } from "../link/keys.ts";
import { references } from "../link/references.ts";
import type { LoadedAudit, LoadedResponse } from "../load/document.ts";
import type { IsoDay } from "../periods/calendar.ts";

/**
 * Keys that change whenever what a page shows may change, so that a site build can reuse the
 * page built last time while its key stays the same. A page about an audit, a recommendation
 * or a response shows its document and everything linked to it: the responses that answer an
 * audit, the audits that follow it up or assess it, the responses whose measures a later one
 * follows, and so on along every link. Those documents form a family (the documents joined by
 * links, found with union–find over `references`), and the page's key is made from the text of
 * every document of the family, the files of their organisations (names of bodies), which of
 * their bodies have a page of their own (pages link to them), and the day the states are
 * taken at. An organisation's and its bodies' pages show all of its documents: their key is
 * made from all of them. Pages across the whole corpus have no key: they are always built.
 */
export interface PageKeys {
  /** The key of the pages about a document (an audit and its recommendations, a response). */
  document(organisation: string, id: string): string;
  /** The key of an organisation's own pages: its page, its bodies', states', deadlines, feeds. */
  organisation(organisation: string): string;
}

type Member = LoadedAudit | LoadedResponse;

function sha1(parts: Iterable<string>): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

export function pageKeys(
  corpus: Corpus,
  asOf: IsoDay,
  bodiesWithPages: ReadonlyMap<string, readonly string[]>,
): PageKeys {
  const { index } = corpus;
  const members = new Map<DocumentKey, Member>();
  for (const [key, audit] of index.audits) members.set(key, audit);
  for (const [key, response] of index.responses) members.set(key, response);

  // Union–find over documents; an organisation joins nothing, or it would join all of its own.
  const parent = new Map<DocumentKey, DocumentKey>();
  const root = (key: DocumentKey): DocumentKey => {
    let top = key;
    for (let up = parent.get(top); up !== undefined && up !== top; up = parent.get(top)) top = up;
    parent.set(key, top);
    return top;
  };
  for (const key of members.keys()) parent.set(key, key);
  for (const [key, member] of members) {
    for (const ref of references(member)) {
      if (ref.type === "organisation") continue;
      const other = documentKey(ref.organisation, ref.id);
      if (members.has(other)) parent.set(root(key), root(other));
    }
  }
  const families = new Map<DocumentKey, DocumentKey[]>();
  for (const key of members.keys()) {
    const top = root(key);
    const family = families.get(top);
    if (family) family.push(key);
    else families.set(top, [key]);
  }

  const textHashes = new Map<string, string>();
  const textHash = (key: string, text: string) => {
    let hash = textHashes.get(key);
    if (hash === undefined) {
      hash = sha1([text]);
      textHashes.set(key, hash);
    }
    return hash;
  };
  const organisationParts = (id: string) => [
    `organisation ${id} ${textHash(`organisation:${id}`, index.organisations.get(id)?.text ?? "")}`,
    `bodies with pages ${(bodiesWithPages.get(id) ?? []).join(" ")}`,
  ];
  const documentParts = (key: DocumentKey) => {
    const member = members.get(key);
    return member ? [`${member.type} ${key} ${textHash(key, member.text)}`] : [];
  };
  const keyOf = (keys: readonly DocumentKey[]) => {
    const sorted = [...keys].sort();
    const organisations = [...new Set(sorted.map((k) => members.get(k)?.data.organisation ?? ""))];
    return sha1([
      `as of ${asOf}`,
      ...organisations.sort().flatMap(organisationParts),
      ...sorted.flatMap(documentParts),
    ]);
  };

  const familyKeys = new Map<DocumentKey, string>();
  const byOrganisation = new Map<string, DocumentKey[]>();
  for (const member of members.values()) {
    const key = documentKey(member.data.organisation, member.data.id);
    const list = byOrganisation.get(member.data.organisation);
    if (list) list.push(key);
    else byOrganisation.set(member.data.organisation, [key]);
  }
  const organisationKeys = new Map<string, string>();
  return {
    document(organisation, id) {
      const top = root(documentKey(organisation, id));
      let key = familyKeys.get(top);
      if (key === undefined) {
        key = keyOf(families.get(top) ?? []);
        familyKeys.set(top, key);
      }
      return key;
    },
    organisation(organisation) {
      let key = organisationKeys.get(organisation);
      if (key === undefined) {
        // The organisation's documents and every family they belong to (which may reach into
        // another organisation).
        const keys = new Set<DocumentKey>();
        for (const own of byOrganisation.get(organisation) ?? []) {
          for (const k of families.get(root(own)) ?? []) keys.add(k);
        }
        key = sha1([
          `organisation page ${organisation}`,
          ...organisationParts(organisation),
          keyOf([...keys]),
        ]);
        organisationKeys.set(organisation, key);
      }
      return key;
    },
  };
}
