import type { BrokenDocument, LoadedDocument } from "../load/document.ts";

/** `audit:malmo/SR-2023-81`, `response:malmo/ASN-2024-2039`, `organisation:malmo`. */
export type IdentityKey = string;

function identityKey(
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
 * The documents whose content a document's problems depend on: its organisation, the audits it
 * answers, follows up or assesses, and the responses whose measures it follows up. When one of
 * them changes, this document is checked again.
 */
export function dependenciesOf(document: LoadedDocument | BrokenDocument): IdentityKey[] {
  if (!("data" in document)) {
    return document.organisation && document.type !== "organisation"
      ? [`organisation:${document.organisation}`]
      : [];
  }
  if (document.type === "organisation") return [];
  const org = document.data.organisation;
  const keys = new Set<IdentityKey>([`organisation:${org}`]);
  if (document.type === "audit") {
    for (const id of document.data.follows_up) keys.add(`audit:${org}/${id}`);
    for (const a of document.data.assessments) keys.add(`audit:${org}/${a.audit}`);
  } else {
    for (const id of document.data.answers) keys.add(`audit:${org}/${id}`);
    for (const section of document.sections) {
      if (section.audit) keys.add(`audit:${org}/${section.audit}`);
      for (const measure of section.measures) {
        for (const follows of measure.follows ?? []) {
          const response = follows.split("/")[0];
          if (response) keys.add(`response:${org}/${response}`);
        }
      }
    }
  }
  return [...keys];
}
