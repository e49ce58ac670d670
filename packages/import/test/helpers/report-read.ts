import type { DraftOrganisation } from "../../src/draft-source.ts";
import { type ImportedAudit, type ImportedResponse, importDocument } from "../../src/index.ts";

/** A text read as a report of the organisation, the kind given: what the report reader finds. */
export function reportRead(
  text: string,
  organisation: DraftOrganisation,
  name = "rapport.txt",
): ImportedAudit {
  return importDocument({ name, text, kind: "audit", organisation }).extracted as ImportedAudit;
}

/** A text read as a response of the organisation, the kind given: what the response reader finds. */
export function responseRead(
  text: string,
  organisation: DraftOrganisation,
  name = "svar.txt",
): ImportedResponse {
  return importDocument({ name, text, kind: "response", organisation })
    .extracted as ImportedResponse;
}

/** Each recommendation a report's text gives, with the ids of the bodies it is to. */
export function recommendationsTo(
  text: string,
  organisation: DraftOrganisation,
  name = "rapport.txt",
): [string, string[]][] {
  return reportRead(text, organisation, name).recommendations.map((r) => [
    r.text,
    r.to.map((b) => b.id),
  ]);
}
