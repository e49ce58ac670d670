import { type ImportedResponse, importDocument } from "../../src/index.ts";

/** What the importer reads from a response's text, for an organisation with one committee. */
export function responseOfCommittee(
  text: string,
  committee: { id: string; name: string },
  file = "svar.txt",
): ImportedResponse {
  return importDocument({
    name: file,
    text,
    kind: "response",
    organisation: { id: "k", bodies: [{ ...committee, kind: "committee" }] },
  }).extracted as ImportedResponse;
}

/** What the importer reads from an audit committee's minutes or page. */
export function auditCommitteeResponse(text: string, file = "minutes.txt"): ImportedResponse {
  return responseOfCommittee(text, { id: "audit-committee", name: "Audit Committee" }, file);
}

/** Each section's measures as their due day and responsible unit (null where none is read). */
export function measureOwners(read: ImportedResponse): [string | undefined, string | null][][] {
  return read.sections.map((s) => s.measures.map((m) => [m.due?.end, m.responsible ?? null]));
}
