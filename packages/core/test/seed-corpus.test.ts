import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, formatLocation, openCorpus, queryRecommendations } from "../src/index.ts";
import { repoRoot } from "./helpers/fixtures.ts";

let corpus: Corpus;
beforeAll(async () => {
  corpus = await openCorpus(repoRoot);
});

function audit(organisation: string, id: string) {
  const found = corpus.index.audit(organisation, id);
  if (!found) throw new Error(`no audit ${organisation}/${id}`);
  return found.data;
}

function response(organisation: string, id: string) {
  const found = corpus.index.response(organisation, id);
  if (!found) throw new Error(`no response ${organisation}/${id}`);
  return found;
}

/** A document's body with its line breaks as spaces, to look for sentences wrapped in the file. */
function prose(loaded: { body: string }): string {
  return loaded.body.replace(/\s+/g, " ");
}

function subject(key: string) {
  const found = corpus.subject(key);
  if (!found) throw new Error(`no subject ${key}`);
  return found;
}

describe("the seed corpus", () => {
  it("loads without a single problem", () => {
    expect(corpus.diagnostics.map((d) => `${formatLocation(d)} ${d.code} ${d.message}`)).toEqual(
      [],
    );
  });

  it("holds the five seed documents and the documents they refer to", () => {
    expect(corpus.loaded.organisations.map((o) => o.data.id).sort()).toEqual(["malmo", "orebro"]);
    expect(corpus.loaded.audits.map((a) => a.data.id).sort()).toEqual([
      "SR-2023-81",
      "STK-2019-76",
      "fri-fran-vald-2022-2026",
      "granskning-hrv-2025",
      "granskning-vinr-2022",
    ]);
    expect(corpus.loaded.responses).toHaveLength(6);
  });
});

describe("Örebro: granskning av arbetet mot hedersrelaterat våld och förtryck (seed 004)", () => {
  it("has seven audit questions with the report's answers", () => {
    const data = audit("orebro", "granskning-hrv-2025");
    expect(data.questions).toHaveLength(7);
    expect(data.questions.map((q) => q.answer)).toEqual([
      "partly",
      "largely",
      "no",
      "no",
      "no",
      "largely",
      "no",
    ]);
  });

  it("has eight recommendations, four to kommunstyrelsen and four to socialnämnden", () => {
    const data = audit("orebro", "granskning-hrv-2025");
    expect(data.recommendations).toHaveLength(8);
    expect(data.recommendations.filter((r) => r.to.includes("kommunstyrelsen"))).toHaveLength(4);
    expect(data.recommendations.filter((r) => r.to.includes("socialnamnden"))).toHaveLength(4);
  });

  it("is dated 16 October 2025, written by EY for the city's auditors", () => {
    const data = audit("orebro", "granskning-hrv-2025");
    expect(data.date.start).toBe("2025-10-16");
    expect(data.firm).toBe("EY");
    expect(data.issued_by).toBe("stadsrevisionen");
  });

  it("keeps the recommendation text verbatim", () => {
    const data = audit("orebro", "granskning-hrv-2025");
    expect(data.recommendations[4]?.text).toBe(
      "Genomför kartläggning av förekomsten av våldsutsatta och våldsutövare, inklusive HRV, och analysera om utbudet av insatser svarar mot behoven i kommunen, i enlighet med Socialstyrelsens föreskrifter (HSLF-FS 2023:39).",
    );
  });

  it("records that the report gives no response deadline, and invents none", () => {
    const data = audit("orebro", "granskning-hrv-2025");
    expect(data.responses_due).toEqual([]);
    expect(data.gaps.join(" ")).toMatch(/no date by which/);
  });

  it("covers grundskolenämnden too, and gives section 2's facts and figures as the report does", () => {
    const found = corpus.index.audit("orebro", "granskning-hrv-2025");
    expect(found?.data.audited).toEqual(["kommunstyrelsen", "socialnamnden", "grundskolenamnden"]);
    const text = prose(found ?? { body: "" });
    expect(text).toContain("#### 2.2.1 Mål och styrdokument");
    expect(text).toContain(
      "Gruppen har i dagsläget 17 socialsekreterare, två gruppledare, tre administratörer och leds av en enhetschef.",
    );
    expect(text).toContain(
      "Inom enheten arbetar 41 socialsekreterare, fyra gruppledare och två administratörer.",
    );
    expect(text).toContain(
      "Verksamheten har idag nio medarbetare, varav samtliga kuratorer är utbildade socionomer.",
    );
    expect(text).toContain(
      "Kommunen har enligt avtalet rätt till åtta platser för kvinnor och barn i behov av skyddat boende.",
    );
    expect(text).toContain(
      "Under kommunstyrelsens trygghetsutskottets möte den 15 oktober 2024 fick kommunledningsförvaltningens säkerhetsavdelning i uppdrag",
    );
    expect(text).toContain(
      "⁸ Ink. införande av placeringsbeslut för medföljande barn från april 2024. Före dess endast vuxna.",
    );
    expect(text).toContain("- Tilläggsavtal till Avtal Kvinnohuset Örebro, 2025-06-12");
  });

  it("quotes the 2022 audit's nine recommendations and assesses three of them", () => {
    const earlier = audit("orebro", "granskning-vinr-2022");
    expect(earlier.recommendations).toHaveLength(9);
    const status = corpus.status(
      subject("orebro/granskning-vinr-2022/R6@socialnamnden"),
      "2025-12-31",
    );
    expect(status?.auditor).toBe("not-implemented");
    expect(
      corpus.status(subject("orebro/granskning-vinr-2022/R1@kommunstyrelsen"), "2025-12-31")
        ?.auditor,
    ).toBe("partly-implemented");
    expect(
      corpus.status(subject("orebro/granskning-vinr-2022/R1@kommunstyrelsen"), "2025-10-15")
        ?.auditor,
    ).toBe("not-assessed");
  });
});

describe("Malmö: SR-2023-81 and the committee's responses (seeds 001 and 000)", () => {
  it("has five recommendations, all to arbetsmarknads- och socialnämnden", () => {
    const data = audit("malmo", "SR-2023-81");
    expect(data.recommendations.map((r) => r.id)).toEqual(["R1", "R2", "R3", "R4", "R5"]);
    expect(data.recommendations.every((r) => r.to.join() === "asn")).toBe(true);
  });

  it("takes its title and documents from the responses, and says whose words they are", () => {
    const found = corpus.index.audit("malmo", "SR-2023-81");
    expect(found?.data.gaps.join(" ")).toMatch(/The report's own title is not given/);
    const text = prose(found ?? { body: "" });
    expect(text).toContain(
      "Enligt arbetsmarknads- och socialnämndens yttrande (ASN-2024-2039) har revisionen intervjuat totalt 23 personer",
    );
    expect(text).toContain(
      "- Bilaga - Arbetet mot hedersrelaterat våld och förtryck - fördjupad granskning, SR-2023-81",
    );
  });

  it("the 2024 response answers all five with the committee's stance", () => {
    const r = response("malmo", "ASN-2024-2039");
    expect(r.data.date.start).toBe("2024-03-14");
    expect(r.sections.map((s) => s.recommendation)).toEqual(["R1", "R2", "R3", "R4", "R5"]);
    // The general stance, except R3, where the committee "är positiv till" the broader approach.
    expect(r.sections.map((s) => s.stance)).toEqual([
      "partly-agrees",
      "partly-agrees",
      "agrees",
      "partly-agrees",
      "partly-agrees",
    ]);
  });

  it("the 2024 response keeps each promise where it makes it, and its R4 decision in its words", () => {
    const r = response("malmo", "ASN-2024-2039");
    const r1 = r.sections.find((s) => s.recommendation === "R1");
    expect(r1?.markdown).not.toContain("### Åtgärder");
    expect(r1?.markdown).toContain("#### Utbildningsinsatser");
    // The handbook is promised under "Förebyggande arbete", before "Stöd och förutsättningar …".
    const markdown = r1?.markdown ?? "";
    expect(markdown.indexOf("lansera en handbok")).toBeLessThan(
      markdown.indexOf("### Stöd och förutsättningar"),
    );
    expect(r1?.measures.map((m) => m.id)).toEqual([
      "ASN-2024-2039/R1/1",
      "ASN-2024-2039/R1/2",
      "ASN-2024-2039/R1/3",
    ]);
    expect(r1?.measures[2]?.text).toBe(
      "Översynen av kärnprocessernas användarvänlighet återrapporteras till nämnden",
    );
    const r4 = prose({ body: r.sections.find((s) => s.recommendation === "R4")?.markdown ?? "" });
    expect(r4).toContain(
      "Målsättningen är att detta ska leda till ökad följsamhet till processerna, vilket i sin tur leder till en ökad rättssäkerhet för Malmöbon.",
    );
  });

  it("the 2024 response's dated promises are measures with their words and due days", () => {
    const measures = response("malmo", "ASN-2024-2039").sections.flatMap((s) => s.measures);
    const due = Object.fromEntries(measures.map((m) => [m.due?.text, m.due?.end]));
    expect(due["innan sommaren 2024"]).toBe("2024-06-30");
    expect(due["den 31 maj 2024"]).toBe("2024-05-31");
    expect(due["i januari 2025"]).toBe("2025-01-31");
    expect(due["under mars-april 2024"]).toBe("2024-04-30");
    expect(due["under 2024–2025"]).toBe("2025-12-31");
  });

  it("the 2025 follow-up addresses two of the five recommendations", () => {
    const r = response("malmo", "asn-2025-11-20-uppfoljande-yttrande");
    expect(r.data.kind).toBe("follow-up-response");
    expect(r.sections.map((s) => s.recommendation)).toEqual(["R3", "R4"]);
    expect(r.data.path.map((p) => [p.step, p.date])).toEqual([
      ["preparation", "2025-10-29"],
      ["working-committee", "2025-11-06"],
      ["committee", "2025-11-20"],
    ]);
  });

  it("the follow-up keeps the source's words, its sections and its decision path", () => {
    const r = response("malmo", "asn-2025-11-20-uppfoljande-yttrande");
    // The source writes "välkomnande" twice; it is quoted so, not corrected.
    const text = prose(r);
    expect(text.match(/välkomnande revisionens granskning/g)).toHaveLength(2);
    expect(text).not.toContain("välkomnade");
    expect(text).toContain(
      "### Ny socialtjänstlag och ett samlat regelverk för ett socialtjänstdataregister",
    );
    expect(text).toContain("(Ds 2024:13) lämnat förslag på ett samlat regelverk");
    expect(text).toContain("En proposition väntas i december 2025.");
    expect(text).toContain("samtalsstöd till personer över 15 år genom Resursteam heder");
    const r3 = r.sections.find((s) => s.recommendation === "R3");
    expect(r3?.markdown).toContain("Ny socialtjänstlag");
    expect(r.sections.find((s) => s.recommendation === "R4")?.measures[0]?.text).toBe(
      "Förvaltningen planerar för att de nya orsakskoderna ska införas i systemet",
    );
    expect(r.data.officers.map((o) => `${o.name}, ${o.role}`)).toEqual([
      "Daniel Mattsson, Enhetschef",
      "Britt-Marie Pettersson, Förvaltningschef",
    ]);
  });

  it("the follow-up promises new dates: early 2026 and from 1 January 2026", () => {
    const measures = response("malmo", "asn-2025-11-20-uppfoljande-yttrande").sections.flatMap(
      (s) => s.measures,
    );
    expect(measures.map((m) => m.due?.text).filter(Boolean)).toEqual([
      "i början av 2026",
      "från den 1 januari 2026",
      "i början av 2026",
      "i början av 2026",
    ]);
  });

  it("R5 is planned in April 2024 and has passed its date without report once 31 May 2024 is over", () => {
    const r5 = subject("malmo/SR-2023-81/R5@asn");
    expect(corpus.status(r5, "2024-03-01")?.body).toBe("awaiting-response");
    expect(corpus.status(r5, "2024-04-15")?.body).toBe("measures-planned");
    expect(corpus.status(r5, "2024-05-31")?.body).toBe("measures-planned");
    const june = corpus.status(r5, "2024-06-01");
    expect(june?.body).toBe("measure-passed");
    expect(june?.passed.map((m) => [m.due.text, m.outcome])).toEqual([
      ["den 31 maj 2024", "passed"],
    ]);
  });

  it("self-reported and auditor-assessed status stay apart", () => {
    const rows = queryRecommendations(corpus, "2026-11-22", {
      organisation: "malmo",
      audit: "SR-2023-81",
    });
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.status.auditor).toBe("not-assessed");
  });
});

describe("Malmö: the council's assignment STK-2019-76 (seed 002)", () => {
  it("was due by the fourth quarter of 2022 and reported back on time", () => {
    const data = audit("malmo", "STK-2019-76");
    expect(data.responses_due[0]?.by?.end).toBe("2022-12-31");
    const u2 = subject("malmo/STK-2019-76/U2@asn");
    const status = corpus.status(u2, "2023-01-31");
    expect(status?.body).toBe("reported-done");
    expect(status?.passed).toEqual([]);
  });

  it("quotes the report-back as it is written, with its figures", () => {
    const r = response("malmo", "asn-2022-12-15-aterrapportering-stk-2019-76");
    const text = prose(r);
    // The proposal has no "till" before kommunfullmäktige; nothing is inserted.
    expect(text).toContain("samt att skicka den kommunfullmäktige.");
    expect(text).not.toContain("skicka den till");
    expect(text).toContain("godkände planen *Fri från våld – en gemensam angelägenhet* den 3 maj");
    expect(text).toContain("som godkändes av kommunfullmäktige 2022-03-03");
    expect(text).toContain("| 2021 | 700 000 kronor |");
    expect(text).toContain("| Hur nöjd är du med denna utbildning? | 4.28 av 5 |");
    expect(r.sections.map((s) => [s.recommendation, s.measures.length])).toEqual([
      ["U1", 3],
      ["U3", 0],
      ["U2", 0],
    ]);
    expect(r.sections[0]?.measures[0]?.text).toBe(
      "Tio grundutbildningstillfällen genomfördes juni-december 2021. Totalt deltog ca 1800 personer.",
    );
    expect(prose(corpus.index.audit("malmo", "STK-2019-76") ?? { body: "" })).toContain(
      "Statskontoret föreslog i sin utredning",
    );
  });
});

describe("Malmö: the plan Fri från våld and its mid-term follow-up (seed 003)", () => {
  it("has six goals and seven city-wide activities", () => {
    const data = audit("malmo", "fri-fran-vald-2022-2026");
    expect(data.goals).toHaveLength(6);
    expect(data.recommendations).toHaveLength(7);
    expect(data.recommendations.every((a) => a.goal)).toBe(true);
  });

  it("quotes the plan's vision, perspectives and goals' means as the follow-up gives them", () => {
    const plan = corpus.index.audit("malmo", "fri-fran-vald-2022-2026");
    expect(plan?.data.coordinator).toBe("asf");
    expect(plan?.data.goals[0]?.means).toBe(
      "Genom att: stärka barns rättigheter, utmana normer, utveckla det våldsförebyggande arbetet, stärka det tidiga stödet och skapa en trygg och inkluderande arbetsmiljö.",
    );
    const text = prose(plan ?? { body: "" });
    expect(text).toContain(
      "*I Malmö blir ingen utsatt för våld och alla får själv bestämma över sitt liv och sin kropp*",
    );
    expect(text).toContain(
      "barnperspektivet, könsperspektivet, grupper i behov av särskilt samhällsstöd, våldsutövare, arbetsgivarperspektivet, samverkan, samt våldsförebyggande arbete.",
    );
    expect(text).toContain(
      "Arbetsmarknads- och socialförvaltningen har kommunfullmäktiges uppdrag att samordna",
    );
  });

  it("the mid-term follow-up: its decision in full, recipients, statements and conclusion", () => {
    const r = response("malmo", "ASN-2025-2041");
    const text = prose(r);
    expect(text).toContain(
      "2. Arbetsmarknads- och socialnämnden skickar rapporten Halvtidsuppföljning av planen Fri från våld- en gemensam angelägenhet 2022-2026 vidare till kommunstyrelsen.",
    );
    expect(r.data.to).toEqual(["kommunstyrelsen", "kommunfullmaktige"]);
    expect(text).toContain("- Malmö stads förvaltningar - Malmö stads helägda bolag");
    expect(r.data.gaps.join(" ")).toMatch(/Malmö stads helägda bolag/);
    // Both separate statements, with everyone who signed or joined them.
    for (const name of [
      "Jacqueline Maly (SD)",
      "Mia Lindqvist (SD)",
      "Elliot Brick (SD)",
      "Anna Shamina (SD)",
      "Ingrid Gunnarson(M)",
      "Anna Adell (M)",
      "Oscar Wannfors (M)",
      "Smail Habul(M)",
      "Claes Holmerup (M)",
    ])
      expect(text).toContain(`- ${name}`);
    expect(text).toContain(
      "bedömning är att arbetet med föreliggande plan bör förlängas och kommer utifrån erfarenheterna från halvtidsuppföljningen",
    );
    expect(text).toContain(
      "| 3 Verksamma i staden ska upptäcka våld och kunna agera | 9 | MKB Fastighets AB |",
    );
    expect(text).toContain("Åtta förvaltningar har aktiviteter under inriktningsmålet.");
    // The report's full selection: all ten reports under goal 3, Fritidsförvaltningen's in full.
    expect(text).toContain(
      "Fritidsförvaltningen: Arbete med interna processer planerades i form av ett utbildningstillfälle för förvaltningens 35 chefer",
    );
  });

  it("the mid-term follow-up reports five activities done and two under way", () => {
    // A1 and A4–A6 belong to the HR department: they count because the report names it.
    const states = corpus.subjects
      .filter((s) => s.audit.data.id === "fri-fran-vald-2022-2026")
      .map((s) => corpus.status(s, "2025-05-01")?.body);
    expect(states.filter((s) => s === "reported-done")).toHaveLength(5);
    expect(states.filter((s) => s === "in-progress")).toHaveLength(2);
  });
});
