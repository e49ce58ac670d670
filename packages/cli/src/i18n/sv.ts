import { columnHeadings } from "@sparbar/core";
import type { Messages } from "./en.ts";

/** The CLI's own words in Swedish. */
export const sv: Messages = {
  intro: "sparbar – följ granskningars rekommendationer från rapport till resultat.",
  usageLine: "sparbar <kommando> [flaggor]",
  usage: "Användning",
  commands: "Kommandon",
  options: "Flaggor",
  exitCodes:
    "Slutkoder: 0 allt väl, 1 problem hittades eller arbetet avbröts, 2 felaktig användning.",
  seeHelp: (command) => `Kör \`sparbar ${command} --help\` för att se hur kommandot används.`,
  unknownCommand: (name) => `Det finns inget kommando "${name}".`,
  unknownOption: (option, meant) =>
    `${option} är ingen flagga för det här kommandot${meant.length > 0 ? `; menade du ${meant.join(" eller ")}?` : ""}`,
  missingValue: (option) => `${option} behöver ett värde`,
  unexpectedArgument: (argument) =>
    `"${argument}": kommandot tar inga argument utöver sina flaggor`,
  noCorpus: (root) =>
    `Ingen korpus hittades: varken ${root} eller någon mapp ovanför har audits/ eller responses/. Kör sparbar i en korpus, eller ange --root.`,
  noRoot: (root) => `--root: ${root} finns inte`,
  globalOptions: [
    [
      "--root KATALOG",
      "korpusen: en katalog med audits/ och responses/ (standard: $SPARBAR_ROOT, annars söks den uppåt härifrån)",
    ],
    ["--json", "skriv resultatet som JSON"],
    ["--lang sv|en", "språk för utskriften (standard: enligt LANG)"],
    ["--help", "visa hjälp"],
    ["--version", "visa versionen"],
  ],
  internalError:
    "Spårbar råkade ut för ett internt fel. Felet ligger i Spårbar, inte i dina filer; rapportera det gärna med texten nedan.",
  error: "fel",
  warning: "varning",
  hint: "tips",
  checked: (files) => `${files} ${files === 1 ? "fil" : "filer"} kontrollerade`,
  problems: (errors, warnings) =>
    `${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}`,
  noProblems: "inga problem",
  moreProblems: (n: number, file: string) =>
    `… och ${n} problem till i ${file} (--json visar alla)`,
  ...columnHeadings("sv"),
  loading: "Läser",
  response: "Svar",
  late: "försenad",
  passedNoReport: "passerad, ingen rapport sedan dess",
  daysLeft: (n) => (n === 0 ? "i dag" : n > 0 ? `om ${n} dagar` : `för ${-n} dagar sedan`),
  noRows: "Inget matchar.",
  rows: (n) => `${n} ${n === 1 ? "rad" : "rader"}`,
  asOf: (day) => `per ${day}`,
  notFound: (id, meant = []) =>
    `Inget i korpusen har id "${id}".${meant.length > 0 ? ` Menade du ${meant.join(" eller ")}?` : ""}`,
  diaryNumber: "Diarienummer",
  ambiguous: (id, where) => `"${id}" finns i flera organisationer (${where}); lägg till --org.`,
  timeline: "Tidslinje",
  status: "Läge",
  measures: "Åtgärder",
  passed: "Passerade tidpunkter",
  reported: "Rapporterat",
  reportedBy: (names) => `rapporterat av ${names}`,
  badState: (state, states) => `--status: "${state}" är inget läge; använd något av ${states}`,
  badStance: (stance, stances, meant) =>
    `--stance: "${stance}" är inget ställningstagande; ${meant.length > 0 ? `menade du "${meant.join('" eller "')}"? ` : ""}Använd något av ${stances}, eller orden ett svar skriver ("instämmer delvis")`,
  openAndClosed: "--open och --closed kan inte användas tillsammans",
  answeredBy: "Svar",
  addressedTo: "Riktad till",
  questions: "Revisionsfrågor",
  // Gaps are written in English (the site marks them so too).
  gaps: "Saknas i källorna (antecknat på engelska)",
  planned: "(planerat)",
  decided: "Beslutad",
  path: "Beslutsgång",
  wrote: (file) => `Skrev ${file}`,
  exists: (file) => `${file} finns redan; inget skrevs. Använd --force för att ersätta filen.`,
  existsNoForce: (file) =>
    `${file} finns redan; ett utkast ersätter aldrig en fil. Välj ett annat --id eller --output.`,
  notWritable: (file, reason) => `Kan inte skriva ${file}: ${reason}. Inget skrevs.`,
  writeFailures: {
    symlink: "den är en symbolisk länk, och Spårbar skriver aldrig genom en sådan",
    "not-file": "den är ingen vanlig fil",
    "read-only": "filen är skrivskyddad",
    permission: "behörighet saknas (är mappen skrivskyddad?)",
    "disk-full": "disken är full",
    "no-folder": "mappen finns inte",
  },
  readFailures: {
    permission: "behörighet saknas",
    folder: "det är en mapp, inte en fil",
  },
  cannotRead: (file, reason) => `${file}: kan inte läsas: ${reason}`,
  noneClosed: (day) =>
    `Ingen rekommendation är avslutad per ${day}. Avslutad betyder genomförd enligt revisorerna, inte längre aktuell eller avböjd av nämnden; alla andra är öppna.`,
  noneOverdue: (day) =>
    `Inget är passerat per ${day}: ingen öppen rekommendation har ett datum som passerat utan rapport eller en åtgärd som en källa säger är försenad.`,
  flag: "Notering",
  wouldChange: (file) => `${file} är inte formaterad`,
  formatted: (n) => `${n} ${n === 1 ? "fil" : "filer"} formaterade`,
  allFormatted: (n) => `${n} ${n === 1 ? "fil är" : "filer är"} formaterade`,
  cannotFormat: (file) => `${file} har fel; rätta dem innan formatering (kör sparbar check)`,
  corpusHasErrors:
    "Korpusen har fel; kör `sparbar check` för att se dem. Resultatet nedan utelämnar filerna med fel.",
  badLang: (value) => `--lang ska vara sv eller en, inte "${value}"`,
  badDayOption: (option, reason) => `${option}: ${reason}`,
  changesNeedFrom: "changes behöver --from, periodens första dag",
  fromAfterTo: (from, to) => `--from ${from} ligger efter --to ${to}`,
  changesHeading: (from, to) => `Ändringar från ${from} till ${to}, båda dagarna medräknade`,
  none: "inga",
  assessNeeds: "assess behöver rekommendationen (t.ex. SR-2023-81/R3), --result och --in",
  createdAudit: (file, day) =>
    `Skrev ${file}, en uppföljande granskning med bedömningen. Per ${day}:`,
  addedTo: (file, day) => `Lade till bedömningen i ${file}. Per ${day}:`,
  badWithin: (value) => `--within: "${value}" är ingen tidslängd; skriv t.ex. 30d, 6w eller 3m`,
  badDay: (option) => `${option}: skriv en dag som ÅÅÅÅ-MM-DD`,
  badKind: "--kind ska vara audit eller response",
  badFormat: (formats) => `--format ska vara något av ${formats}`,
  noSuchPath: (path) => `${path}: filen eller mappen finns inte`,
  noSuchFile: (file) => `${file}: filen finns inte`,
  folderOutside: (path, root) => `${path}: en mapp utanför korpusen (${root})`,
  notSource: (path, root) => `${path} är ingen källfil i korpusen i ${root}`,
  importNeedsFile: "ange filen som ska importeras",
  importNeedsOrg: "import behöver --org",
  showNeedsId: "ange id:t som ska visas, t.ex. SR-2023-81/R3",
  draftNeeds: "draft behöver --audit och --body",
  exportNeedsId: "ange id:t för svaret som ska exporteras, t.ex. ASN-2024-2039",
  exportTakesNoId: (format) => `export --format ${format} tar inget id`,
  measuresNeedCsv: "--measures används med --format csv",
  importedAudit: (recommendations, questions) =>
    `Hittade ${recommendations} rekommendationer och ${questions} revisionsfrågor.`,
  withoutAddressee: (n) => `${n} saknar mottagare: fyll i dem.`,
  importedResponse: (sections, measures) =>
    `Hittade ${sections} avsnitt och ${measures} daterade åtgärder.`,
  reviewDraft: (file) => `Granska utkastet mot källan och kör sparbar check ${file}`,
  importNothing: (file, kind) =>
    `${file}: hittade inga ${kind === "audit" ? "rekommendationer" : "avsnitt per rekommendation"} att importera; inget utkast skrevs.\n  Tips: kontrollera att filen är rapporten eller svaret självt (inte en sida som bara länkar till det), eller ange --kind ${kind === "audit" ? "response" : "audit"} om den är av det andra slaget.`,
  importKind: (kind, confidence, given) =>
    given
      ? `Läst som ${kind === "audit" ? "granskningsrapport" : "svar"} (angivet).`
      : `Läst som ${kind === "audit" ? "granskningsrapport" : "svar"} (gissning, säkerhet ${confidence.toFixed(2)}).`,
  importNotFound: (items) => `Hittade inte: ${items.join(", ")}; fyll i dem i utkastet.`,
  importCopy: (id, file) =>
    `Det här ser ut att vara ${id} (${file}), som redan finns i korpusen: samma datum och titel, eller samma rekommendationer. Behåll ett av dem; check varnar så länge båda finns.`,
  importDamaged: (what) => `Texten ser skadad ut (${what}); jämför varje uppgift med originalet.`,
  importMissing: {
    title: "titel",
    date: "datum",
    diary: "diarienummer",
    questions: "revisionsfrågor",
    body: "svarande nämnd",
    stances: "ställningstaganden",
    measures: "daterade åtgärder",
  },
};
