import type { LoadedDocument } from "../load/document.ts";
import { responseOfMeasure } from "./keys.ts";

/** A document another one names: by its type, organisation and id. */
export interface Reference {
  type: "organisation" | "audit" | "response";
  organisation: string;
  id: string;
}

/**
 * Every document a document names: its organisation, the audits it answers, follows up or
 * assesses, and the responses whose measures it follows up or that first reported its work. The
 * one list of what refers to what; the check cache re-checks a document when one of these
 * changes.
 */
export function references(document: LoadedDocument): Reference[] {
  if (document.type === "organisation") return [];
  const organisation = document.data.organisation;
  const found: Reference[] = [{ type: "organisation", organisation, id: organisation }];
  const add = (type: Reference["type"], id: string) => found.push({ type, organisation, id });
  if (document.type === "audit") {
    for (const id of document.data.follows_up) add("audit", id);
    for (const a of document.data.assessments) add("audit", a.audit);
    return found;
  }
  for (const id of document.data.answers) add("audit", id);
  for (const section of document.sections) {
    if (section.audit) add("audit", section.audit);
    for (const measure of section.measures) {
      for (const follows of measure.follows ?? []) {
        const response = responseOfMeasure(follows);
        if (response) add("response", response);
      }
      if (measure.reported_in) add("response", measure.reported_in);
    }
  }
  return found;
}
