import type { DraftOrganisation } from "../../src/draft-source.ts";
import { type ImportedAudit, importDocument } from "../../src/index.ts";

/** A text read as a report of the organisation, the kind given: what the report reader finds. */
export function reportRead(
  text: string,
  organisation: DraftOrganisation,
  name = "rapport.txt",
): ImportedAudit {
  return importDocument({ name, text, kind: "audit", organisation }).extracted as ImportedAudit;
}
