import type { CommandEntry } from "../command.ts";

/**
 * Every `sparbar` command in the order `--help` lists them. A command's module, and with it
 * core, Word or PDF code, is loaded only when that command is used, so `sparbar --help` starts
 * at once.
 */
export const commands: readonly CommandEntry[] = [
  {
    name: "check",
    summary: {
      sv: "Kontrollera källfilerna: varje problem med fil, rad och kolumn.",
      en: "Check the source files: every problem with its file, line and column.",
    },
    load: async () => (await import("./check.ts")).check,
  },
  {
    name: "status",
    summary: {
      sv: "Visa rekommendationernas läge: vad nämnden säger och vad revisorerna funnit, var för sig.",
      en: "Show the status of recommendations: what the body says and what the auditors found, apart.",
    },
    load: async () => (await import("./status.ts")).status,
  },
  {
    name: "show",
    summary: {
      sv: "Visa en granskning, rekommendation, ett svar eller en åtgärd, med tidslinje.",
      en: "Show an audit, recommendation, response or measure, with its timeline.",
    },
    load: async () => (await import("./show.ts")).show,
  },
  {
    name: "deadlines",
    summary: {
      sv: "Lista kommande och passerade tidpunkter för svar och åtgärder, eller skriv dem som kalender.",
      en: "List upcoming and passed response and measure deadlines, or write them as a calendar.",
    },
    load: async () => (await import("./deadlines.ts")).deadlinesCommand,
  },
  {
    name: "export",
    summary: {
      sv: "Exportera all data som JSON eller CSV, eller ett svar som Word-dokument.",
      en: "Export all data as JSON or CSV, or a response as a Word document.",
    },
    load: async () => (await import("./export.ts")).exportCommand,
  },
  {
    name: "fmt",
    summary: {
      sv: "Formatera källfilerna kanoniskt; kommentarer och ordalydelse behålls.",
      en: "Format the source files canonically, keeping comments and wording.",
    },
    load: async () => (await import("./fmt.ts")).fmt,
  },
  {
    name: "draft",
    summary: {
      sv: "Skriv ett utkast till svar: ett avsnitt per rekommendation till nämnden. Ersätter aldrig en fil.",
      en: "Write a draft response: a section per recommendation to the body. Never replaces a file.",
    },
    load: async () => (await import("./draft.ts")).draft,
  },
  {
    name: "import",
    summary: {
      sv: "Läs in en granskningsrapport eller ett svar (.txt, .md, .pdf, .docx) som ett utkast att granska.",
      en: "Read an audit report or a response (.txt, .md, .pdf, .docx) into a draft source file for review.",
    },
    load: async () => (await import("./import.ts")).importCommand,
  },
];
