import { type ImportedAudit, importDocument } from "../../src/index.ts";

/** An organisation with two committees, for reports whose recommendations name one or both. */
export const twoCommittees = {
  id: "k",
  bodies: [
    { id: "overformyndarnamnden", name: "Överförmyndarnämnden", kind: "committee" },
    { id: "socialnamnden", name: "Socialnämnden", kind: "committee" },
  ],
};

/** The recommendations a report's text gives, read as a report of that organisation. */
export function recommendationsRead(text: string): ImportedAudit["recommendations"] {
  const read = importDocument({
    name: "rapport.txt",
    text,
    kind: "audit",
    organisation: twoCommittees,
  }).extracted as ImportedAudit;
  return read.recommendations;
}
