/**
 * Every problem Spårbar reports, by permanent code. Codes never change meaning once published;
 * new problems get new codes. Each entry says what went wrong and what to do about it, in Swedish
 * and English.
 */
import type { Bilingual } from "../labels.ts";

export type Severity = "error" | "warning";

interface Entry {
  severity: Severity;
  /** One line: what is wrong. */
  title: Bilingual;
  /** What the writer of the file should do. */
  hint: Bilingual;
}

function defineCatalogue<const T extends Record<string, Entry>>(entries: T): T {
  return entries;
}

export const catalogue = defineCatalogue({
  "file-unreadable": {
    severity: "error",
    title: {
      sv: "Filen går inte att läsa",
      en: "The file cannot be read",
    },
    hint: {
      sv: "Kontrollera att filen finns och att du har rätt att läsa den.",
      en: "Check that the file exists and that you may read it.",
    },
  },
  "file-too-large": {
    severity: "error",
    title: {
      sv: "Filen är större än vad Spårbar läser",
      en: "The file is larger than Spårbar reads",
    },
    hint: {
      sv: "Dela upp dokumentet, eller flytta bilagor ut ur källfilen.",
      en: "Split the document, or move attachments out of the source file.",
    },
  },
  "file-binary": {
    severity: "error",
    title: {
      sv: "Filen är inte text",
      en: "The file is not text",
    },
    hint: {
      sv: "Spårbar läser Markdown- och YAML-textfiler. Konvertera dokumentet med `sparbar import`.",
      en: "Spårbar reads Markdown and YAML text files. Convert the document with `sparbar import`.",
    },
  },
  "encoding-utf16": {
    severity: "error",
    title: {
      sv: "Filen är sparad som UTF-16, inte UTF-8",
      en: "The file is UTF-16, not UTF-8",
    },
    hint: {
      sv: "Spara filen som UTF-8 (i de flesta redigerare: Spara som… → Kodning → UTF-8).",
      en: "Save the file as UTF-8 (in most editors: Save as… → Encoding → UTF-8).",
    },
  },
  "encoding-invalid-utf8": {
    severity: "error",
    title: {
      sv: "Filen är inte giltig UTF-8",
      en: "The file is not valid UTF-8",
    },
    hint: {
      sv: "Spara filen som UTF-8. Filer sparade som Latin-1 eller Windows-1252 förstör å, ä och ö.",
      en: "Save the file as UTF-8. Files saved as Latin-1 or Windows-1252 break å, ä and ö.",
    },
  },
  "file-name-mismatch": {
    severity: "error",
    title: {
      sv: "Filnamnet följer inte dokumentets id",
      en: "The file name does not follow the document's id",
    },
    hint: {
      sv: "Döp filen efter sitt id: `<id>.md`, i organisationens mapp.",
      en: "Name the file after its id: `<id>.md`, in the folder of its organisation.",
    },
  },
  "front-matter-missing": {
    severity: "error",
    title: {
      sv: "Filen saknar front matter",
      en: "The file has no front matter",
    },
    hint: {
      sv: "Börja filen med en rad `---`, YAML-fälten och ännu en rad `---`.",
      en: "Start the file with a line `---`, the YAML fields, and another line `---`.",
    },
  },
  "front-matter-unclosed": {
    severity: "error",
    title: {
      sv: "Front matter avslutas aldrig",
      en: "The front matter is not closed",
    },
    hint: {
      sv: "Avsluta YAML-delen med en rad som bara innehåller `---`.",
      en: "End the YAML front matter with a line that holds only `---`.",
    },
  },
  "yaml-syntax": {
    severity: "error",
    title: {
      sv: "YAML-texten går inte att tolka",
      en: "The YAML cannot be parsed",
    },
    hint: {
      sv: "Kontrollera indrag och citattecken här; sätt citattecken kring text som innehåller `: ` eller `#`.",
      en: "Check indentation and quoting near this place; quote text that contains `: ` or `#`.",
    },
  },
  "yaml-duplicate-key": {
    severity: "error",
    title: {
      sv: "En YAML-nyckel förekommer två gånger",
      en: "A YAML key appears twice",
    },
    hint: {
      sv: "Ta bort en av nycklarna; bara ett värde kan gälla.",
      en: "Remove one of the two keys; only one value can hold.",
    },
  },
  "yaml-directive": {
    severity: "error",
    title: {
      sv: "YAML-direktiv är inte tillåtna",
      en: "YAML directives are not allowed",
    },
    hint: {
      sv: "Ta bort raden `%YAML`/`%TAG`: Spårbar läser bara YAML 1.2, där yes/no är text.",
      en: "Remove the `%YAML`/`%TAG` line: Spårbar reads YAML 1.2 only, where yes/no are text.",
    },
  },
  "yaml-alias": {
    severity: "error",
    title: {
      sv: "YAML-ankare och alias är inte tillåtna",
      en: "YAML anchors and aliases are not allowed",
    },
    hint: {
      sv: "Skriv ut värdet i sin helhet där det används.",
      en: "Write the value out in full where it is used.",
    },
  },
  "yaml-tag": {
    severity: "error",
    title: {
      sv: "YAML-taggar är inte tillåtna",
      en: "YAML tags are not allowed",
    },
    hint: {
      sv: "Ta bort `!taggen`; skriv vanlig text, tal, listor och mappar.",
      en: "Remove the `!tag`; write plain text, numbers, lists and maps.",
    },
  },
  "schema-missing-field": {
    severity: "error",
    title: {
      sv: "Ett obligatoriskt fält saknas",
      en: "A required field is missing",
    },
    hint: {
      sv: "Lägg till fältet; JSON Schema i packages/core/schemas beskriver vad det ska innehålla.",
      en: "Add the field; see the JSON Schema in packages/core/schemas for what it holds.",
    },
  },
  "schema-unknown-field": {
    severity: "error",
    title: {
      sv: "Fältet ingår inte i formatet",
      en: "The field is not part of the format",
    },
    hint: {
      sv: "Kontrollera stavningen av fältnamnet, eller ta bort fältet.",
      en: "Check the spelling of the field name, or remove it.",
    },
  },
  "schema-invalid-type": {
    severity: "error",
    title: {
      sv: "Värdet har fel typ",
      en: "The value has the wrong type",
    },
    hint: {
      sv: "Skriv den sorts värde som fältet väntar sig (text, lista, mapp, true/false).",
      en: "Write the kind of value the field expects (text, list, map, true/false).",
    },
  },
  "schema-invalid-value": {
    severity: "error",
    title: {
      sv: "Värdet är inte ett av de tillåtna",
      en: "The value is not one of the allowed values",
    },
    hint: {
      sv: "Använd ett av värdena som meddelandet räknar upp.",
      en: "Use one of the values listed in the message.",
    },
  },
  "schema-invalid-id": {
    severity: "error",
    title: {
      sv: "Id:t är inte giltigt",
      en: "The id is not valid",
    },
    hint: {
      sv: "Id skrivs med ASCII-bokstäver, siffror och bindestreck, som `SR-2023-81` eller `asn`, högst 64 tecken.",
      en: "Ids are ASCII letters, digits and dashes, like `SR-2023-81` or `asn`, at most 64 characters.",
    },
  },
  "schema-invalid": {
    severity: "error",
    title: {
      sv: "Värdet är inte giltigt",
      en: "The value is not valid",
    },
    hint: {
      sv: "Se meddelandet för vad fältet väntar sig.",
      en: "See the message for what the field expects.",
    },
  },
  "period-unparseable": {
    severity: "error",
    title: {
      sv: "Datumet eller perioden går inte att läsa",
      en: "The date or period cannot be read",
    },
    hint: {
      sv: "Skriv ett ISO-datum (2025-05-31, 2025-05, 2025-Q2, 2025-H1, 2025-T2, 2025) eller en svensk fras som `den 31 maj 2025`, `i januari 2025`, `under 2025`, `hösten 2025`.",
      en: "Write an ISO date (2025-05-31, 2025-05, 2025-Q2, 2025-H1, 2025-T2, 2025) or a Swedish phrase such as `den 31 maj 2025`, `i januari 2025`, `under 2025`, `hösten 2025`.",
    },
  },
  "period-impossible": {
    severity: "error",
    title: {
      sv: "Datumet finns inte",
      en: "The date does not exist",
    },
    hint: {
      sv: "Kontrollera dag, vecka och månad: till exempel finns varken 2024-02-30 eller vecka 53 2025.",
      en: "Check the day, week and month: for example neither 2024-02-30 nor week 53 of 2025 exists.",
    },
  },
  "period-ambiguous": {
    severity: "error",
    title: {
      sv: "Perioden är tvetydig",
      en: "The period is ambiguous",
    },
    hint: {
      sv: "Säg vilken period som avses, till exempel `vintern 2023/2024`.",
      en: "Say which period is meant, for example `vintern 2023/2024`.",
    },
  },
  "yaml-too-deep": {
    severity: "error",
    title: {
      sv: "Front matter är för djupt nästlad",
      en: "The front matter is nested too deeply",
    },
    hint: {
      sv: "Front matter behöver bara några nivåer av listor och mappar; Spårbar läser högst 100.",
      en: "Front matter needs only a few levels of lists and maps; Spårbar reads at most 100.",
    },
  },
  "markdown-too-deep": {
    severity: "error",
    title: {
      sv: "Markdown-texten är för djupt nästlad",
      en: "The Markdown is nested too deeply",
    },
    hint: {
      sv: "Gör listorna eller citaten plattare; Spårbar läser högst 100 nivåer.",
      en: "Flatten the lists or quotes; Spårbar reads at most 100 levels of nesting.",
    },
  },
  "section-unknown-recommendation": {
    severity: "error",
    title: {
      sv: "Avsnittsrubriken nämner en rekommendation som de besvarade granskningarna inte har",
      en: "The section heading names a recommendation that the answered audits do not have",
    },
    hint: {
      sv: "Börja rubriken med rekommendationens id så som granskningen skriver det, t.ex. `## R3 …`.",
      en: "Start the heading with the recommendation's id as the audit gives it, e.g. `## R3 …`.",
    },
  },
  "section-ambiguous-recommendation": {
    severity: "error",
    title: {
      sv: "Rekommendationens id finns i mer än en besvarad granskning",
      en: "The recommendation id exists in more than one answered audit",
    },
    hint: {
      sv: "Skriv granskningens id före: `## SR-2023-81 R3 …`.",
      en: "Put the audit id before it: `## SR-2023-81 R3 …`.",
    },
  },
  "section-duplicate": {
    severity: "error",
    title: {
      sv: "Rekommendationen besvaras två gånger i det här svaret",
      en: "The recommendation is answered twice in this response",
    },
    hint: {
      sv: "Behåll ett avsnitt per rekommendation.",
      en: "Keep one section per recommendation.",
    },
  },
  "stance-unknown": {
    severity: "error",
    title: {
      sv: "Ställningstagandet är inte ett som Spårbar känner till",
      en: "The stance is not one Spårbar knows",
    },
    hint: {
      sv: "Skriv `Ställningstagande: instämmer`, `instämmer delvis`, `instämmer inte` eller `inget ställningstagande`.",
      en: "Write `Ställningstagande: instämmer`, `instämmer delvis`, `instämmer inte` or `inget ställningstagande`.",
    },
  },
  "stance-duplicate": {
    severity: "error",
    title: {
      sv: "Avsnittet anger sitt ställningstagande två gånger",
      en: "The section states its stance twice",
    },
    hint: {
      sv: "Behåll en rad `Ställningstagande:` per avsnitt.",
      en: "Keep one `Ställningstagande:` line per section.",
    },
  },
  "stance-missing": {
    severity: "warning",
    title: {
      sv: "Avsnittet anger inget ställningstagande",
      en: "The section states no stance",
    },
    hint: {
      sv: "Lägg till en rad `Ställningstagande: instämmer` (eller `instämmer delvis`, `instämmer inte`).",
      en: "Add a line `Ställningstagande: instämmer` (or `instämmer delvis`, `instämmer inte`).",
    },
  },
  "report-unknown-status": {
    severity: "error",
    title: {
      sv: "Det rapporterade läget är inte ett som Spårbar känner till",
      en: "The reported state is not one Spårbar knows",
    },
    hint: {
      sv: "Börja med `Rapporterat: Genomfört`, `Pågår`, `Delvis genomfört` eller `Ej påbörjat`, eller ange läget inom parentes: `Rapporterat (pågår): …`.",
      en: "Start with `Rapporterat: Genomfört`, `Pågår`, `Delvis genomfört` or `Ej påbörjat`, or give it in brackets: `Rapporterat (pågår): …`.",
    },
  },
  "measure-no-due": {
    severity: "warning",
    title: {
      sv: "Åtgärden saknar tidpunkt",
      en: "The measure has no due date",
    },
    hint: {
      sv: "Avsluta raden med ` — ` och när den ska vara klar, t.ex. `— den 31 maj 2025` eller `— hösten 2025`.",
      en: "End the line with ` — ` and when it is due, e.g. `— den 31 maj 2025` or `— hösten 2025`.",
    },
  },
  "measure-due-before-response": {
    severity: "warning",
    title: {
      sv: "Åtgärdens tidpunkt hade passerat när svaret gavs",
      en: "The measure's date had passed when the response was given",
    },
    hint: {
      sv: "Säg vad som blev av den: bocka i den (`- [x]`) och skriv `Genomförd:` med när den genomfördes, eller ge en ny tidpunkt efter ` — `. Spårbar kallar den varken försenad eller passerad förrän ett dokument säger vad som hände.",
      en: "Say what became of it: tick it (`- [x]`) and write `Genomförd:` with when it was done, or give a new date after ` — `. Spårbar calls it neither late nor passed until a document says what happened.",
    },
  },
  "measure-reported-in-unknown": {
    severity: "error",
    title: {
      sv: "Åtgärden sägs vara rapporterad i ett svar som inte finns",
      en: "The measure is said to be reported in a response that does not exist",
    },
    hint: {
      sv: "Skriv id:t för ett tidigare svar från samma organisation efter `Rapporterad i:`, t.ex. `Rapporterad i: ASN-2024-2039`.",
      en: "Give the id of an earlier response of the same organisation after `Rapporterad i:`, e.g. `Rapporterad i: ASN-2024-2039`.",
    },
  },
  "report-unknown-body": {
    severity: "error",
    title: {
      sv: "Rapporten gäller ett organ som organisationen inte har",
      en: "The report is for a body the organisation does not have",
    },
    hint: {
      sv: "Skriv ett organs id eller namn från organisation.yaml efter `Rapporterat för`, t.ex. `Rapporterat för hr: Genomfört.`",
      en: "Give a body id or name from organisation.yaml after `Rapporterat för`, e.g. `Rapporterat för hr: Genomfört.`",
    },
  },
  "measure-unknown-body": {
    severity: "error",
    title: {
      sv: "Åtgärden återrapporteras till ett organ som organisationen inte har",
      en: "The measure reports to a body the organisation does not have",
    },
    hint: {
      sv: "Använd ett organs id från organisationens organisation.yaml.",
      en: "Use a body id from the organisation's organisation.yaml.",
    },
  },
  "measure-unknown-reference": {
    severity: "error",
    title: {
      sv: "Åtgärden följer upp en åtgärd som inte finns",
      en: "The measure follows up a measure that does not exist",
    },
    hint: {
      sv: "Hänvisa till en tidigare åtgärd som `<svarets id>/<rekommendationens id>/<nummer>`; `sparbar show` listar dem.",
      en: "Refer to an earlier measure as `<response id>/<recommendation id>/<number>`; `sparbar show` lists them.",
    },
  },
  "placeholder-left": {
    severity: "error",
    title: {
      sv: "En platshållare finns kvar i texten",
      en: "A placeholder is left in the text",
    },
    hint: {
      sv: "Ersätt platshållaren `[[…]]` med den riktiga texten innan svaret går till nämnden.",
      en: "Replace the `[[…]]` placeholder with the real text before the response goes to the committee.",
    },
  },
  "recommendation-unanswered": {
    severity: "warning",
    title: {
      sv: "En rekommendation till det här organet är obesvarad",
      en: "A recommendation to this body is not answered",
    },
    hint: {
      sv: "Lägg till ett avsnitt `## <id> …` med ställningstagande och åtgärder.",
      en: "Add a section `## <id> …` with a stance and measures for it.",
    },
  },
  "duplicate-id": {
    severity: "error",
    title: {
      sv: "Id:t används två gånger",
      en: "The id is used twice",
    },
    hint: {
      sv: "Ge varje dokument, organ, fråga och rekommendation ett eget id.",
      en: "Give each document, body, question and recommendation its own id.",
    },
  },
  "unknown-organisation": {
    severity: "error",
    title: {
      sv: "Organisationen är okänd",
      en: "The organisation is not known",
    },
    hint: {
      sv: "Lägg till audits/<organisation>/organisation.yaml, eller rätta organisationens id.",
      en: "Add audits/<organisation>/organisation.yaml, or correct the organisation id.",
    },
  },
  "organisation-mismatch": {
    severity: "error",
    title: {
      sv: "Filen ligger i en annan organisations mapp",
      en: "The file lies in another organisation's folder",
    },
    hint: {
      sv: "Flytta filen till sin organisations mapp, eller rätta fältet `organisation`.",
      en: "Move the file to the folder of its organisation, or correct the `organisation` field.",
    },
  },
  "unknown-body": {
    severity: "error",
    title: {
      sv: "Organet är inte ett av organisationens organ",
      en: "The body is not one of the organisation's bodies",
    },
    hint: {
      sv: "Använd ett id från organisationens organisation.yaml, eller lägg till organet där.",
      en: "Use an id from the organisation's organisation.yaml, or add the body there.",
    },
  },
  "unknown-audit": {
    severity: "error",
    title: {
      sv: "Granskningen finns inte i materialet",
      en: "The audit is not in the corpus",
    },
    hint: {
      sv: "Kontrollera granskningens id, eller lägg till granskningen under audits/<organisation>/.",
      en: "Check the audit id, or add the audit under audits/<organisation>/.",
    },
  },
  "unknown-recommendation": {
    severity: "error",
    title: {
      sv: "Rekommendationen ingår inte i den granskningen",
      en: "The recommendation is not part of that audit",
    },
    hint: {
      sv: "Jämför rekommendationens id med granskningens `recommendations`.",
      en: "Check the recommendation id against the audit's `recommendations`.",
    },
  },
  "unknown-goal": {
    severity: "error",
    title: {
      sv: "Målet är inte ett av planens mål",
      en: "The goal is not one of the plan's goals",
    },
    hint: {
      sv: "Använd ett id från planens `goals`.",
      en: "Use an id from the plan's `goals`.",
    },
  },
  "not-addressed-to-body": {
    severity: "error",
    title: {
      sv: "Rekommendationen är inte riktad till det organ som svarar",
      en: "The recommendation is not addressed to the responding body",
    },
    hint: {
      sv: "Ett organ svarar bara på det som riktas till det (eller det som det samordnar); kontrollera `to` i granskningen.",
      en: "A body answers only what is addressed to it (or what it coordinates); check `to` in the audit.",
    },
  },
  "date-order": {
    severity: "error",
    title: {
      sv: "Datumen kommer i en omöjlig ordning",
      en: "The dates are in an impossible order",
    },
    hint: {
      sv: "Kontrollera datumen: ett svar kan inte beslutas innan granskningen det besvarar har lämnats.",
      en: "Check the dates: a response cannot be decided before the audit it answers was issued.",
    },
  },
  "section-heading-unread": {
    severity: "warning",
    title: {
      sv: "Texten ser ut som en avsnittsrubrik men läses inte som en",
      en: "The text looks like a section heading but is not read as one",
    },
    hint: {
      sv: "Ett avsnitt börjar med en rubrik på nivå två som inleds med rekommendationens id, med stora bokstäver: `## R4 …`. Fet text och andra rubriknivåer läses inte.",
      en: "A section starts with a level-two heading that begins with the recommendation's id in capitals: `## R4 …`. Bold text and other heading levels are not read.",
    },
  },
  "label-unread": {
    severity: "warning",
    title: {
      sv: "Raden ser ut som en rad som Spårbar läser, men skrivs inte så",
      en: "The line looks like one Spårbar reads, but is not written that way",
    },
    hint: {
      sv: "Skriv ordet exakt som i README, följt av kolon: `Ställningstagande: …`, `Rapporterat: …`, `Återrapporteras till: …`, `Följer upp: …`, `Genomförd: …`.",
      en: "Write the word exactly as README gives it, followed by a colon: `Ställningstagande: …`, `Rapporterat: …`, `Återrapporteras till: …`, `Följer upp: …`, `Genomförd: …`.",
    },
  },
  "measure-unread": {
    severity: "warning",
    title: {
      sv: "Texten ser ut som en åtgärd men läses inte som en",
      en: "The text looks like a measure but is not read as one",
    },
    hint: {
      sv: "En åtgärd är en punkt i en lista direkt under avsnittets rubrik, med kryssruta och tidpunkt: `- [ ] Rutinen fastställs — senast den 30 september 2025` (`- [x]` när den är genomförd).",
      en: "A measure is an item of a list right under the section's heading, with a checkbox and a due date: `- [ ] Rutinen fastställs — senast den 30 september 2025` (`- [x]` once done).",
    },
  },
  "measure-due-twice": {
    severity: "error",
    title: {
      sv: "Åtgärden har två tidpunkter",
      en: "The measure has two due dates",
    },
    hint: {
      sv: "Behåll en tidpunkt efter ` — `. Har datumet flyttats, skriv en ny åtgärd i ett senare svar med `Följer upp:` den gamla.",
      en: "Keep one due date after ` — `. If the date has moved, write a new measure in a later response with `Följer upp:` the old one.",
    },
  },
  "response-no-sections": {
    severity: "warning",
    title: {
      sv: "Svaret besvarar ingen rekommendation",
      en: "The response answers no recommendation",
    },
    hint: {
      sv: "Lägg till ett avsnitt `## R1 …` per rekommendation. Finns svarets text inte att tillgå, skriv `content: summary` (bara vad ett annat dokument säger om det) eller `content: none`, och säg varför under `gaps`.",
      en: "Add a section `## R1 …` per recommendation. If the response's text is not available, write `content: summary` (only what another document says of it) or `content: none`, and say why under `gaps`.",
    },
  },
  "markdown-html-dropped": {
    severity: "warning",
    title: {
      sv: "HTML i texten visas inte på webbplatsen",
      en: "HTML in the text is not shown on the site",
    },
    hint: {
      sv: "Spårbar visar aldrig rå HTML, så texten i den försvinner från sidan. Skriv texten som vanlig Markdown utan taggar och kommentarer.",
      en: "Spårbar never shows raw HTML, so the text inside it is lost from the page. Write the text as plain Markdown, without tags or comments.",
    },
  },
  "markdown-image-dropped": {
    severity: "warning",
    title: {
      sv: "Bilden visas inte på webbplatsen",
      en: "The image is not shown on the site",
    },
    hint: {
      sv: "Webbplatsen visar inga bilder och hämtar inget från andra webbplatser. Skriv det bilden visar som text, eller länka till den med en vanlig länk.",
      en: "The site shows no images and fetches nothing from other sites. Write what the image shows as text, or link to it with a plain link.",
    },
  },
  "link-broken": {
    severity: "warning",
    title: {
      sv: "Länken leder ingenstans på webbplatsen",
      en: "The link leads nowhere on the site",
    },
    hint: {
      sv: "Länka med en fullständig adress (`https://…`); en relativ sökväg eller ett `#ankare` som dokumentet inte har fungerar inte på sidan.",
      en: "Link with a full address (`https://…`); a relative path, or a `#anchor` the document does not have, does not work on the page.",
    },
  },
  "yaml-comment-in-value": {
    severity: "warning",
    title: {
      sv: "Texten efter `#` läses som en YAML-kommentar och försvinner",
      en: "The text after `#` is read as a YAML comment and is lost",
    },
    hint: {
      sv: 'Sätt citattecken kring värdet (`title: "Ärende #12"`); en kommentar skrivs med mellanslag efter `#`.',
      en: 'Put the value in quotes (`title: "Ärende #12"`); a comment is written with a space after `#`.',
    },
  },
  "pasted-email": {
    severity: "warning",
    title: {
      sv: "Texten innehåller e-post: ett brevhuvud eller en adress",
      en: "The text holds e-mail: a message header or an address",
    },
    hint: {
      sv: "Ta bort brevhuvuden (Från, Skickat, Till, Ämne) och e-postadresser; allt i filen kan publiceras.",
      en: "Remove message headers (From, Sent, To, Subject) and e-mail addresses; everything in the file may be published.",
    },
  },
  "pasted-table-row": {
    severity: "warning",
    title: {
      sv: "Raden innehåller tabbtecken, som en rad inklistrad från Excel",
      en: "The line holds tab characters, like a row pasted from Excel",
    },
    hint: {
      sv: "Skriv tabellen som en Markdown-tabell (`| a | b |`) eller som text; tabbar syns inte på sidan.",
      en: "Write the table as a Markdown table (`| a | b |`) or as text; tabs do not show on the page.",
    },
  },
  "pasted-hyphenation": {
    severity: "warning",
    title: {
      sv: "Ett ord är avstavat som i en PDF",
      en: "A word is hyphenated as in a PDF",
    },
    hint: {
      sv: "Skriv ihop ordet (`rekommen- dationer` → `rekommendationer`); ett bindestreck följt av mellanslag behålls bara före och, eller, samt.",
      en: "Join the word (`rekommen- dationer` → `rekommendationer`); a hyphen followed by a space is kept only before och, eller, samt.",
    },
  },
  "file-not-read": {
    severity: "warning",
    title: {
      sv: "Filen ligger bland källfilerna men läses inte",
      en: "The file lies among the sources but is not read",
    },
    hint: {
      sv: "Spårbar läser `<id>.md` och `organisation.yaml`, med små bokstäver i filändelsen. Byt namn på filen, eller flytta den ut ur audits/ och responses/.",
      en: "Spårbar reads `<id>.md` and `organisation.yaml`, with a lower-case extension. Rename the file, or move it out of audits/ and responses/.",
    },
  },
  "date-in-future": {
    severity: "warning",
    title: {
      sv: "Dokumentet är daterat långt fram i tiden",
      en: "The document is dated far in the future",
    },
    hint: {
      sv: "Kontrollera årtalet: ett beslut eller en granskning ligger sällan mer än ett år fram i tiden.",
      en: "Check the year: a decision or an audit rarely lies more than a year ahead.",
    },
  },
});

export type DiagnosticCode = keyof typeof catalogue;
