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
