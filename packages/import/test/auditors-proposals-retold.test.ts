import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";
import { responseOfCommittee } from "./helpers/one-committee-response.ts";

// A parliamentary committee's report answering the state auditors' proposals one by one: each
// proposal retold with the auditors as subject ("Statsrevisorerna föreslår (vidare) att …"),
// hard-wrapped, and the committee's position after it.
const report = [
  "Motivering",
  "Statens stöd till hamnarnas isbrytning",
  "Statsrevisorerna har granskat hur stödet till",
  "isbrytningen i de mindre hamnarna har fördelats.",
  "Statsrevisorerna föreslår att trafikministeriet",
  "inför en årlig uppföljning av stödets kostnader.",
  "Utskottet instämmer i förslaget.",
  "Statsrevisorerna föreslår vidare att stödet ska",
  "fördelas efter hamnarnas faktiska godsvolymer.",
  "Utskottet anser att förslaget är motiverat för",
  "hamnar med reguljär trafik, men att det inte är",
  "ändamålsenligt för säsongshamnarna.",
  "Statsrevisorerna föreslår också att hamnavgifterna",
  "ska sänkas under vintermånaderna.",
  "Utskottet delar inte statsrevisorernas ståndpunkt.",
].join("\n");

describe("auditors' proposals retold one by one with the committee's position", () => {
  it("reads each 'att' clause as a recommendation and the position after it as its stance", () => {
    const read = responseOfCommittee(report, { id: "utskottet", name: "Finansutskottet" });
    expect(read.sections.map((s) => [s.number, s.text.replace(/\.$/u, ""), s.stance])).toEqual([
      [1, "trafikministeriet inför en årlig uppföljning av stödets kostnader", "agrees"],
      [2, "stödet ska fördelas efter hamnarnas faktiska godsvolymer", "partly-agrees"],
      [3, "hamnavgifterna ska sänkas under vintermånaderna", "disagrees"],
    ]);
  });
});

describe("a proposal judged well-founded", () => {
  it("reads it as agreeing, in part where a second 'att' clause denies the rest", () => {
    expect(readStanceIn("Nämnden anser att förslaget är välgrundat.")?.stance).toBe("agrees");
    expect(readStanceIn("Udvalget finder, at forslaget er velbegrundet.")?.stance).toBe("agrees");
    expect(
      readStanceIn(
        "Utskottet anser att förslaget är befogat för de stora, men att det inte är rimligt för de små.",
      )?.stance,
    ).toBe("partly-agrees");
    expect(readStanceIn("Styrelsen delar inte revisorernas ståndpunkt.")?.stance).toBe("disagrees");
  });
});

// An audit office's memorandum retelling the minister's answers: numbered paragraphs, each under
// a subject heading, the first heading run together with the part's title (whose words the
// last recommendation shares), the recommendation retold as "Rigsrevisionen anbefalede …, at …"
// and the minister's answer after it.
const memorandum = [
  "II. Ministerens redegørelse og Rigsrevisionens vurdering",
  "Tilstand af havneanlæg",
  "2. Rigsrevisionen anbefalede i beretningen, at Kystdirektoratet kortlægger tilstanden af alle",
  "havneanlæg ældre end 60 år. Ministeren oplyser, at direktoratet er enig i",
  "anbefalingen og har påbegyndt kortlægningen.",
  "Orientering af Folketinget",
  "3. Rigsrevisionen anbefalede endvidere, at ministeriet årligt orienterer Folketinget",
  "om havneanlæggenes samlede tilstand. Ministeren er ikke enig i, at der er behov for",
  "en særskilt orientering.",
].join("\n");

describe("recommendations retold in an audit office's numbered memorandum", () => {
  it("reads the clause after 'at' and ties each answer to the paragraph's own recommendation", () => {
    const read = responseOfCommittee(memorandum, { id: "ministeriet", name: "Ministeriet" });
    expect(read.sections.map((s) => [s.number, s.text.replace(/\.$/u, ""), s.stance])).toEqual([
      [1, "Kystdirektoratet kortlægger tilstanden af alle havneanlæg ældre end 60 år", "agrees"],
      [
        2,
        "ministeriet årligt orienterer Folketinget om havneanlæggenes samlede tilstand",
        "disagrees",
      ],
    ]);
  });
});
