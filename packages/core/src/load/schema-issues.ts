import type { z } from "zod";
import type { DiagnosticCode } from "../diagnostics/catalogue.ts";
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/diagnostic.ts";
import { type Bilingual, labelOf, valueLabels } from "../labels.ts";
import { nearest, withSuggestion } from "../vocabulary/closed.ts";

type Locate = (path: readonly PropertyKey[], key?: string) => Place;
/** The field names allowed at a path, for suggesting the one a writer meant. */
type FieldsAt = (path: readonly PropertyKey[]) => string[];

/**
 * The codes nearest to what was written, comparing the codes and their Swedish and English
 * labels alike: "Uppföljande yttrande", "uppfoljande yttrande" and "folow-up-response" all
 * suggest `follow-up-response`.
 */
export function nearestCodes(written: string, allowed: readonly string[]): string[] {
  const byWords = new Map<string, string>();
  for (const code of allowed) {
    byWords.set(code, code);
    const label = valueLabels[code];
    if (label) {
      byWords.set(label.sv, code);
      byWords.set(label.en, code);
    }
  }
  return [...new Set(nearest(written, byWords.keys()).map((words) => byWords.get(words) ?? words))];
}

/** `recommendations[2].to` */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const step of path) {
    name += typeof step === "number" ? `[${step}]` : name ? `.${String(step)}` : String(step);
  }
  return name || "front matter";
}

function describe(value: unknown): Bilingual {
  if (value === undefined) return { sv: "ingenting", en: "nothing" };
  if (value === null) return { sv: "ett tomt värde", en: "an empty value" };
  if (Array.isArray(value)) return { sv: "en lista", en: "a list" };
  if (typeof value === "object") return { sv: "en mapp", en: "a map" };
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { sv: `texten "${shown}"`, en: `the text "${shown}"` };
  }
  if (typeof value === "number") return { sv: `talet ${value}`, en: `number ${value}` };
  if (typeof value === "boolean") return { sv: `värdet ${value}`, en: `boolean ${value}` };
  return { sv: `${typeof value} ${String(value)}`, en: `${typeof value} ${String(value)}` };
}

const expectedWords: Record<string, Bilingual> = {
  string: { sv: "text", en: "text" },
  number: { sv: "ett tal", en: "a number" },
  boolean: { sv: "true eller false", en: "true or false" },
  array: { sv: "en lista", en: "a list" },
  object: { sv: "en mapp med fält", en: "a map of fields" },
};

const placeholder = /^\[\[[^\]\n]*\]\]$/;

/** A value left as a `[[…]]` placeholder is reported once, as a placeholder, by the loader's scan. */
export function isPlaceholderIssue(issue: z.core.$ZodIssue): boolean {
  const input = (issue as { input?: unknown }).input;
  return typeof input === "string" && placeholder.test(input.trim());
}

/** Turns one zod issue into a diagnostic on the YAML node it concerns. */
export function issueDiagnostic(
  issue: z.core.$ZodIssue,
  file: string,
  locate: Locate,
  fieldsAt: FieldsAt = () => [],
): Diagnostic {
  const field = `\`${fieldName(issue.path)}\``;
  const input = (issue as { input?: unknown }).input;
  const given = describe(input);
  let code: DiagnosticCode = "schema-invalid";
  let message: Bilingual;
  let hint: Bilingual | undefined;
  let suggestions: string[] = [];
  let place = locate(issue.path);

  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) {
        code = "schema-missing-field";
        const parent = issue.path.slice(0, -1);
        place = locate(parent);
        const within = parent.length ? `\`${fieldName(parent)}\`` : "";
        message = {
          sv: `${field} saknas${within && ` i ${within}`}`,
          en: `${field} is missing${within && ` in ${within}`}`,
        };
      } else {
        code = "schema-invalid-type";
        const expected = expectedWords[issue.expected] ?? {
          sv: issue.expected,
          en: issue.expected,
        };
        message = {
          sv: `${field} ska vara ${expected.sv}, inte ${given.sv}`,
          en: `${field} should be ${expected.en}, not ${given.en}`,
        };
        if (issue.expected === "boolean" && typeof input === "string") {
          hint = {
            sv: "Skriv true eller false; YAML 1.2 läser yes/no/on/off som text.",
            en: "Write true or false; YAML 1.2 reads yes/no/on/off as text.",
          };
        }
      }
      break;
    case "invalid_union":
      code = "schema-invalid-type";
      message = {
        sv: `${field} ska vara text, inte ${given.sv}`,
        en: `${field} should be text, not ${given.en}`,
      };
      break;
    case "unrecognized_keys": {
      code = "schema-unknown-field";
      const key = issue.keys[0] ?? "";
      place = locate(issue.path, key);
      const keys = issue.keys.map((k) => `\`${k}\``).join(", ");
      const owner = issue.path.length
        ? { sv: field, en: field }
        : { sv: "det här dokumentet", en: "this document" };
      message =
        issue.keys.length === 1
          ? {
              sv: `${keys} är inget fält i ${owner.sv}`,
              en: `${keys} is not a field of ${owner.en}`,
            }
          : {
              sv: `${keys} är inga fält i ${owner.sv}`,
              en: `${keys} are not fields of ${owner.en}`,
            };
      const fields = fieldsAt(issue.path);
      suggestions = nearest(key, fields);
      message = withSuggestion(message, suggestions);
      break;
    }
    case "invalid_value": {
      code = "schema-invalid-value";
      const allowed = issue.values.map(String);
      const listed = allowed
        .map((v) => (labelOf(v, "sv") === v ? v : `${v} (${labelOf(v, "sv")})`))
        .join(", ");
      message = {
        sv: `${field} ska vara något av ${listed}; det är ${given.sv}`,
        en: `${field} must be one of ${listed}; it is ${given.en}`,
      };
      suggestions = typeof input === "string" ? nearestCodes(input, allowed) : [];
      message = withSuggestion(message, suggestions);
      const suggestion = suggestions[0];
      if (suggestion && typeof input === "string" && labelOf(suggestion, "sv") !== suggestion) {
        hint = {
          sv: `Skriv \`${suggestion}\`: Spårbar lagrar koden och visar "${labelOf(suggestion, "sv")}" som dess etikett.`,
          en: `Write \`${suggestion}\`: Spårbar stores the code, and shows "${labelOf(suggestion, "en")}" as its label.`,
        };
      }
      break;
    }
    case "too_small": {
      const entries = Number(issue.minimum) === 1 ? ["post", "entry"] : ["poster", "entries"];
      message =
        issue.origin === "array"
          ? {
              sv: `${field} behöver minst ${issue.minimum} ${entries[0]}`,
              en: `${field} needs at least ${issue.minimum} ${entries[1]}`,
            }
          : issue.origin === "string"
            ? { sv: `${field} är tomt`, en: `${field} is empty` }
            : { sv: `${field} är för litet`, en: `${field} is too small` };
      break;
    }
    case "custom": {
      const params = issue.params as
        | { code?: DiagnosticCode; sv?: string; suggestions?: string[] }
        | undefined;
      code = params?.code ?? "schema-invalid";
      suggestions = params?.suggestions ?? [];
      message = withSuggestion({ sv: params?.sv ?? issue.message, en: issue.message }, suggestions);
      break;
    }
    default:
      // Formats the model checks itself never reach here; zod's own words stay English.
      message = {
        sv: `${field} är inte giltigt: ${issue.message}`,
        en: `${field} is not valid: ${issue.message}`,
      };
  }
  return diagnostic(code, {
    file,
    place,
    message,
    ...(hint === undefined ? {} : { hint }),
    ...(suggestions.length > 0 ? { suggestions } : {}),
  });
}
