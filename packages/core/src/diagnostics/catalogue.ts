/**
 * Every problem Spårbar reports, by permanent code. Codes never change meaning once published;
 * new problems get new codes. Each entry says what went wrong and what to do about it.
 */
export type Severity = "error" | "warning";

interface Entry {
  severity: Severity;
  /** One line: what is wrong. */
  title: string;
  /** What the writer of the file should do. */
  hint: string;
}

function defineCatalogue<const T extends Record<string, Entry>>(entries: T): T {
  return entries;
}

export const catalogue = defineCatalogue({
  "file-unreadable": {
    severity: "error",
    title: "The file cannot be read",
    hint: "Check that the file exists and that you may read it.",
  },
  "file-too-large": {
    severity: "error",
    title: "The file is larger than Spårbar reads",
    hint: "Split the document, or move attachments out of the source file.",
  },
  "file-binary": {
    severity: "error",
    title: "The file is not text",
    hint: "Spårbar reads Markdown and YAML text files. Convert the document with `sparbar import`.",
  },
  "encoding-utf16": {
    severity: "error",
    title: "The file is UTF-16, not UTF-8",
    hint: "Save the file as UTF-8 (in most editors: Save as… → Encoding → UTF-8).",
  },
  "encoding-invalid-utf8": {
    severity: "error",
    title: "The file is not valid UTF-8",
    hint: "Save the file as UTF-8. Files saved as Latin-1 or Windows-1252 break å, ä and ö.",
  },
  "file-name-mismatch": {
    severity: "error",
    title: "The file name does not follow the document's id",
    hint: "Name the file after its id: `<id>.md`, in the folder of its organisation.",
  },
  "front-matter-missing": {
    severity: "error",
    title: "The file has no front matter",
    hint: "Start the file with a line `---`, the YAML fields, and another line `---`.",
  },
  "front-matter-unclosed": {
    severity: "error",
    title: "The front matter is not closed",
    hint: "End the YAML front matter with a line that holds only `---`.",
  },
  "yaml-syntax": {
    severity: "error",
    title: "The YAML cannot be parsed",
    hint: "Check indentation and quoting near this place; quote text that contains `: ` or `#`.",
  },
  "yaml-duplicate-key": {
    severity: "error",
    title: "A YAML key appears twice",
    hint: "Remove one of the two keys; only one value can hold.",
  },
  "yaml-directive": {
    severity: "error",
    title: "YAML directives are not allowed",
    hint: "Remove the `%YAML`/`%TAG` line: Spårbar reads YAML 1.2 only, where yes/no are text.",
  },
  "yaml-alias": {
    severity: "error",
    title: "YAML anchors and aliases are not allowed",
    hint: "Write the value out in full where it is used.",
  },
  "yaml-tag": {
    severity: "error",
    title: "YAML tags are not allowed",
    hint: "Remove the `!tag`; write plain text, numbers, lists and maps.",
  },
  "schema-missing-field": {
    severity: "error",
    title: "A required field is missing",
    hint: "Add the field; see the JSON Schema in packages/core/schemas for what it holds.",
  },
  "schema-unknown-field": {
    severity: "error",
    title: "The field is not part of the format",
    hint: "Check the spelling of the field name, or remove it.",
  },
  "schema-invalid-type": {
    severity: "error",
    title: "The value has the wrong type",
    hint: "Write the kind of value the field expects (text, list, map, true/false).",
  },
  "schema-invalid-value": {
    severity: "error",
    title: "The value is not one of the allowed values",
    hint: "Use one of the values listed in the message.",
  },
  "schema-invalid-id": {
    severity: "error",
    title: "The id is not valid",
    hint: "Ids are ASCII letters, digits and dashes, like `SR-2023-81` or `asn`, at most 64 characters.",
  },
  "schema-invalid": {
    severity: "error",
    title: "The value is not valid",
    hint: "See the message for what the field expects.",
  },
  "period-unparseable": {
    severity: "error",
    title: "The date or period cannot be read",
    hint: "Write an ISO date (2025-05-31, 2025-05, 2025-Q2, 2025-H1, 2025-T2, 2025) or a Swedish phrase such as `den 31 maj 2025`, `i januari 2025`, `under 2025`, `hösten 2025`.",
  },
  "period-impossible": {
    severity: "error",
    title: "The date does not exist",
    hint: "Check the day and month: for example 2024-02-30 does not exist.",
  },
  "period-ambiguous": {
    severity: "error",
    title: "The period is ambiguous",
    hint: "Say which period is meant, for example `vintern 2023/2024`.",
  },
  "yaml-too-deep": {
    severity: "error",
    title: "The front matter is nested too deeply",
    hint: "Front matter needs only a few levels of lists and maps; Spårbar reads at most 100.",
  },
  "markdown-too-deep": {
    severity: "error",
    title: "The Markdown is nested too deeply",
    hint: "Flatten the lists or quotes; Spårbar reads at most 100 levels of nesting.",
  },
  "section-unknown-recommendation": {
    severity: "error",
    title: "The section heading names a recommendation that the answered audits do not have",
    hint: "Start the heading with the recommendation's id as the audit gives it, e.g. `## R3 …`.",
  },
  "section-ambiguous-recommendation": {
    severity: "error",
    title: "The recommendation id exists in more than one answered audit",
    hint: "Put the audit id before it: `## SR-2023-81 R3 …`.",
  },
  "section-duplicate": {
    severity: "error",
    title: "The recommendation is answered twice in this response",
    hint: "Keep one section per recommendation.",
  },
  "stance-unknown": {
    severity: "error",
    title: "The stance is not one Spårbar knows",
    hint: "Write `Ställningstagande: instämmer`, `instämmer delvis`, `instämmer inte` or `inget ställningstagande`.",
  },
  "stance-duplicate": {
    severity: "error",
    title: "The section states its stance twice",
    hint: "Keep one `Ställningstagande:` line per section.",
  },
  "stance-missing": {
    severity: "warning",
    title: "The section states no stance",
    hint: "Add a line `Ställningstagande: instämmer` (or `instämmer delvis`, `instämmer inte`).",
  },
  "report-unknown-status": {
    severity: "error",
    title: "The reported state is not one Spårbar knows",
    hint: "Start with `Rapporterat: Genomfört`, `Pågår`, `Delvis genomfört` or `Ej påbörjat`, or give it in brackets: `Rapporterat (pågår): …`.",
  },
  "measure-no-due": {
    severity: "warning",
    title: "The measure has no due date",
    hint: "End the line with ` — ` and when it is due, e.g. `— den 31 maj 2025` or `— hösten 2025`.",
  },
  "measure-unknown-body": {
    severity: "error",
    title: "The measure reports to a body the organisation does not have",
    hint: "Use a body id from the organisation's organisation.yaml.",
  },
  "measure-unknown-reference": {
    severity: "error",
    title: "The measure follows up a measure that does not exist",
    hint: "Refer to an earlier measure as `<response id>/<recommendation id>/<number>`; `sparbar show` lists them.",
  },
  "placeholder-left": {
    severity: "error",
    title: "A placeholder is left in the text",
    hint: "Replace the `[[…]]` placeholder with the real text before the response goes to the committee.",
  },
  "recommendation-unanswered": {
    severity: "warning",
    title: "A recommendation to this body is not answered",
    hint: "Add a section `## <id> …` with a stance and measures for it.",
  },
  "duplicate-id": {
    severity: "error",
    title: "The id is used twice",
    hint: "Give each document, body, question and recommendation its own id.",
  },
  "unknown-organisation": {
    severity: "error",
    title: "The organisation is not known",
    hint: "Add audits/<organisation>/organisation.yaml, or correct the organisation id.",
  },
  "organisation-mismatch": {
    severity: "error",
    title: "The file lies in another organisation's folder",
    hint: "Move the file to the folder of its organisation, or correct the `organisation` field.",
  },
  "unknown-body": {
    severity: "error",
    title: "The body is not one of the organisation's bodies",
    hint: "Use an id from the organisation's organisation.yaml, or add the body there.",
  },
  "unknown-audit": {
    severity: "error",
    title: "The audit is not in the corpus",
    hint: "Check the audit id, or add the audit under audits/<organisation>/.",
  },
  "unknown-recommendation": {
    severity: "error",
    title: "The recommendation is not part of that audit",
    hint: "Check the recommendation id against the audit's `recommendations`.",
  },
  "unknown-goal": {
    severity: "error",
    title: "The goal is not one of the plan's goals",
    hint: "Use an id from the plan's `goals`.",
  },
  "not-addressed-to-body": {
    severity: "error",
    title: "The recommendation is not addressed to the responding body",
    hint: "A body answers only what is addressed to it (or what it coordinates); check `to` in the audit.",
  },
  "date-order": {
    severity: "error",
    title: "The dates are in an impossible order",
    hint: "Check the dates: a response cannot be decided before the audit it answers was issued.",
  },
});

export type DiagnosticCode = keyof typeof catalogue;
