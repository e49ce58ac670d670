import { z } from "zod";

export const itemIdPattern = /^[A-Z]{1,4}[0-9]{1,3}[a-z]?$/;
export const documentIdPattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
export const nameIdPattern = /^[a-z][a-z0-9-]{0,63}$/;

/** Regex sources of the id patterns, so schema problems with ids get their own code. */
export const idPatternSources = new Set(
  [itemIdPattern, documentIdPattern, nameIdPattern].flatMap((p) => [p.source, String(p)]),
);

/** Names Windows and some tools cannot use as file names, whatever the extension. */
const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

function idMessage(kind: string, example: string) {
  return (issue: { input?: unknown }) => {
    const text = String(issue.input);
    if (/[^\x20-\x7e]/.test(text)) {
      return `${kind} "${text}" contains a character outside ASCII; ids are ASCII (write a for å/ä, o for ö), like ${example}`;
    }
    if (/[/\\.]/.test(text))
      return `${kind} "${text}" contains "/", "\\" or "."; ids also name files, like ${example}`;
    return `${kind} "${text}" is not valid; write it like ${example}`;
  };
}

/**
 * A document's id: its diary number where it has one (`SR-2023-81`, `ASN-2024-2039`), else a
 * slug. Case-sensitive ASCII; it is also the file name, so no dots, slashes or reserved names.
 */
export const DocumentId = z
  .string()
  .regex(documentIdPattern, { error: idMessage("The document id", "SR-2023-81") })
  .refine((id) => !reservedNames.test(id), {
    error: (i) => `"${String(i.input)}" is a reserved file name on Windows; choose another id`,
    params: { code: "schema-invalid-id" },
  })
  .meta({
    description: "Diary number (e.g. SR-2023-81) or slug; ASCII letters, digits and dashes.",
  });

/** An organisation's id: its short name in lower-case ASCII (`malmo`, `orebro`). */
export const OrganisationId = z
  .string()
  .regex(nameIdPattern, { error: idMessage("The organisation id", "malmo") })
  .refine((id) => !reservedNames.test(id), {
    error: (i) => `"${String(i.input)}" is a reserved file name on Windows; choose another id`,
    params: { code: "schema-invalid-id" },
  })
  .meta({ description: "Lower-case ASCII short name, e.g. malmo, orebro." });

/** A body's id within its organisation (`asn`, `kommunstyrelsen`). */
export const BodyId = z
  .string()
  .regex(nameIdPattern, { error: idMessage("The body id", "asn") })
  .meta({ description: "Id of a body in the organisation's organisation.yaml." });

/** Id of a question, goal or recommendation inside its document: `R1`, `Q7`, `G2`, `A12`. */
export const ItemId = z
  .string()
  .regex(itemIdPattern, {
    error: (i) =>
      `"${String(i.input)}" is not an item id; write one to four capital letters and a number, like R1, Q7 or KS4`,
  })
  .meta({ description: "One to four capital letters and a number: R1, Q7, G2, A12." });
