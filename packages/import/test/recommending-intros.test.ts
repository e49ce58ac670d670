import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textBlocks } from "../src/index.ts";
import { reportRead } from "./helpers/report-read.ts";
import { recommendationsRead } from "./helpers/two-committees.ts";

function recommendations(text: string) {
  return recommendationsRead(text).map((r) => [r.text, r.to.map((b) => b.name)]);
}

describe("a recommending sentence cut at its 'att' over items that begin with the body", () => {
  it("reads each item as a recommendation to the bodies it begins with, whoever recommends (property)", () => {
    const intros = fc.constantFrom(
      "Vi rekommenderar att:",
      "Revisorerna rekommenderar därför att:",
      "Utifrån granskningen föreslår vi att:",
      "Revisionen rekommenderar att:",
    );
    fc.assert(
      fc.property(intros, (intro) => {
        const text = [
          "Granskning av tillsynen över ställföreträdare",
          "",
          "Rekommendationer",
          "",
          intro,
          "- överförmyndarnämnden inför en rutin för stickprov i årsräkningarna",
          "- socialnämnden och överförmyndarnämnden tar fram en gemensam plan för informationsutbyte",
          "",
        ].join("\n");
        expect(recommendations(text)).toEqual([
          [
            "överförmyndarnämnden inför en rutin för stickprov i årsräkningarna",
            ["Överförmyndarnämnden"],
          ],
          [
            "socialnämnden och överförmyndarnämnden tar fram en gemensam plan för informationsutbyte",
            ["Socialnämnden", "Överförmyndarnämnden"],
          ],
        ]);
      }),
    );
  });

  it("reads the items on a page printed as one line, and takes the next chapter's prose for none", () => {
    const text = [
      "Granskning av tillsynen",
      "3 1 Sammanfattning Vi har granskat tillsynen. Rekommendationer Vi rekommenderar att: - överförmyndarnämnden inför en rutin för stickprov i årsräkningarna - socialnämnden i sin årsredovisning redogör för samverkan med nämnden Ekby kommun 3 av 8",
      "4 2 Bakgrund Kommunen ska enligt lag ha en överförmyndare. Nämnden ska enligt reglementet utöva tillsyn. Ekby kommun 4 av 8",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      [
        "överförmyndarnämnden inför en rutin för stickprov i årsräkningarna",
        ["Överförmyndarnämnden"],
      ],
      ["socialnämnden i sin årsredovisning redogör för samverkan med nämnden", ["Socialnämnden"]],
    ]);
  });
});

describe("a body by the short name the report gives it in parentheses", () => {
  const bodies = [
    { id: "khn", name: "Konsthögskolan i Norrby", kind: "agency" },
    { id: "departementet", name: "Kulturdepartementet", kind: "ministry" },
    { id: "rr", name: "Riksrevisionen", kind: "auditors" },
  ];
  const read = (text: string) =>
    reportRead(text, { id: "s", bodies }, "revisionsrapport.txt").recommendations.map((r) => [
      r.text,
      r.to.map((b) => b.name),
    ]);

  it("reads 'rekommenderar att KHN …' and a conditional '… bör KHN …' as recommendations to that body", () => {
    const text = [
      "Revisionsrapport",
      "",
      "1 Revisionsrapport Riksrevisionen har granskat Konsthögskolans (KHN) hantering av inköp. Sammanfattning Granskningen visar brister i attesten.",
      "",
      "2 1. Attest av fakturor Iakttagelse Fakturor attesteras av den som beställt. Rekommendation Riksrevisionen rekommenderar att KHN skiljer beställning från attest. Om det inte går med nuvarande bemanning bör KHN införa en kontroll i efterhand av attesterade fakturor. 2. Avtal Iakttagelse Avtal saknas. Rekommendation Riksrevisionen rekommenderar att KHN varje år går igenom ramavtalen.",
      "",
    ].join("\n");
    const college = ["Konsthögskolan i Norrby"];
    expect(read(text)).toEqual([
      ["Riksrevisionen rekommenderar att KHN skiljer beställning från attest.", college],
      [
        "Om det inte går med nuvarande bemanning bör KHN införa en kontroll i efterhand av attesterade fakturor.",
        college,
      ],
      ["Riksrevisionen rekommenderar att KHN varje år går igenom ramavtalen.", college],
    ]);
  });

  it("gives no short name to a parenthesis after words that name no body, nor to a number", () => {
    const text = [
      "Revisionsrapport",
      "",
      "Riksrevisionen har granskat inköpen (HKN) och avtalen (2025). Riksrevisionen rekommenderar att HKN inför en rutin för avtal.",
      "",
    ].join("\n");
    expect(read(text)).toEqual([
      ["Riksrevisionen rekommenderar att HKN inför en rutin för avtal.", []],
    ]);
  });

  it("reads 'myndigheten' after the recommending verb as the agency audited, never the auditors", () => {
    const agencies = [
      { id: "vv", name: "Statens vägverk", kind: "agency" },
      { id: "rr", name: "Riksrevisionen", kind: "auditors" },
    ];
    const text = [
      "Revisionsrapport",
      "",
      "Riksrevisionen har granskat Statens vägverk. Riksrevisionen rekommenderar vidare att myndigheten dokumenterar sina avstämningar.",
      "",
    ].join("\n");
    const found = reportRead(text, { id: "v", bodies: agencies }).recommendations.map((r) => [
      r.text,
      r.to.map((b) => b.name),
    ]);
    expect(found).toEqual([
      [
        "Riksrevisionen rekommenderar vidare att myndigheten dokumenterar sina avstämningar.",
        ["Statens vägverk"],
      ],
    ]);
  });
});

describe("a risk table flattened into one line", () => {
  it("cuts each row at its risk level and reads the last cell as the recommendation, to the bodies it names (property)", () => {
    const levels = fc.constantFrom("Hög", "Medel", "Låg");
    fc.assert(
      fc.property(levels, levels, (first, second) => {
        const text = [
          "Granskning av arkivering",
          "",
          `4 3. Iakttagelser och risker Nr Observation Risk Rekommendation 1 Arkivbeskrivningen är inte uppdaterad sedan 2018. ${first} Socialnämnden bör uppdatera arkivbeskrivningen. 2 Leveranser till slutarkivet görs inte. I stickprov saknades 7 av 20 akter. ${second} Socialnämnden och överförmyndarnämnden bör gemensamt ta fram en leveransplan. Ekby kommun 2026 4`,
          "",
        ].join("\n");
        expect(recommendations(text)).toEqual([
          ["Socialnämnden bör uppdatera arkivbeskrivningen.", ["Socialnämnden"]],
          [
            "Socialnämnden och överförmyndarnämnden bör gemensamt ta fram en leveransplan.",
            ["Socialnämnden", "Överförmyndarnämnden"],
          ],
        ]);
      }),
    );
  });

  it("still cuts a paragraph before an inline 'Rekommendation 2' after a heading's words", () => {
    const blocks = textBlocks(
      "Iakttagelser och åtgärder Rekommendation 1 Socialnämnden bör se över rutinen. Rekommendation 2 Socialnämnden bör följa upp avtalen.",
    );
    expect(blocks.map((b) => b.text)).toEqual([
      "Iakttagelser och åtgärder",
      "Rekommendation 1 Socialnämnden bör se över rutinen.",
      "Rekommendation 2 Socialnämnden bör följa upp avtalen.",
    ]);
  });
});

describe("a table of control questions whose cells wrap over several lines", () => {
  it("reads each row's recommendation, joined over its lines, and none from a row that says it has none", () => {
    const text = [
      "Uppföljande granskning av socialnämndens ärendehantering",
      "",
      "3. Bedömning",
      "Våra rekommendationer till socialnämnden framgår av tabellen nedan.",
      "",
      "4. Kontrollfrågor",
      "Kontrollfråga",
      "Iakttagelse",
      "Rekommendation",
      "Finns det rutiner för",
      "diarieföring av",
      "ärenden?",
      "Rutinerna är antagna",
      "men inte kända.",
      "Sprida rutinerna för diarieföring",
      "till samtliga enheter.",
      "Följs handläggningstiderna?",
      "Ja, i stort sett.",
      "Ingen rekommendation lämnas.",
      "Görs uppföljning av",
      "besluten?",
      "Nej.",
      "Anta en plan för",
      "uppföljning av besluten",
      "under våren.",
      "Ekby kommun                      4 av 5",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      ["Sprida rutinerna för diarieföring till samtliga enheter.", ["Socialnämnden"]],
      ["Anta en plan för uppföljning av besluten under våren.", ["Socialnämnden"]],
    ]);
  });
});

describe("a recommending verb after a wish", () => {
  it("reads 'Vi vill (också) uppmana/rekommendera X att …' as a recommendation to X (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Vi", "Revisorerna"),
        fc.constantFrom("", "också ", "därför "),
        fc.constantFrom("uppmana", "rekommendera", "föreslå"),
        (who, adverb, verb) => {
          const sentence = `${who} vill ${adverb}${verb} socialnämnden att tillsammans med överförmyndarnämnden se över rutinen för anmälningar.`;
          expect(recommendations(`Granskning av samverkan\n\n${sentence}\n`)).toEqual([
            [sentence, ["Socialnämnden"]],
          ]);
        },
      ),
    );
  });
});

describe("items that each begin with a body, run together after a colon without marks or stops", () => {
  it("cuts them where a capitalised body's name and its verb begin the next, not after 'och' or 'till'", () => {
    const text = [
      "Granskning av tillsynen",
      "",
      "Sammanfattning Tillsynen brister i flera avseenden. För att utveckla verksamheten bör följande rekommendationer prioriteras: Överförmyndarnämnden inför stickprov i årsräkningarna och rapporterar resultatet till Socialnämnden varje år Socialnämnden och överförmyndarnämnden tar fram en rutin för anmälningar 3",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      [
        "Överförmyndarnämnden inför stickprov i årsräkningarna och rapporterar resultatet till Socialnämnden varje år",
        ["Överförmyndarnämnden"],
      ],
      [
        "Socialnämnden och överförmyndarnämnden tar fram en rutin för anmälningar",
        ["Socialnämnden", "Överförmyndarnämnden"],
      ],
    ]);
  });
});

describe("a page printed as one line whose chapter number reads as a list's mark", () => {
  it("takes 'Inledning 1.1. Bakgrund …' for no recommendation under an open list", () => {
    const text = [
      "Granskning av tillsynen",
      "",
      "Vi lämnar följande rekommendationer: Socialnämnden bör ta fram en rutin för anmälningar.",
      "1. Inledning 1.1. Bakgrund Revisorerna har beslutat att granska tillsynen. Socialnämnden ska enligt reglementet ansvara för den.",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      ["Socialnämnden bör ta fram en rutin för anmälningar.", ["Socialnämnden"]],
    ]);
  });
});

describe("a recommending sentence cut at its 'att' at a line's end, over lines that end with commas", () => {
  it("reads each line as an item to the body named before 'att'", () => {
    const text = [
      "Granskning av tillsynen",
      "",
      "Vi lämnar tre rekommendationer. Vi rekommenderar socialnämnden att",
      "ta fram en rutin för anmälningar till överförmyndaren,",
      "följa upp rutinen varje år,",
      "redovisa uppföljningen för nämnden i samband med bokslutet.",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      ["ta fram en rutin för anmälningar till överförmyndaren", ["Socialnämnden"]],
      ["följa upp rutinen varje år", ["Socialnämnden"]],
      ["redovisa uppföljningen för nämnden i samband med bokslutet.", ["Socialnämnden"]],
    ]);
  });

  it("keeps a sentence wrapped at its 'att' one sentence", () => {
    const text = [
      "Granskning av tillsynen",
      "",
      "Vi rekommenderar socialnämnden att",
      "ta fram en rutin för anmälningar till överförmyndaren och följa upp den",
      "varje år.",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      [
        "Vi rekommenderar socialnämnden att ta fram en rutin för anmälningar till överförmyndaren och följa upp den varje år.",
        ["Socialnämnden"],
      ],
    ]);
  });
});

describe("items numbered inside a recommending sentence, after its 'att'", () => {
  it("reads 'X rekommenderas att 1. a 2. b 3. c' and 'att 1) a, 2) b och 3) c' as one recommendation each", () => {
    const dotted =
      "Socialnämnden rekommenderas att 1. ta fram en rutin för anmälningar 2. följa upp rutinen varje år 3. redovisa uppföljningen för nämnden. Granskningen avser 2026.";
    expect(recommendations(`Granskning av tillsynen\n\n${dotted}\n`)).toEqual([
      ["ta fram en rutin för anmälningar", ["Socialnämnden"]],
      ["följa upp rutinen varje år", ["Socialnämnden"]],
      ["redovisa uppföljningen för nämnden.", ["Socialnämnden"]],
    ]);
    const bracketed =
      "Vi rekommenderar överförmyndarnämnden att 1) ta fram en rutin för stickprov, 2) följa upp rutinen varje år och 3) redovisa resultatet för nämnden.";
    expect(recommendations(`Granskning av tillsynen\n\n${bracketed}\n`)).toEqual([
      ["ta fram en rutin för stickprov", ["Överförmyndarnämnden"]],
      ["följa upp rutinen varje år", ["Överförmyndarnämnden"]],
      ["redovisa resultatet för nämnden.", ["Överförmyndarnämnden"]],
    ]);
  });
});

describe("an addressee read with words that are not its own", () => {
  it("is narrowed to the bodies its words name, and 'Nämnden för …' stays a name of its own", () => {
    const text = [
      "Granskning av tillsynen",
      "",
      "Bedömning",
      "",
      "Vi rekommenderar därutöver socialnämnden och överförmyndarnämnden gemensamt att ta fram en rutin för anmälningar.",
      "",
      "I socialnämndens protokoll bör beslutsunderlagen anges för varje ärende.",
      "",
      "Nämnden för tillsyn behöver se över sin delegationsordning.",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      [
        "Vi rekommenderar därutöver socialnämnden och överförmyndarnämnden gemensamt att ta fram en rutin för anmälningar.",
        ["Socialnämnden", "Överförmyndarnämnden"],
      ],
      [
        "I socialnämndens protokoll bör beslutsunderlagen anges för varje ärende.",
        ["Socialnämnden"],
      ],
      ["Nämnden för tillsyn behöver se över sin delegationsordning.", []],
    ]);
  });
});

describe("a generic word for an English body, and a lead of words before 'at'", () => {
  const read = (text: string, names: string[]) =>
    reportRead(
      text,
      {
        id: "o",
        bodies: names.map((name) => ({ id: name.toLowerCase(), name, kind: "committee" })),
      },
      "report.txt",
    ).recommendations.map((r) => [r.text, r.to.map((b) => b.name)]);

  it("reads 'the Division should:' as the division the report audits", () => {
    const text = [
      "Audit of the Division of Harbour Leases",
      "",
      "Recommendations",
      "",
      "To improve lease collections, the Division should:",
      "- reconcile lease payments with the ledger every month",
      "- review expired leases at least quarterly",
      "",
    ].join("\n");
    expect(read(text, ["Division of Harbour Leases", "State Auditor"])).toEqual([
      ["reconcile lease payments with the ledger every month", ["Division of Harbour Leases"]],
      ["review expired leases at least quarterly", ["Division of Harbour Leases"]],
    ]);
  });

  it("reads 'anbefaler i tillegg at kontrollutvalget …' as a recommendation to the committee", () => {
    const sentence =
      "Revisjonen anbefaler i tillegg at kontrollutvalget ber om en skriftlig tilbakemelding innen juni.";
    expect(read(`Forvaltningsrevisjon\n\n${sentence}\n`, ["Kontrollutvalget", "Bystyret"])).toEqual(
      [[sentence, ["Kontrollutvalget"]]],
    );
  });
});

describe("an intro after a page header and a heading run into its line, over items without marks", () => {
  it("reads the items to the intro's body up to where the auditors speak again, and reads on there", () => {
    const text = [
      "Granskning av tillsynen",
      "",
      "7 Granskning av tillsynen 2026 5.2 Våra rekommendationer Mot bakgrund av granskningen rekommenderar vi socialnämnden att: Ta fram en rutin för anmälningar till överförmyndaren. Följa upp rutinen varje år. Vi rekommenderar även överförmyndarnämnden att redovisa antalet anmälningar i årsredovisningen. Ekby den 2 oktober 2026 Anna Berg",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      ["Ta fram en rutin för anmälningar till överförmyndaren.", ["Socialnämnden"]],
      ["Följa upp rutinen varje år.", ["Socialnämnden"]],
      [
        "Vi rekommenderar även överförmyndarnämnden att redovisa antalet anmälningar i årsredovisningen.",
        ["Överförmyndarnämnden"],
      ],
    ]);
  });
});

describe("a supervisor's announced orders, across a page's footer", () => {
  it("reads 'følgende pålegg' over items with 'må', the footer between them ending no list", () => {
    const bodies = [
      { id: "ekvik", name: "Ekvik kommune", kind: "municipality" },
      { id: "sf", name: "Statsforvalteren i Nordland", kind: "auditors" },
    ];
    const text = [
      "Tilsynsrapport",
      "",
      "4 Varsel om pålegg",
      "Vi varsler at vi vil gi Ekvik kommune følgende pålegg om retting:",
      "1. Ekvik kommune må sørge for at vedtak om skoleskyss fattes innen tre uker.",
      "2. Ekvik kommune må sørge for at vedtakene begrunnes skriftlig.",
      "",
      "Statsforvalteren i Nordland                                   Side 4 av 6",
      "",
      "3. Ekvik kommune må sørge for at foreldrene får informasjon om klageadgang.",
      "",
      "Vi tar sikte på å sette frist for retting til 1. mars 2028.",
      "",
    ].join("\n");
    const found = reportRead(text, { id: "e", bodies }).recommendations.map((r) => [
      r.text,
      r.to.map((b) => b.name),
    ]);
    expect(found).toEqual([
      [
        "Ekvik kommune må sørge for at vedtak om skoleskyss fattes innen tre uker.",
        ["Ekvik kommune"],
      ],
      ["Ekvik kommune må sørge for at vedtakene begrunnes skriftlig.", ["Ekvik kommune"]],
      [
        "Ekvik kommune må sørge for at foreldrene får informasjon om klageadgang.",
        ["Ekvik kommune"],
      ],
    ]);
  });
});

describe("headings naming whom the recommendations below them are to", () => {
  it("reads 'Till socialnämnden' under a recommendations heading as the items' addressee, and keeps the section", () => {
    const text = [
      "Granskning av tillsynen",
      "",
      "5.2 Revisorernas rekommendationer",
      "",
      "Revisorerna lämnar tre rekommendationer.",
      "",
      "Till socialnämnden",
      "",
      "1. Ta fram en rutin för anmälningar till överförmyndaren.",
      "",
      "Till överförmyndarnämnden",
      "",
      "2. Inför stickprov i årsräkningarna.",
      "3. Redovisa antalet anmälningar i årsredovisningen.",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      ["Ta fram en rutin för anmälningar till överförmyndaren.", ["Socialnämnden"]],
      ["Inför stickprov i årsräkningarna.", ["Överförmyndarnämnden"]],
      ["Redovisa antalet anmälningar i årsredovisningen.", ["Överförmyndarnämnden"]],
    ]);
  });
});

describe("an injunction's intro without a colon", () => {
  it("reads the numbered demands after '… förelägger X att senast … vidta nedanstående åtgärder' as to X, and the text after them for none", () => {
    const text = [
      "Beslut efter uppföljning",
      "",
      "Inspektionens ingripande",
      "Inspektionen förelägger med stöd av 26 kap. 10 § skollagen Social-",
      "nämnden i Ekby kommun att senast den 1 mars 2028 vidta",
      "nedanstående åtgärder",
      "1. Se till att anmälningar utreds skyndsamt.",
      "2. Se till att besluten dokumenteras.",
      "Redovisningen ska ske skriftligt och ange vilka åtgärder som har vidtagits.",
      "",
    ].join("\n");
    expect(recommendations(text)).toEqual([
      ["Se till att anmälningar utreds skyndsamt.", ["Socialnämnden"]],
      ["Se till att besluten dokumenteras.", ["Socialnämnden"]],
    ]);
  });
});
