import type { z } from "zod";
import type { DiagnosticCode } from "../diagnostics/catalogue.ts";
import { type Diagnostic, diagnostic, type Place } from "../diagnostics/diagnostic.ts";
import { codeForLabel, labelOf } from "../labels.ts";
import { idPatternSources } from "../schema/ids.ts";

type Locate = (path: readonly PropertyKey[], key?: string) => Place;

/** `recommendations[2].to` */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const step of path) {
    name += typeof step === "number" ? `[${step}]` : name ? `.${String(step)}` : String(step);
  }
  return name || "front matter";
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string")
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const expectedWords: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a map of fields",
};

const placeholder = /^\[\[[^\]\n]*\]\]$/;

/** A value left as a `[[…]]` placeholder is reported once, as a placeholder, by the loader's scan. */
export function isPlaceholderIssue(issue: z.core.$ZodIssue): boolean {
  const input = (issue as { input?: unknown }).input;
  return typeof input === "string" && placeholder.test(input.trim());
}

/** Turns one zod issue into a diagnostic on the YAML node it concerns. */
export function issueDiagnostic(issue: z.core.$ZodIssue, file: string, locate: Locate): Diagnostic {
  const field = fieldName(issue.path);
  const input = (issue as { input?: unknown }).input;
  let code: DiagnosticCode = "schema-invalid";
  let message = issue.message;
  let hint: string | undefined;
  let place = locate(issue.path);

  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) {
        code = "schema-missing-field";
        const parent = issue.path.slice(0, -1);
        place = locate(parent);
        message = `\`${field}\` is missing${parent.length ? ` in \`${fieldName(parent)}\`` : ""}`;
      } else {
        code = "schema-invalid-type";
        message = `\`${field}\` should be ${expectedWords[issue.expected] ?? issue.expected}, not ${describe(input)}`;
        if (issue.expected === "boolean" && typeof input === "string") {
          hint = "Write true or false; YAML 1.2 reads yes/no/on/off as text.";
        }
      }
      break;
    case "invalid_union":
      code = "schema-invalid-type";
      message = `\`${field}\` should be text, not ${describe(input)}`;
      break;
    case "unrecognized_keys": {
      code = "schema-unknown-field";
      const key = issue.keys[0] ?? "";
      place = locate(issue.path, key);
      message =
        issue.keys.length === 1
          ? `\`${key}\` is not a field of ${issue.path.length ? `\`${field}\`` : "this document"}`
          : `${issue.keys.map((k) => `\`${k}\``).join(", ")} are not fields of ${issue.path.length ? `\`${field}\`` : "this document"}`;
      break;
    }
    case "invalid_value": {
      code = "schema-invalid-value";
      const allowed = issue.values.map(String);
      const listed = allowed
        .map((v) => (labelOf(v, "sv") === v ? v : `${v} (${labelOf(v, "sv")})`))
        .join(", ");
      message = `\`${field}\` must be one of ${listed}; it is ${describe(input)}`;
      const suggestion = typeof input === "string" ? codeForLabel(input, allowed) : undefined;
      if (suggestion)
        hint = `Write \`${suggestion}\`: Spårbar stores the code, and shows "${input}" as its label.`;
      break;
    }
    case "invalid_format":
      code =
        issue.format === "regex" && idPatternSources.has(String(issue.pattern))
          ? "schema-invalid-id"
          : "schema-invalid";
      message = issue.message.startsWith("Invalid")
        ? `\`${field}\` is not valid: ${issue.message}`
        : issue.message;
      break;
    case "too_small":
      code = "schema-invalid";
      message =
        issue.origin === "array"
          ? `\`${field}\` needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? "entry" : "entries"}`
          : issue.origin === "string"
            ? `\`${field}\` is empty`
            : `\`${field}\` is too small`;
      break;
    case "custom": {
      const custom = (issue.params as { code?: DiagnosticCode } | undefined)?.code;
      code =
        custom ??
        (String(issue.path.at(-1) ?? "").endsWith("id") ? "schema-invalid-id" : "schema-invalid");
      message = issue.message;
      break;
    }
    default:
      message = `\`${field}\`: ${issue.message}`;
  }
  return diagnostic(
    code,
    hint === undefined ? { file, place, message } : { file, place, message, hint },
  );
}
