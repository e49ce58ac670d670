import { readStance, stanceVocabulary } from "@sparbar/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ImportedResponse, importDocument } from "../src/index.ts";
import { readStanceIn } from "../src/stance-words.ts";

const organisation = {
  id: "k",
  bodies: [
    { id: "kommunstyrelsen", name: "Kommunstyrelsen" },
    { id: "revisorerna", name: "Revisorerna", kind: "auditors" },
  ],
};

function respond(answer: string) {
  const text = `Yttrande över revisionsrapport Granskning av intern kontroll\n\nKommunstyrelsen\n\nRekommendation 1: Kommunstyrelsen bör dokumentera riskanalysen.\n\n${answer}\n`;
  return importDocument({ name: "svar.txt", text, kind: "response", organisation });
}

const stanceLine = (draft: string) => /^Ställningstagande: (.*)$/mu.exec(draft)?.[1] ?? "";
// Prose states a stance; "no stance" is what a Ställningstagande line says when there is none.
const phrases = stanceVocabulary.phrases.filter((p) => p.value !== "no-stance").map((p) => p.text);

describe("stances are read as check reads them", () => {
  it("a stance phrase in prose gives the stance check gives the same phrase on its line (property)", () => {
    const subject = fc.constantFrom("Förvaltningen", "Kommunstyrelsen", "Nämnden", "Vi");
    const tail = fc.constantFrom(".", " i rekommendationen.", ", och en rutin tas fram.", ":");
    const verbal = phrases.filter((p) => !/^(?:delvis|ingen|none|delar)/u.test(p));
    fc.assert(
      fc.property(subject, fc.constantFrom(...verbal), tail, (who, phrase, after) => {
        const result = respond(`${who} ${phrase}${after}`);
        const section = (result.extracted as ImportedResponse).sections[0];
        expect(section?.stance, phrase).toBe(readStance(phrase));
        // The draft's line reads back to the same stance.
        expect(readStance(stanceLine(result.draft.text))).toBe(readStance(phrase));
      }),
    );
  });

  it.each([
    ["Förvaltningen instämmer inte helt i revisorernas bild.", "instämmer delvis / instämmer inte"],
    ["Nämnden instämmer i huvudsak med revisorerna.", "instämmer delvis / instämmer"],
    [
      "Kommunstyrelsen delar inte helt revisorernas bedömning.",
      "instämmer delvis / instämmer inte",
    ],
  ])("%s gives no stance: the draft offers the two it lies between", (answer, choices) => {
    const result = respond(answer);
    expect((result.extracted as ImportedResponse).sections[0]?.stance).toBeUndefined();
    expect(stanceLine(result.draft.text)).toContain(`[[${choices} – svaret skriver`);
  });

  it("a Ställningstagande line is read exactly as check reads it, and decides over the prose", () => {
    const result = respond(
      "Förvaltningen instämmer i stort.\n\nStällningstagande: instämmer delvis",
    );
    expect((result.extracted as ImportedResponse).sections[0]?.stance).toBe("partly-agrees");
  });

  it.each([
    ["Förvaltningen är positiv till rekommendationen.", "agrees"],
    ["Kommunstyrelsen ställer sig inte bakom förslaget.", "disagrees"],
    ["Förvaltningen delvis instämmer.", "partly-agrees"],
    ["The Department concurs in principle.", "partly-agrees"],
    ["We partially agree.", "partly-agrees"],
    ["Management response: Agreed.", "agrees"],
    ["Förvaltningen delar PwC:s bedömning.", "agrees"],
    ["The recommendation was accepted in full.", "agrees"],
    ["The recommendation is accepted in its entirety.", "agrees"],
    ["Kommunedirektøren vil ikke følge opp denne anbefalingen nå.", "disagrees"],
    [
      "Regionstyrelsen anser inte att en månatlig uppföljning tillför tillräckligt i förhållande till arbetsinsatsen.",
      "disagrees",
    ],
    ["Att gå tillbaka flera år skulle ta resurser, och det tänker vi inte göra.", "disagrees"],
    ["Agreed – the payment request form will require the reference.", "agrees"],
    ["Agreed - declarations were introduced.", "agrees"],
    ["Agreed in principle – evidence will be requested for larger grants.", "partly-agrees"],
    ["Not agreed – the policy will continue to be reviewed.", "disagrees"],
    ["Management response: Agreed in part. Recovery letters will be issued.", "partly-agrees"],
    ["Government position: Agreed in part", "partly-agrees"],
  ])("the other ways of saying it: %s is %s", (text, stance) => {
    expect(readStanceIn(text)?.stance).toBe(stance);
  });

  it("leaves 'agrees in part' in prose between two stances, as check does", () => {
    expect(readStanceIn("Management agrees in part with the finding.")).toMatchObject({
      suggestions: ["partly agrees", "agrees"],
    });
  });

  it("reads a field whose name holds the stance words it asks for by its value, never its name", () => {
    expect(readStanceIn("Agree or Disagree: Partially agree")?.stance).toBe("partly-agrees");
    expect(readStanceIn("Agree or Disagree: Disagree")?.stance).toBe("disagrees");
    expect(readStanceIn("Agree or Disagree: Agree")?.stance).toBe("agrees");
    expect(readStanceIn("Instämmer/Instämmer ej: Instämmer ej")?.stance).toBe("disagrees");
    // A value that states no stance leaves the field to be read as written.
    expect(readStanceIn("Nämnden instämmer: rutinen ses över.")?.stance).toBe("agrees");
    const names = fc.constantFrom("Agree or Disagree", "Agree/Disagree", "Agreed / Not agreed");
    const values = fc.constantFrom(
      ["Agree", "agrees"],
      ["Partially agree", "partly-agrees"],
      ["Disagree", "disagrees"],
      ["Not agreed", "disagrees"],
    );
    fc.assert(
      fc.property(names, values, (name, [value, stance]) => {
        expect(readStanceIn(`${name}: ${value}`)?.stance).toBe(stance);
      }),
    );
  });

  it("reads declining to carry the recommendation out as disagreeing, in any of its languages", () => {
    for (const said of [
      "Nämnden avser därför inte att genomföra rekommendationen i den form revisorerna föreslår.",
      "Förvaltningen kommer inte att införa rekommendationen.",
      "Rådmannen vil ikke gjennomføre anbefalingen.",
      "The department will not implement the recommendation.",
    ])
      expect(readStanceIn(said)?.stance, said).toBe("disagrees");
    // Carrying it out is no refusal.
    expect(
      readStanceIn("Förvaltningen kommer att genomföra rekommendationen under våren.")?.stance,
    ).not.toBe("disagrees");
  });

  it("'delar' counts only before what is shared", () => {
    expect(readStanceIn("Delar av rutinen saknas och ska tas fram.")).toBeUndefined();
    // The recommendation put first, the body after the verb.
    expect(
      readStanceIn(
        "Den tredje rekommendationen delar nämnden inte, eftersom regionen redan har en.",
      )?.stance,
    ).toBe("disagrees");
    expect(readStanceIn("Den andra rekommendationen delar styrelsen delvis.")?.stance).toBe(
      "partly-agrees",
    );
    expect(readStanceIn("Den första rekommendationen delar förvaltningen.")?.stance).toBe("agrees");
    // Consultation responses, Norwegian and English answers.
    const said: [string, string][] = [
      ["Nämnden tillstyrker rekommendationen.", "agrees"],
      ["Styrelsen avstyrker förslaget.", "disagrees"],
      ["Förvaltningen håller inte med om bedömningen.", "disagrees"],
      ["Förvaltningen håller delvis med.", "partly-agrees"],
      ["Kommunedirektøren er enig i anbefalingen.", "agrees"],
      ["Rådmannen er delvis enig.", "partly-agrees"],
      ["Kommunedirektøren er uenig.", "disagrees"],
      ["Response: Accepted.", "agrees"],
      ["Response: Not accepted.", "disagrees"],
      ["The department partially accepts the recommendation.", "partly-agrees"],
    ];
    for (const [text, stance] of said) expect(readStanceIn(text)?.stance, text).toBe(stance);
    expect(readStanceIn("Förvaltningen delar upp arbetet i två delar.")).toBeUndefined();
  });

  it("reads a government's 'Supported' under its response, and only the bare participle", () => {
    const said: [string, string][] = [
      ["Supported.", "agrees"],
      ["Supported in principle.", "partly-agrees"],
      ["Not supported.", "disagrees"],
      ["Response: Supported in part.", "partly-agrees"],
      ["Accepted in principle", "partly-agrees"],
      ["The department accepts recommendation 2 in principle.", "partly-agrees"],
    ];
    for (const [text, stance] of said) expect(readStanceIn(text)?.stance, text).toBe(stance);
    expect(readStanceIn("The project is supported by a grant from the state.")).toBeUndefined();
  });

  it("reads the subject inside the phrase: 'ställer sig X inte bakom', 'är X positiv till'", () => {
    expect(
      readStanceIn("Däremot ställer sig regionstyrelsen inte bakom ett centralt godkännande.")
        ?.stance,
    ).toBe("disagrees");
    expect(readStanceIn("Även uppföljningen är regionstyrelsen positiv till.")?.stance).toBe(
      "agrees",
    );
  });

  it("reads Finland-Swedish 'omfattar rekommendationen', qualified by 'delvis' or 'inte' in its clause", () => {
    expect(readStanceIn("Styrelsen omfattar rekommendationen.")?.stance).toBe("agrees");
    expect(readStanceIn("Styrelsen omfattar rekommendationen delvis.")?.stance).toBe(
      "partly-agrees",
    );
    expect(readStanceIn("Styrelsen omfattar inte rekommendationen.")?.stance).toBe("disagrees");
  });

  it("reads Norwegian 'ser ikke behov' and 'ser ikke grunn til' as Swedish 'ser inget behov'", () => {
    expect(
      readStanceIn("Kommunedirektøren ser ikke behov for å endre organiseringen.")?.stance,
    ).toBe("disagrees");
    expect(readStanceIn("Rådmannen ser ikke grunn til en egen sak.")?.stance).toBe("disagrees");
  });

  it.each([
    ["Nämnden är enig med revisorerna.", "agrees"],
    ["Förvaltningen välkomnar rekommendationen.", "agrees"],
    ["Nämnden har inget att invända mot rekommendationen.", "agrees"],
    ["Kommunedirektøren støtter anbefalingen.", "agrees"],
    ["The Department supports the recommendation.", "agrees"],
    ["Kommunstyrelsen ser inget behov av en ny rutin.", "disagrees"],
    ["Management does not support this recommendation.", "disagrees"],
    ["Management response: Not agreed.", "disagrees"],
    ["Management partially supports the recommendation.", "partly-agrees"],
    ["Här gör nämnden en annan bedömning än revisorerna.", "disagrees"],
    ["Rådmannen gjør en annen vurdering av behovet.", "disagrees"],
    ["Styrelsen är bara delvis överens med revisorerna.", "partly-agrees"],
    ["Fylkesrådmannen er samd i tilrådinga.", "agrees"],
    ["Delvis. Nämnden kommer att erbjuda utbildningen.", "partly-agrees"],
    ["Fylkesrådmannen er delvis samd.", "partly-agrees"],
    ["Fylkesrådmannen er ikkje samd.", "disagrees"],
    ["Regionstyrelsen tar delvis till sig rekommendationen.", "partly-agrees"],
    ["Nämnden tar till sig rekommendationen.", "agrees"],
    ["Förvaltningen anser inte att en särskild plan behövs, eftersom rutinen finns.", "disagrees"],
    ["Kommunstyrelsen anser inte att det behövs en särskild enhet.", "disagrees"],
    ["Någon ytterligare ordning behövs därför inte.", "disagrees"],
    ["Förvaltningen bedömer inte att ett nytt system behövs.", "disagrees"],
    ["Styrelsen anser inte att en gemensam e-tjänst är ändamålsenlig.", "disagrees"],
    ["Nämnden bedömer inte att en extern granskning är lämplig i nuläget.", "disagrees"],
    ["Formannskapet mener ikke at et eget utvalg er hensiktsmessig.", "disagrees"],
    ["Rådmannen finner ikkje at ein ny stilling trengst.", "disagrees"],
    ["Kommunedirektøren meiner det ikkje er grunnlag for å slå saman einingane.", "disagrees"],
    ["Forvaltningen finder ikke grundlag for at ændre praksis.", "disagrees"],
    ["Rådmannen ser ikke noe grunnlag for en ny ordning.", "disagrees"],
    ["Nämnden ser ingen grund för att ändra rutinen.", "disagrees"],
    ["Rekommendationen tillgodoses delvis.", "partly-agrees"],
    ["Rekommendationen tillgodoses genom en ny rutin.", "agrees"],
    ["Förvaltningen föreslår därför att rekommendationen inte genomförs.", "disagrees"],
    ["Rekommendationen kommer inte att genomföras.", "disagrees"],
    ["Kommunen er delvis uenig i Statsforvalterens vurdering av omfanget.", "partly-agrees"],
    ["Kommunen tar pålegget til etterretning.", "agrees"],
    [
      "Forvaltningen kan tilslutte sig, at afstemningen dokumenteres bedre, men finder ikke, at en månedlig afstemning står mål med ressourceforbruget.",
      "partly-agrees",
    ],
    [
      "Kommunen er enig i at rutinen må bli tydeligere, men mener ikke at det trengs en ny stilling.",
      "partly-agrees",
    ],
    ["Här ser kommunstyrelsen positivt på revisorernas förslag.", "agrees"],
    [
      "Vad gäller avvikelserna delar kommunstyrelsen i viss mån revisorernas bild.",
      "partly-agrees",
    ],
    [
      "Kommunstyrelsen säger till viss del ja till förslaget och håller i viss mån med.",
      "partly-agrees",
    ],
  ])("a wider lexicon: %s is %s", (text, stance) => {
    expect(readStanceIn(text)?.stance).toBe(stance);
  });

  it("a negation anywhere in the stance's clause wins over the agreeing verb", async () => {
    const { readFile } = await import("node:fs/promises");
    // A region's answer by subject (dev-114): "däremot inte", "dock", "överlag" between the verb
    // and what is shared.
    const answer = await readFile(
      new URL("../../../tests/fixtures/import/dev-114/source.txt", import.meta.url),
      "utf8",
    );
    const sentence = (start: string) =>
      answer.slice(answer.indexOf(start)).split(/(?<=\.)\s/u)[0] ?? "";
    expect(readStanceIn(sentence("Regionstyrelsen instämmer däremot inte"))?.stance).toBe(
      "disagrees",
    );
    expect(readStanceIn(sentence("Regionstyrelsen delar dock"))?.stance).toBe("agrees");
    expect(readStanceIn(sentence("Regionstyrelsen delar överlag"))?.stance).toBe("agrees");
    const said: [string, string][] = [
      ["Nämnden delar dock inte revisorernas bedömning att rutinen inte följs.", "disagrees"],
      ["Kommunen tilslutter sig ikke anbefalingen.", "disagrees"],
      ["Kommunen tilslutter sig anbefalingen.", "agrees"],
      ["Rådmannen er ikke enig i anbefalingen.", "disagrees"],
      ["We do not agree with the recommendation.", "disagrees"],
      ["The Department disagrees.", "disagrees"],
      [
        "När det gäller uppföljningen delar regeringen delvis Riksrevisionens bedömning.",
        "partly-agrees",
      ],
      // A negation in what is agreed with, or in the next clause, is no part of the stance.
      ["Nämnden instämmer i att rutinerna inte följs.", "agrees"],
      ["Nämnden instämmer i rekommendationen och kommer inte att vänta.", "agrees"],
      ["Inte minst instämmer nämnden i rekommendationen.", "agrees"],
      ["The Head of HR agreed with the recommendation.", "agrees"],
      ["Management no longer agreed with the recommendation.", "disagrees"],
    ];
    for (const [text, stance] of said) expect(readStanceIn(text)?.stance, text).toBe(stance);
    expect(readStanceIn("Nämnden instämmer däremot inte helt i bedömningen.")?.stance).toBe(
      undefined,
    );
  });

  it("an agreeing verb with a negation after it never reads as agreeing (property)", () => {
    const verb = fc.constantFrom("instämmer", "delar", "tillstyrker");
    const adverb = fc.constantFrom("", "däremot ", "dock ", "därför ", "emellertid ");
    const negated = fc.constantFrom("inte", "ej");
    fc.assert(
      fc.property(verb, adverb, negated, (v, a, n) => {
        const text = `Nämnden ${v} ${a}${n} revisorernas bedömning att rutinen ska ses över.`;
        expect(readStanceIn(text)?.stance, text).toBe("disagrees");
      }),
    );
  });

  it("reads a weaker answer only where nothing else is said: already done agrees, taking note states no stance", () => {
    expect(readStanceIn("Rutinen är redan införd sedan 2024.")?.stance).toBe("agrees");
    expect(readStanceIn("Nämnden noterar revisorernas iakttagelser.")?.stance).toBe("no-stance");
    expect(readStanceIn("Kontrollutvalget tar rapporten til orientering.")?.stance).toBe(
      "no-stance",
    );
    // A stance stated besides decides, wherever it stands.
    expect(
      readStanceIn("Nämnden noterar rapporten och instämmer inte i rekommendationen.")?.stance,
    ).toBe("disagrees");
    // A few words may stand between "ser" and "inget behov".
    for (const text of [
      "Nämnden ser i nuläget inget behov av en årlig uppföljning.",
      "Vad gäller klassningar ser förvaltningen inget behov av att klassa om.",
    ])
      expect(readStanceIn(text)?.stance).toBe("disagrees");
    // "Inte fullt ut" is "inte helt": between two stances, in either order of the words.
    for (const text of [
      "Den andra rekommendationen delar förvaltningen inte fullt ut: uppföljningen blir för tät.",
      "Förvaltningen instämmer inte fullt ut i rekommendationen.",
    ])
      expect(readStanceIn(text)).toMatchObject({
        suggestions: ["instämmer delvis", "instämmer inte"],
      });
    // At a sentence's end as before a word: a between-phrase, never "agrees".
    for (const text of ["Management agrees in part.", "Management agrees in part; the rest …"])
      expect(readStanceIn(text)).toMatchObject({
        between: "agrees in part",
        suggestions: ["partly agrees", "agrees"],
      });
  });
});

describe("an answer reads the same with its subject before or after the verb", () => {
  // A paper writes "Styrelsen håller med revisorerna"; a reporter retelling it writes "Här
  // håller styrelsen med revisorerna". Both orders, with or without a qualifying adverb.
  const phrasesBothOrders: [verb: string, rest: string][] = [
    ["håller", "med revisorerna"],
    ["ställer sig", "bakom rekommendationen"],
    ["är", "enig med revisorerna"],
  ];
  it("gives one stance in either order, qualified alike (property)", () => {
    const subject = fc.constantFrom("styrelsen", "nämnden", "regionstyrelsen", "vi");
    const adverb = fc.constantFrom("", "helt ", "bara delvis ", "inte ");
    fc.assert(
      fc.property(
        subject,
        fc.constantFrom(...phrasesBothOrders),
        adverb,
        (who, [verb, rest], a) => {
          const straight = readStanceIn(
            `${who[0]?.toUpperCase()}${who.slice(1)} ${verb} ${a}${rest}.`,
          );
          const inverted = readStanceIn(`Här ${verb} ${who} ${a}${rest}.`);
          expect(inverted?.stance, `${verb} ${who} ${a}${rest}`).toBe(straight?.stance);
          expect(inverted?.stance).toBe(
            a.startsWith("inte") ? "disagrees" : a.includes("delvis") ? "partly-agrees" : "agrees",
          );
        },
      ),
    );
  });

  it.each([
    ["Den tredje rekommendationen säger styrelsen däremot nej till.", "disagrees"],
    ["Revisorernas synpunkter på delegationen delar nämnden delvis.", "partly-agrees"],
    ["Den första rekommendationen håller regionstyrelsen med om fullt ut.", "agrees"],
  ])("%s", (sentence, stance) => {
    expect(readStanceIn(sentence)?.stance).toBe(stance);
  });

  it.each(["Vi håller kontakten med revisorerna.", "Förvaltningen håller på med en översyn."])(
    "reads no stance in %s",
    (sentence) => {
      expect(readStanceIn(sentence)).toBeUndefined();
    },
  );
});

describe("Norwegian and Danish answers in part, and orders taken to be followed", () => {
  it.each([
    ["Kommunen er delvis uenig i Statsforvalterens vurdering av omfanget.", "partly-agrees"],
    ["Nämnden är delvis oenig i bedömningen.", "partly-agrees"],
    ["Kommunen tar pålegget til etterretning.", "agrees"],
    ["Kommunen tar lovbruddet til etterretning.", "agrees"],
    ["Forvaltningen tager bemærkningen til efterretning.", "agrees"],
    ["Udvalget kan ikke tilslutte sig anbefalingen.", "disagrees"],
    [
      "Forvaltningen kan tilslutte sig, at afstemningen dokumenteres bedre, men finder ikke, at en månedlig afstemning står mål med ressourceforbruget.",
      "partly-agrees",
    ],
    [
      "Nämnden instämmer i att rutinen ska dokumenteras, men anser inte att en ny tjänst behövs.",
      "partly-agrees",
    ],
    [
      "Management agrees with the finding but does not consider a new policy needed.",
      "partly-agrees",
    ],
    ["Nämnden instämmer, men arbetet kan inte börja före 2028.", "agrees"],
    [
      "Kontoret avser att redovisa avvikelserna i årsberättelsen, men anser inte att en egen halvårsrapport behövs.",
      "partly-agrees",
    ],
    [
      "The department will publish the figures each year but does not agree that a monthly return is needed.",
      "partly-agrees",
    ],
    [
      "Kontoret kommer inte att ändra rutinen, men anser inte att en ny tjänst behövs.",
      "disagrees",
    ],
    ["Kontoret anser inte att en egen halvårsrapport behövs.", "disagrees"],
    ["Styrelsen delade däremot endast delvis revisorernas rekommendation.", "partly-agrees"],
    ["Nämnden delar rekommendationen.", "agrees"],
    ["Förslaget om ett nytt register ansåg nämnden inte vara lämpligt.", "disagrees"],
    [
      "Nämnden delar revisorernas uppfattning att syftet behöver bli tydligare, men vill inte sätta mätbara mål.",
      "partly-agrees",
    ],
    [
      "Förvaltningen delar bedömningen av riskerna men har en annan uppfattning om hur de ska hanteras.",
      "partly-agrees",
    ],
    ["Här gör nämnden en delvis annan bedömning.", "partly-agrees"],
    ["Nämnden gör delvis en annan bedömning.", "partly-agrees"],
    ["Nämnden gör en annan bedömning.", "disagrees"],
    ["Rekommendationen genomförs därför inte.", "disagrees"],
    ["Anbefalingen følges derfor ikke.", "disagrees"],
    ["The recommendation will not be implemented.", "disagrees"],
    ["Vi anser inte att kravet är befogat.", "disagrees"],
    ["Kravet är åtgärdat. Instruktionen fastställdes den 24 november 2026.", "agrees"],
    ["Nämnden bedömer att kravet är uppfyllt.", "agrees"],
    ["Detta görs redan.", "agrees"],
    ["Rekommendationen tillgodoses delvis.", "partly-agrees"],
    ["Rekommendationen kommer inte att genomföras.", "disagrees"],
    [
      "När det gäller en gemensam mall ser kommunstyrelsen positivt på revisorernas förslag.",
      "agrees",
    ],
    [
      "Vad gäller avvikelserna delar kommunstyrelsen i viss mån revisorernas bild.",
      "partly-agrees",
    ],
    ["Børne- og Ungdomsforvaltningen og Økonomiforvaltningen er enige.", "agrees"],
    ["Ordföranden säger att rapporteringen av ej verkställda beslut redan är på plats.", "agrees"],
    ["Rekommendationen tillgodoses.", "agrees"],
    ["Rekommendationen tillgodoses inte.", "disagrees"],
    ["Förvaltningen bedömer inte att ett nytt system behövs.", "disagrees"],
    ["Forvaltningen er enig. Vi finder ikke behov for mere.", "agrees"],
  ])("%s", (sentence, stance) => {
    expect(readStanceIn(sentence)?.stance).toBe(stance);
  });

  it.each([
    "Kommunestyret tar rapporten til etterretning.",
    "Økonomiudvalget tager status på opfølgningen til efterretning.",
  ])("a report or a status taken til etterretning is only noted: %s", (sentence) => {
    expect(readStanceIn(sentence)?.stance).toBe("no-stance");
  });
});

describe("an action plan's answer that opens with the recommendation's status", () => {
  it.each([
    ["Förvaltningens åtgärd: Genomförs. Rapporten lämnas varje kvartal.", "agrees"],
    ["Införs delvis. Kontrollen gäller bara ärenden om serveringstillstånd.", "partly-agrees"],
    ["Styrelsens åtgärd: Åtgärdas inte. Rutinen räcker enligt styrelsen.", "disagrees"],
    ["Redan genomfört. Listan skapas automatiskt sedan maj.", "agrees"],
    ["Gjennomføres. Rutinen endres fra 1. mars.", "agrees"],
    ["Gennemføres delvist.", "partly-agrees"],
  ])("%s", (text, stance) => {
    expect(readStanceIn(text)?.stance).toBe(stance);
  });

  it("is no stance where the status word only tells when something is done", () => {
    expect(readStanceIn("Planen genomförs under hösten 2027.")).toBe(undefined);
    expect(readStanceIn("Kontrollen införs i mars och följs upp i juni.")).toBe(undefined);
  });
});

describe("agreeing to a part, in other words for it", () => {
  it.each([
    ["Här delar vi inspektionens bild till en del.", "partly-agrees"],
    ["Förvaltningen instämmer till en del i rekommendationen.", "partly-agrees"],
    ["Styrelsen delar till en del revisorernas bedömning.", "partly-agrees"],
  ])("%s", (text, stance) => {
    expect(readStanceIn(text)?.stance).toBe(stance);
  });
});

describe("an answer retold in the past tense", () => {
  it.each([
    ["Nämnden instämde i rekommendationen om en plan.", "agrees"],
    ["Styrelsen delade däremot inte revisorernas bedömning.", "disagrees"],
    ["Nämnden höll delvis med revisorerna.", "partly-agrees"],
    ["Formannskapet var enig i anbefalingen.", "agrees"],
    ["Udvalget var ikke enig i anbefalingen.", "disagrees"],
    ["Nämnden ansåg inte att en särskild plan behövs.", "disagrees"],
  ])("%s", (text, stance) => {
    expect(readStanceIn(text)?.stance).toBe(stance);
  });

  it("reads no stance from other words of the past", () => {
    expect(readStanceIn("Det var en lång dag för nämnden.")).toBe(undefined);
    expect(readStanceIn("Meningarna i nämnden var delade.")).toBe(undefined);
  });
});

describe("what the auditors or inspectors saw, found to be right", () => {
  it.each([
    ["Inspektionens iakttagelse stämmer.", "agrees"],
    ["Revisorernas bedömning är delvis riktig.", "partly-agrees"],
    ["Revisjonens vurdering stemmer ikke med kommunens erfaring.", "disagrees"],
    ["The auditors' finding is accurate.", "agrees"],
  ])("%s", (text, stance) => {
    expect(readStanceIn(text)?.stance).toBe(stance);
  });

  it("states nothing of other things that are right", () => {
    expect(readStanceIn("Siffrorna i tabellen stämmer.")).toBe(undefined);
  });
});

describe("consenting to what is asked", () => {
  it.each([
    ["Styrelsen går med på att cheferna inte attesterar sina egna kostnader.", "agrees"],
    ["Den första ville nämnden inte gå med på.", "disagrees"],
    ["Kommunen går delvis med på anbefalingen.", "partly-agrees"],
    ["Udvalget går med til forslaget.", "agrees"],
  ])("%s", (text, stance) => {
    expect(readStanceIn(text)?.stance).toBe(stance);
  });

  it("is not going along somewhere", () => {
    expect(readStanceIn("Ordföranden gick med på studiebesöket.")).toBe(undefined);
  });
});
