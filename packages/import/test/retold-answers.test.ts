import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportedResponse } from "../src/index.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

function response(text: string): ImportedResponse {
  return responseOfCommittee(text, { id: "socialnamnden", name: "Socialnämnden" }, "artikel.txt");
}

const recommendations = [
  "Nämnden bör införa en rutin för att rapportera ej verkställda beslut varje kvartal.",
  "Nämnden bör säkerställa att varje beviljad insats följs upp minst en gång per år.",
  "Nämnden bör överväga att placera handläggarna i samma enhet som verkställigheten.",
];

/** A news item: the recommendations in a fact box under a caption, then answers by subject. */
function newsItem(caption: string, between: string): string {
  return [
    "Nämnden svarar revisorerna",
    "",
    "Socialnämnden har lämnat sitt svar på revisionens granskning av handläggningen.",
    "",
    caption,
    ...recommendations.map((r) => `- ${r}`),
    "",
    "Rutin på plats",
    "",
    "Rapporteringen av ej verkställda beslut är redan på plats, och där håller nämnden med.",
    "",
    between,
    "",
    "När det gäller uppföljningen instämmer nämnden. Alla pågående insatser ska ha följts upp senast den 30 juni 2027.",
    "",
    "Förslaget att flytta handläggarna till verkställigheten säger nämnden däremot nej till.",
    "",
  ].join("\n");
}

describe("a news item that retells the recommendations and answers by subject", () => {
  it("opens a section for each item under a caption naming the recommendations, and reads the answers after a heading that names none by their words (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "Fakta: Revisionens rekommendationer",
          "Revisorernas rekommendationer",
          "Rekommendationerna",
        ),
        fc.constantFrom("Annons", "Övrigt"),
        (caption, between) => {
          const read = response(newsItem(caption, between));
          expect(read.sections.map((s) => [s.text, s.stance])).toEqual([
            [recommendations[0], "agrees"],
            [recommendations[1], "agrees"],
            [recommendations[2], "disagrees"],
          ]);
          expect(read.sections[1]?.measures.map((m) => m.due?.end)).toEqual(["2027-06-30"]);
        },
      ),
    );
  });

  it("lets a stance said to one recommendation by its subject outweigh one said of them all", () => {
    const text = [
      "Nämnden svarar revisorerna",
      "",
      "Revisionens rekommendationer",
      ...recommendations.map((r) => `- ${r}`),
      "",
      "Nämnden instämmer i revisorernas bedömning.",
      "",
      "Handläggarna i verkställigheten",
      "",
      "Där instämmer nämnden delvis i revisorernas bedömning.",
      "",
    ].join("\n");
    expect(response(text).sections.map((s) => s.stance)).toEqual([
      "agrees",
      "agrees",
      "partly-agrees",
    ]);
  });
});

describe("'Rekommendation N:' and 'Förvaltningens svar:' pairs on a meeting's page", () => {
  it("ends a recommendation at its line where the answer after it has no label, and reads a dated estimate after a step taken", () => {
    const text = [
      "Svar på revisionsrapport Granskning av elevhälsans arbete",
      "",
      "Rekommendation 1: Säkerställa att samtliga skolor har tillgång till skolpsykolog.",
      "Förvaltningens svar: Rekommendationen tillgodoses delvis. En ytterligare tjänst har utlysts och beräknas vara tillsatt den 1 mars 2027.",
      "",
      "Rekommendation 2: Införa ett gemensamt system för dokumentation av insatserna.",
      "Förvaltningen bedömer inte att ett nytt system behövs. En gemensam mall infördes i augusti 2026.",
      "",
    ].join("\n");
    const read = response(text);
    expect(read.sections.map((s) => [s.text, s.stance])).toEqual([
      ["Säkerställa att samtliga skolor har tillgång till skolpsykolog.", "partly-agrees"],
      ["Införa ett gemensamt system för dokumentation av insatserna.", "disagrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-03-01"],
      [],
    ]);
  });
});

describe("a summary's list of recommendations after a lead-in, answered in the comment after it", () => {
  it("opens a section for each item, none for the lead-in, and none for an answer that reads like a recommendation", () => {
    const text = [
      "Rådmannens kommentar til forvaltningsrevisjonen",
      "",
      "Sammendrag Undersøkelsen viser at mange søknader ble avgjort for sent. Revisjonen anbefaler at rådmannen: - sørger for at søknader med tre ukers frist blir avgjort innen fristen - sikrer at gebyret reduseres når fristen er overskredet",
      "",
      "Rådmannens kommentar Saksbehandlingstid Vi er enige i at for mange saker har tatt for lang tid. Målet er at fristen skal holdes i alle saker innen utgangen av juni 2027. Gebyr ved fristoverskridelse Rådmannen er enig med revisjonen. Endringen i systemet skal være på plass innen 1. mars 2027.",
      "",
    ].join("\n");
    const read = response(text);
    expect(read.sections.map((s) => s.text)).toEqual([
      "sørger for at søknader med tre ukers frist blir avgjort innen fristen",
      "sikrer at gebyret reduseres når fristen er overskredet",
    ]);
  });
});

describe("a meeting's page whose answers follow the recommendations it lists", () => {
  const text = (chair: string) =>
    [
      "1 Yttrande över revisionsrapport Hemtjänstens kontinuitet",
      "",
      "Ärendebeskrivning",
      "Revisorerna lämnar följande rekommendationer till socialnämnden:",
      "1. Mät hur många olika medarbetare varje brukare möter under en fjortondagarsperiod.",
      "2. Inför fasta hemtjänstlag med högst tio medarbetare per brukargrupp.",
      "",
      "Förvaltningen instämmer i revisorernas bedömning när det gäller mätningen av hur många medarbetare brukaren möter.",
      "",
      "Fasta hemtjänstlag är enligt förvaltningen inte möjliga att bemanna på landsbygden. Förvaltningen föreslår därför att rekommendationen inte genomförs.",
      "",
      chair,
      "Jag delar förvaltningens bedömning att fasta hemtjänstlag inte fungerar, men vi kommer att pröva mindre lag i tätorten under hösten 2027.",
      "",
    ].join("\n");

  it("gives a sentence that names no recommendation to the one the sentence before it answered, and reads nothing from the chair's statement after the answers", () => {
    for (const chair of ["Ordförandeutlåtande", "Ordförandens kommentar"]) {
      const read = response(text(chair));
      expect(read.sections.map((s) => s.stance)).toEqual(["agrees", "disagrees"]);
      expect(read.sections.flatMap((s) => s.measures)).toEqual([]);
    }
  });
});

describe("numbered recommendations, each with the committee's labelled comment under it", () => {
  it("gives each comment to the item above it, whatever words it shares with another, past a page's number run onto an item's line", () => {
    const text = [
      "Svar på granskning av överförmyndarnämndens tillsyn",
      "",
      "Revisorerna har begärt nämndens svar på tre rekommendationer. Nämnden lämnar följande yttrande.",
      "",
      "1. Nämnden bör säkerställa att förteckningar som inte kommit in i tid leder till påminnelse.",
      "Överförmyndarnämndens kommentar: Nämnden instämmer. En bevakningslista tas i bruk i april 2027.",
      "",
      "2. Nämnden bör besöka huvudmän med större tillgångar.",
      "Överförmyndarnämndens kommentar: Nämnden ser inte att hembesök är en uppgift för nämnden. Rekommendationen kommer inte att genomföras.",
      "",
      "2 3. Nämnden bör utbilda samtliga handläggare i granskning av fastighetsförsäljningar.",
      "Överförmyndarnämndens kommentar: Instämmer delvis. Två handläggare ska gå en utbildning under andra tertialet 2027.",
      "",
    ].join("\n");
    const read = response(text);
    expect(read.sections.map((s) => [s.number, s.text.slice(0, 30), s.stance])).toEqual([
      [1, "Nämnden bör säkerställa att fö", "agrees"],
      [2, "Nämnden bör besöka huvudmän me", "disagrees"],
      [3, "Nämnden bör utbilda samtliga h", "partly-agrees"],
    ]);
    expect(read.sections.map((s) => s.measures.map((m) => m.due?.end))).toEqual([
      ["2027-04-30"],
      [],
      ["2027-08-31"],
    ]);
  });
});

describe("a page's own dates after the answers", () => {
  it("takes 'Date modified:' and a '| Last modified:' field for the page's date, no promise (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "Date modified: 2026-11-06",
          "Posted in Internal Audit | Last modified: 2026-11-06",
          "Senast uppdaterad: 2026-11-06",
          "Last updated 6 November 2026",
        ),
        (stamp) => {
          const text = [
            "Management response to the audit of purchasing cards",
            "",
            "Recommendation 1: Reconcile each purchasing card statement every month.",
            "Management response: Agreed. Monthly reconciliation will start by 31 March 2027.",
            "",
            stamp,
            "",
          ].join("\n");
          expect(response(text).sections.flatMap((s) => s.measures.map((m) => m.due?.end))).toEqual(
            ["2027-03-31"],
          );
        },
      ),
    );
  });
});
