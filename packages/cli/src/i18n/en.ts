import { columnHeadings } from "@sparbar/core";

/** The CLI's own words in English. Swedish is in sv.ts; both have the same keys. */
export const en = {
  intro: "sparbar – follow audit recommendations from report to result.",
  usageLine: "sparbar <command> [options]",
  usage: "Usage",
  commands: "Commands",
  options: "Options",
  exitCodes: "Exit codes: 0 ok, 1 problems found or work refused, 2 usage error.",
  seeHelp: (command: string) => `Run \`sparbar ${command} --help\` for how to use it.`,
  unknownCommand: (name: string) => `There is no command "${name}".`,
  unknownOption: (option: string, meant: string[]) =>
    `${option} is not an option of this command${meant.length > 0 ? `; did you mean ${meant.join(" or ")}?` : ""}`,
  missingValue: (option: string) => `${option} needs a value`,
  unexpectedArgument: (argument: string) =>
    `"${argument}": this command takes no arguments besides its options`,
  noCorpus: (root: string) =>
    `No corpus found: neither ${root} nor a folder above it has audits/ or responses/. Run sparbar inside a corpus, or give --root.`,
  noRoot: (root: string) => `--root: ${root} does not exist`,
  globalOptions: [
    [
      "--root DIR",
      "the corpus: a folder with audits/ and responses/ (default: $SPARBAR_ROOT, else found from here upwards)",
    ],
    ["--json", "print the result as JSON"],
    ["--lang sv|en", "language of the output (default: from LANG)"],
    ["--help", "show help"],
    ["--version", "show the version"],
  ] as [string, string][],
  internalError:
    "Spårbar hit an internal error. This is a bug in Spårbar, not in your files; please report it with the text below.",
  error: "error",
  warning: "warning",
  hint: "hint",
  checked: (files: number) => `${files} ${files === 1 ? "file" : "files"} checked`,
  problems: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`,
  noProblems: "no problems",
  moreProblems: (n: number, file: string) =>
    `… and ${n} more ${n === 1 ? "problem" : "problems"} in ${file} (--json lists them all)`,
  ...columnHeadings("en"),
  loading: "Reading",
  response: "Response",
  late: "late",
  passedNoReport: "passed, no report since",
  daysLeft: (n: number) => (n === 0 ? "today" : n > 0 ? `in ${n} days` : `${-n} days ago`),
  noRows: "Nothing matches.",
  rows: (n: number) => `${n} ${n === 1 ? "row" : "rows"}`,
  asOf: (day: string) => `as of ${day}`,
  notFound: (id: string, meant: string[] = []) =>
    `Nothing in the corpus has the id "${id}".${meant.length > 0 ? ` Did you mean ${meant.join(" or ")}?` : ""}`,
  diaryNumber: "Diary number",
  ambiguous: (id: string, where: string) =>
    `"${id}" exists in several organisations (${where}); add --org.`,
  timeline: "Timeline",
  status: "Status",
  measures: "Measures",
  passed: "Deadlines passed",
  reported: "Reported",
  reportedBy: (names: string) => `reported by ${names}`,
  badState: (state: string, states: string) =>
    `--status: "${state}" is not a state; use one of ${states}`,
  badStance: (stance: string, stances: string, meant: string[]) =>
    `--stance: "${stance}" is not a stance; ${meant.length > 0 ? `did you mean "${meant.join('" or "')}"? ` : ""}Use one of ${stances}, or the words a response writes ("instämmer delvis")`,
  openAndClosed: "--open and --closed cannot be used together",
  answeredBy: "Responses",
  addressedTo: "Addressed to",
  questions: "Audit questions",
  gaps: "Not in the sources",
  planned: "(planned)",
  decided: "Decided",
  path: "Decision path",
  wrote: (file: string) => `Wrote ${file}`,
  exists: (file: string) =>
    `${file} already exists; nothing was written. Use --force to replace it.`,
  existsNoForce: (file: string) =>
    `${file} already exists; a draft never replaces a file. Choose another --id or --output.`,
  notWritable: (file: string, reason: string) =>
    `Cannot write ${file}: ${reason}. Nothing was written.`,
  writeFailures: {
    symlink: "it is a symbolic link, which Spårbar does not write through",
    "not-file": "it is not a regular file",
    "read-only": "the file is read-only",
    permission: "permission denied (is the folder read-only?)",
    "disk-full": "the disk is full",
    "no-folder": "the folder does not exist",
  },
  readFailures: {
    permission: "permission denied",
    folder: "it is a folder, not a file",
  } as Record<string, string>,
  cannotRead: (file: string, reason: string) => `${file}: cannot be read: ${reason}`,
  noneClosed: (day: string) =>
    `No recommendation is closed as of ${day}. Closed means implemented as the auditors found, no longer relevant, or declined by the body; every other one is open.`,
  noneOverdue: (day: string) =>
    `Nothing is overdue as of ${day}: no open recommendation has a date passed without report or a measure a source calls late.`,
  flag: "Note",
  wouldChange: (file: string) => `${file} is not formatted`,
  formatted: (n: number) => `${n} ${n === 1 ? "file" : "files"} formatted`,
  allFormatted: (n: number) => `${n} ${n === 1 ? "file is" : "files are"} formatted`,
  cannotFormat: (file: string) =>
    `${file} has errors; fix them before formatting (run sparbar check)`,
  corpusHasErrors:
    "The corpus has errors; run `sparbar check` to see them. The results below leave out the files with errors.",
  badLang: (value: string) => `--lang must be sv or en, not "${value}"`,
  badDayOption: (option: string, reason: string) => `${option}: ${reason}`,
  changesNeedFrom: "changes needs --from, the first day of the period",
  fromAfterTo: (from: string, to: string) => `--from ${from} is after --to ${to}`,
  changesHeading: (from: string, to: string) => `Changes from ${from} to ${to}, both included`,
  none: "none",
  assessNeeds: "assess needs the recommendation (e.g. SR-2023-81/R3), --result and --in",
  createdAudit: (file: string, day: string) =>
    `Wrote ${file}, a follow-up audit with the assessment. As of ${day}:`,
  addedTo: (file: string, day: string) => `Added the assessment to ${file}. As of ${day}:`,
  badWithin: (value: string) =>
    `--within: "${value}" is not a length of time; write e.g. 30d, 6w or 3m`,
  badDay: (option: string) => `${option}: write a day as YYYY-MM-DD`,
  badKind: "--kind must be audit or response",
  badFormat: (formats: string) => `--format must be one of ${formats}`,
  noSuchPath: (path: string) => `${path}: no such file or folder`,
  noSuchFile: (file: string) => `${file}: no such file`,
  folderOutside: (path: string, root: string) => `${path}: a folder outside the corpus (${root})`,
  notSource: (path: string, root: string) =>
    `${path} is not a source file of the corpus at ${root}`,
  importNeedsFile: "give the file to import",
  importNeedsOrg: "import needs --org",
  showNeedsId: "give the id to show, e.g. SR-2023-81/R3",
  draftNeeds: "draft needs --audit and --body",
  exportNeedsId: "give the id of the response to export, e.g. ASN-2024-2039",
  exportTakesNoId: (format: string) => `export --format ${format} takes no id`,
  measuresNeedCsv: "--measures goes with --format csv",
  importedAudit: (recommendations: number, questions: number) =>
    `Found ${recommendations} recommendations and ${questions} audit questions.`,
  withoutAddressee: (n: number) => `${n} ${n === 1 ? "has" : "have"} no addressee: fill them in.`,
  importedResponse: (sections: number, measures: number) =>
    `Found ${sections} sections and ${measures} dated measures.`,
  reviewDraft: (file: string) =>
    `Review the draft against the source, then run sparbar check ${file}`,
  importNothing: (file: string, kind: "audit" | "response") =>
    `${file}: found no ${kind === "audit" ? "recommendations" : "sections per recommendation"} to import; no draft was written.\n  Hint: check that the file is the report or response itself (not a page that only links to it), or give --kind ${kind === "audit" ? "response" : "audit"} if it is the other kind.`,
  importKind: (kind: "audit" | "response", confidence: number, given: boolean) =>
    given
      ? `Read as ${kind === "audit" ? "an audit report" : "a response"} (as given).`
      : `Read as ${kind === "audit" ? "an audit report" : "a response"} (a guess, confidence ${confidence.toFixed(2)}).`,
  importNotFound: (items: string[]) => `Not found: ${items.join(", ")}; fill them in in the draft.`,
  importCopy: (id: string, file: string) =>
    `This looks like ${id} (${file}), already in the corpus: the same date and title, or the same recommendations. Keep one of them; check warns while both are there.`,
  importDamaged: (what: string) =>
    `The text looks damaged (${what}); compare every item with the original.`,
  importMissing: {
    title: "title",
    date: "date",
    diary: "diary number",
    questions: "audit questions",
    body: "responding body",
    stances: "stances",
    measures: "dated measures",
  },
};

export type Messages = typeof en;
