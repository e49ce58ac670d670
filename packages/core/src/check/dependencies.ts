import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { references } from "../link/references.ts";
import type { BrokenDocument, LoadedDocument } from "../load/document.ts";

/** `audit:malmo/SR-2023-81`, `response:malmo/ASN-2024-2039`, `organisation:malmo`. */
export type IdentityKey = string;

export function identityKey(
  type: string,
  organisation: string | undefined,
  id: string | undefined,
): IdentityKey | undefined {
  if (!id) return undefined;
  return type === "organisation"
    ? `organisation:${id}`
    : organisation
      ? `${type}:${organisation}/${id}`
      : undefined;
}

export function identityOf(document: LoadedDocument | BrokenDocument): IdentityKey | undefined {
  if ("data" in document) {
    return document.type === "organisation"
      ? identityKey("organisation", undefined, document.data.id)
      : identityKey(document.type, document.data.organisation, document.data.id);
  }
  return identityKey(document.type, document.organisation, document.id);
}

/**
 * The documents whose content a document's problems depend on: everything it names (see
 * `references`). When one of them changes, this document is checked again.
 */
export function dependenciesOf(document: LoadedDocument | BrokenDocument): IdentityKey[] {
  if (!("data" in document)) {
    return document.organisation && document.type !== "organisation"
      ? [`organisation:${document.organisation}`]
      : [];
  }
  const keys = new Set<IdentityKey>();
  for (const ref of references(document)) {
    const key = identityKey(ref.type, ref.organisation, ref.id);
    if (key) keys.add(key);
  }
  return [...keys];
}

/** `ids:audit:malmo`: the set of an organisation's audit ids (or `ids:organisation`). */
export function idsKeyOf(identity: IdentityKey): IdentityKey {
  const [type = "", rest = ""] = identity.split(":");
  return type === "organisation" ? "ids:organisation" : `ids:${type}:${rest.split("/")[0]}`;
}

/** A document known only by its identity key, as the check's cache keeps it. */
export function documentOf(file: string, identity: IdentityKey): BrokenDocument {
  const [type = "", rest = ""] = identity.split(":");
  if (type === "organisation") return { file, type: "organisation", id: rest, organisation: rest };
  const slash = rest.indexOf("/");
  return {
    file,
    type: type === "response" ? "response" : "audit",
    organisation: rest.slice(0, slash),
    id: rest.slice(slash + 1),
  };
}

/**
 * The sets of ids a document's suggestions were drawn from: a reference to an unknown audit,
 * organisation or response is answered with the nearest ids there are, so the document is
 * checked again when one of those sets changes.
 */
export function suggestionSources(
  document: LoadedDocument | BrokenDocument,
  diagnostics: readonly Diagnostic[],
): IdentityKey[] {
  const organisation =
    "data" in document
      ? document.type === "organisation"
        ? document.data.id
        : document.data.organisation
      : document.organisation;
  const keys = new Set<IdentityKey>();
  for (const d of diagnostics) {
    if (d.code === "unknown-organisation") keys.add("ids:organisation");
    else if (d.code === "unknown-audit") keys.add(`ids:audit:${organisation}`);
    else if (d.code === "measure-unknown-reference") keys.add(`ids:response:${organisation}`);
  }
  return [...keys];
}
