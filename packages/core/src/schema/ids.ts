import { z } from "zod";
import type { Bilingual } from "../labels.ts";
import { describeCharacter, replaceLookAlikes } from "../vocabulary/look-alikes.ts";

export const itemIdPattern = /^[A-Z]{1,4}[0-9]{1,3}[a-z]?$/;
export const documentIdPattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
export const nameIdPattern = /^[a-z][a-z0-9-]{0,63}$/;

/** Names Windows and some tools cannot use as file names, whatever the extension. */
const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

type IdKind = "document" | "organisation" | "body" | "item";

const idKinds: Record<IdKind, { pattern: RegExp; sv: string; en: string; example: string }> = {
  document: {
    pattern: documentIdPattern,
    sv: "Dokumentets id",
    en: "The document id",
    example: "SR-2023-81",
  },
  organisation: {
    pattern: nameIdPattern,
    sv: "Organisationens id",
    en: "The organisation id",
    example: "malmo",
  },
  body: { pattern: nameIdPattern, sv: "Organets id", en: "The body id", example: "asn" },
  item: { pattern: itemIdPattern, sv: "Id:t", en: "The id", example: "R1" },
};

/**
 * The id a writer probably meant: look-alike letters, dashes and spaces put back to ASCII,
 * invisible characters removed, å/ä/ö written a/a/o (and lower case for names). Undefined when
 * that still gives no valid id.
 */
export function asciiId(kind: IdKind, id: string): string | undefined {
  // An id in plain ASCII is wrong in a way only its writer can put right.
  if (!/[^\x21-\x7e]/.test(id)) return undefined;
  let meant = replaceLookAlikes(id.normalize("NFC")).trim().replace(/\s+/g, "-");
  if (kind === "organisation" || kind === "body") meant = meant.toLowerCase();
  return meant !== id && idKinds[kind].pattern.test(meant) ? meant : undefined;
}

/** What is wrong with an id, in both languages, and the id meant; nothing when it is valid. */
export function idProblem(
  kind: IdKind,
  id: string,
): { message: Bilingual; suggestion?: string } | undefined {
  const { pattern, sv, en, example } = idKinds[kind];
  if (pattern.test(id)) {
    if (kind === "item" || kind === "body" || !reservedNames.test(id)) return undefined;
    return {
      message: {
        sv: `"${id}" är ett reserverat filnamn i Windows; välj ett annat id`,
        en: `"${id}" is a reserved file name on Windows; choose another id`,
      },
    };
  }
  const suggestion = asciiId(kind, id);
  const withMeant = (message: Bilingual) => (suggestion ? { message, suggestion } : { message });
  const foreign = [...new Set([...id].filter((c) => /[^\x20-\x7e]/.test(c)))];
  if (foreign.length > 0) {
    // Name each character: a Cyrillic С or a zero-width space cannot be seen in the file.
    const named = foreign.map((c) => describeCharacter(c)).join(", ");
    const many = foreign.length > 1;
    return withMeant({
      sv: `${sv} "${id}" innehåller ${named}, ${many ? "tecken" : "ett tecken"} utanför ASCII; id skrivs i ASCII (a för å/ä, o för ö), som ${example}`,
      en: `${en} "${id}" contains ${named}, ${many ? "characters" : "a character"} outside ASCII; ids are ASCII (write a for å/ä, o for ö), like ${example}`,
    });
  }
  if (kind === "item") {
    return withMeant({
      sv: `"${id}" är inget id för en punkt; skriv en till fyra versaler och ett nummer, som R1, Q7 eller KS4`,
      en: `"${id}" is not an item id; write one to four capital letters and a number, like R1, Q7 or KS4`,
    });
  }
  if (/[/\\.]/.test(id)) {
    return withMeant({
      sv: `${sv} "${id}" innehåller "/", "\\" eller "."; id är också filnamn, som ${example}`,
      en: `${en} "${id}" contains "/", "\\" or "."; ids also name files, like ${example}`,
    });
  }
  return withMeant({
    sv: `${sv} "${id}" är inte giltigt; skriv det som ${example}`,
    en: `${en} "${id}" is not valid; write it like ${example}`,
  });
}

/**
 * A string field holding an id of one kind. The check reports in both languages; the pattern
 * still goes into the JSON Schemas so that editors can check ids as they are typed.
 */
function idField(kind: IdKind, description: string) {
  return z
    .string()
    .superRefine((id, ctx) => {
      const problem = idProblem(kind, id);
      if (problem) {
        ctx.addIssue({
          code: "custom",
          message: problem.message.en,
          params: {
            code: "schema-invalid-id",
            sv: problem.message.sv,
            ...(problem.suggestion ? { suggestions: [problem.suggestion] } : {}),
          },
          input: id,
        });
      }
    })
    .meta({ pattern: idKinds[kind].pattern.source, description });
}

/**
 * A document's id: its diary number where it has one (`SR-2023-81`, `ASN-2024-2039`), else a
 * slug. Case-sensitive ASCII; it is also the file name, so no dots, slashes or reserved names.
 */
export const DocumentId = idField(
  "document",
  "Diary number (e.g. SR-2023-81) or slug; ASCII letters, digits and dashes.",
);

/** An organisation's id: its short name in lower-case ASCII (`malmo`, `orebro`). */
export const OrganisationId = idField(
  "organisation",
  "Lower-case ASCII short name, e.g. malmo, orebro.",
);

/** A body's id within its organisation (`asn`, `kommunstyrelsen`). */
export const BodyId = idField("body", "Id of a body in the organisation's organisation.yaml.");

/** Id of a question, goal or recommendation inside its document: `R1`, `Q7`, `G2`, `A12`. */
export const ItemId = idField("item", "One to four capital letters and a number: R1, Q7, G2, A12.");
