import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerSegments, inlineItems, placesIn } from "../src/answer-segments.ts";
import { textBlocks } from "../src/text-blocks.ts";
import { responseRead } from "./helpers/report-read.ts";

const organisation = { id: "k", bodies: [{ id: "ks", name: "Kommunstyrelsen" }] };
const sectionsOf = (text: string) => responseRead(text, organisation).sections;

const recommendations = [
  "dokumentera alla direktupphandlingar över 100 000 kronor",
  "utbilda samtliga beställare i upphandlingsreglerna",
  "inrätta en central funktion för godkännande",
  "redovisa avtalstroheten varje år",
];
const answers = {
  agrees: ["Kommunstyrelsen håller med revisorerna.", "Här håller styrelsen helt med revisorerna."],
  "partly-agrees": [
    "Styrelsen är bara delvis enig med revisorerna.",
    "Kommunstyrelsen instämmer delvis.",
  ],
  disagrees: [
    "Den säger styrelsen däremot nej till.",
    "Kommunstyrelsen delar inte revisorernas bedömning.",
  ],
} as const;
type Answered = keyof typeof answers;

/** The recommendations laid out one of several ways, and the answers after them. */
const layouts: Record<string, (items: string[], said: string[]) => string> = {
  "a dash list after an intro, answers by subject after it": (items, said) =>
    `Revisorernas rekommendationer till kommunstyrelsen:\n${items.map((i) => `- ${i}`).join("\n")}\n\nPå onsdagen antog kommunstyrelsen sitt svar.\n\n${said.join("\n\n")}\n`,
  "en-dash items run into a paragraph": (items, said) =>
    `Revisionen rekommenderade att kommunstyrelsen – ${items.join(" – ")}. Svaret är gjengitt nedenfor.\n\n${said.join("\n\n")}\n`,
  "lettered items in one sentence": (items, said) =>
    `The auditors made these recommendations: ${items.map((i, n) => `(${String.fromCharCode(97 + n)}) ${i}`).join("; ")}.\n\n${said.join("\n\n")}\n`,
  "a news item's fact box of recommending items under no intro, answers by subject": (
    items,
    said,
  ) =>
    `Fakta: Revisionens rekommendationer\n${items.map((i) => `- Kommunstyrelsen bör ${i}.`).join("\n")}\n\nUppföljning\n\n${said.join("\n\nAnnons\n\n")}\n`,
  "each recommendation under its label, its answer after it": (items, said) =>
    items.map((i, n) => `Recommendation: The board should ${i}.\n\n${said[n]}`).join("\n\n"),
};

describe("a response read by its answers, whatever its layout", () => {
  it("ties each stance to its recommendation in order, in every layout (property)", () => {
    const stances = fc.array(fc.constantFrom<Answered>("agrees", "partly-agrees", "disagrees"), {
      minLength: 2,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(layouts)),
        stances,
        fc.nat(1),
        (layout, wanted, variant) => {
          const items = recommendations.slice(0, wanted.length);
          const said = wanted.map((s) => answers[s][variant] as string);
          const text = `Svar på revisorernas granskning\n\n${(layouts[layout] as (i: string[], s: string[]) => string)(items, said)}`;
          const sections = answerSegments(textBlocks(text));
          expect(
            sections.map((s) => [s.number, s.stance?.stance]),
            layout,
          ).toEqual(wanted.map((s, n) => [n + 1, s]));
        },
      ),
    );
  });

  it("reads one stance said twice in a paragraph once, and an answer to both recommendations as two", () => {
    const text =
      "Svar\n\nRevisorernas rekommendationer\nÄrendeberedning\n• Kommunstyrelsen bör säkerställa att beslutsunderlagen redovisar kostnaderna.\n• Kommunstyrelsen bör fastställa tidsgränser för beredningen.\nExploatering\n• Kommunstyrelsen bör upprätta en samlad prognos per projekt.\n• Kommunstyrelsen bör tydliggöra ansvarsfördelningen i projekten.\n\nBedömning\n\nKontoret delar revisorernas bild att kostnaderna behöver framgå.\n\nKontoret ser inte behov av fasta gränser. Kontoret avstyrker därför den rekommendationen.\n\nKontoret instämmer i båda rekommendationerna.\n";
    expect(answerSegments(textBlocks(text)).map((s) => [s.number, s.stance?.stance])).toEqual([
      [1, "agrees"],
      [2, "disagrees"],
      [3, "agrees"],
      [4, "agrees"],
    ]);
  });

  it("gives an answer that names recommendations by letter or place to those", () => {
    const text =
      "The internal audit made three recommendations: (a) that orders are approved twice; (b) that repairs are inspected; and (c) that invoices are matched.\n\nThe service had accepted recommendations (a) and (c) in full.\n\nRecommendation (b) was not accepted.\n";
    expect(
      answerSegments(textBlocks(text)).map((s) => [s.number, s.text, s.stance?.stance]),
    ).toEqual([
      [1, "that orders are approved twice", "agrees"],
      [2, "that repairs are inspected", "disagrees"],
      [3, "that invoices are matched.", "agrees"],
    ]);
    expect(placesIn("Den tredje rekommendationen säger styrelsen nej till.")).toEqual([3]);
  });

  it("finds the report's own letters again in the answers, in any order, when list and answers share one paragraph (property)", () => {
    const stances = fc.array(fc.constantFrom<Answered>("agrees", "partly-agrees", "disagrees"), {
      minLength: 2,
      maxLength: 4,
    });
    fc.assert(
      fc.property(stances, fc.boolean(), fc.nat(1), (wanted, reversed, variant) => {
        const letter = (n: number) => String.fromCharCode(97 + n);
        const items = recommendations
          .slice(0, wanted.length)
          .map((r, n) => `${letter(n)}) att ${r}`);
        const order = wanted.map((_, n) => n);
        if (reversed) order.reverse();
        // "Angående c)" alone, its stance in the next sentence: the letter says whose it is.
        const said = order.map(
          (n) =>
            `Angående ${letter(n)}) Nämnden har gått igenom frågan. ${answers[wanted[n] as Answered][variant]}`,
        );
        const text = `Svar på revisorernas granskning\n\nRevisorerna lämnar följande rekommendationer till kommunstyrelsen: ${items.join(", ")}. Nämndens yttrande ${said.join(" ")}\n`;
        expect(answerSegments(textBlocks(text)).map((s) => [s.number, s.stance?.stance])).toEqual(
          wanted.map((s, n) => [n + 1, s]),
        );
      }),
    );
    expect(placesIn("Angående b) Nämnden instämmer.")).toEqual([2]);
    expect(placesIn("Se bilaga a) och b).")).toEqual([1, 2]);
    expect(placesIn("Punkten ba) gäller inte.")).toEqual([]);
  });

  it("opens no section for an answer without a recommendation before it, nor for a quotation", () => {
    const text =
      "Kommunstyrelsen håller med revisorerna i stort.\n\n– Vi håller med revisorerna, säger ordföranden.\n\nRevisorerna håller med om att arbetet har börjat.\n";
    expect(answerSegments(textBlocks(text))).toEqual([]);
  });

  it("reads an item list run into a paragraph up to where the text runs on", () => {
    expect(
      inlineItems(
        "Revisjonen anbefalte at kommunen – sikrer at fristene holdes – utarbeider en plan for tilsyn Rådmannens tilbakemelding er mottatt.",
      ),
    ).toEqual({
      intro: "Revisjonen anbefalte at kommunen",
      items: ["sikrer at fristene holdes", "utarbeider en plan for tilsyn"],
      after: "Rådmannens tilbakemelding er mottatt.",
    });
    // A hollow bullet flattened to the letter "o" marks the items as a dash would.
    expect(
      inlineItems(
        "Revisorerna rekommenderade i rapporten att nämnden: o reviderar bidragsreglerna o kontrollerar redovisningarna årligen o inför digitala ansökningar Nämndens svar följer nedan.",
      ),
    ).toEqual({
      intro: "Revisorerna rekommenderade i rapporten att nämnden:",
      items: [
        "reviderar bidragsreglerna",
        "kontrollerar redovisningarna årligen",
        "inför digitala ansökningar",
      ],
      after: "Nämndens svar följer nedan.",
    });
    // An answer that names recommendations by letter lists none.
    expect(
      inlineItems("The service had accepted recommendations (a) and (c) in full."),
    ).toBeUndefined();
  });

  it("replaces the layout readers' sections only where the answers open more, with their promises", () => {
    const text =
      "Svar på revisorernas granskning\n\nRevisorerna rekommenderar kommunstyrelsen att – dokumentera alla köp – utbilda beställarna. Svaret följer.\n\nDokumentation\n\nKommunstyrelsen håller med. Ett formulär ska vara i drift senast den 1 juni 2027.\n\nUtbildning\n\nKommunstyrelsen håller inte med.\n";
    expect(
      sectionsOf(text).map((s) => [s.number, s.text, s.stance, s.measures.map((m) => m.due?.end)]),
    ).toEqual([
      [1, "dokumentera alla köp", "agrees", ["2027-06-01"]],
      [2, "utbilda beställarna", "disagrees", []],
    ]);
  });

  it("reads a point the auditors' report numbers by its chapter as part of the recommendation, no place in the list", () => {
    const text =
      "Styrelsens utlåtande om utvärderingsberättelsen\n\nI punkt 3.2 rekommenderar revisionsnämnden att kommunen fastställer en plan för lokalerna.\n\nStyrelsen håller med revisionsnämnden. En plan antas i maj 2027.\n\nRevisionsnämnden rekommenderar i punkt 3.4 att avtalen samlas i ett register.\n\nStyrelsen håller med. Registret tas i bruk i oktober 2027.\n\nRevisionsnämnden noterar i punkt 4.1 att besöken har ökat.\n\nI punkt 4.3 rekommenderar revisionsnämnden att kommunen säljer fastigheten.\n\nStyrelsen delar inte revisionsnämndens bedömning.\n";
    expect(sectionsOf(text).map((s) => [s.number, s.text.slice(0, 40), s.stance])).toEqual([
      [1, "I punkt 3.2 rekommenderar revisionsnämnd", "agrees"],
      [2, "Revisionsnämnden rekommenderar i punkt 3", "agrees"],
      [3, "I punkt 4.3 rekommenderar revisionsnämnd", "disagrees"],
    ]);
    // A chapter's number ("point 4.2", "punkt 3.1") names no recommendation by its place.
    expect(placesIn("As point 4.2 of the report notes, the council agrees.")).toEqual([]);
    expect(placesIn("Revisjonen peker i punkt 3.1 på at avtalene mangler.")).toEqual([]);
    expect(placesIn("Till punkt 2: styrelsen håller med.")).toEqual([2]);
  });

  it("ends the last item of a flattened list where a label runs on into the answers", () => {
    const text =
      "Sak 12/27 Oppfølging av forvaltningsrevisjon Saksopplysningar: Revisjonen tilrår at kommunen:\n1. lagar ein plan for vedlikehald av bygga\n2. fører oversikt over alle leigeavtalar\n3. vurderer å selje bygg som står tomme Vurdering: Til punkt 1: Kommunedirektøren er samd i tilrådinga. Planen vert lagd fram i mars 2027. Til punkt 2: Kommunedirektøren er samd. Til punkt 3: Kommunedirektøren meiner det ikkje er grunnlag for å selje bygg no.\n";
    expect(sectionsOf(text).map((s) => [s.number, s.text, s.stance])).toEqual([
      [1, "lagar ein plan for vedlikehald av bygga", "agrees"],
      [2, "fører oversikt over alle leigeavtalar", "agrees"],
      [3, "vurderer å selje bygg som står tomme", "disagrees"],
    ]);
  });
});
