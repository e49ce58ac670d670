import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A supervisory authority's decision retells what it asked of a council, in the past tense:
// "… anmodede kommunalbestyrelsen om at …", "… henstillede endvidere til byrådet, at …". Each
// ask is a recommendation to the body asked; its finding and a statement of law are not.
describe("an authority's ask of a body, retold in its decision", () => {
  const organisation = {
    id: "kommune",
    bodies: [
      { id: "byradet", name: "Byrådet" },
      { id: "tilsynet", name: "Tilsynet" },
    ],
  };

  it("is a recommendation to the body asked, whole", () => {
    const decision = [
      "Om byrådets behandling af revisionsberetningen",
      "",
      "Det fremgik af sagen, at byrådet havde taget revisionens bemærkninger til efterretning uden at tage stilling til dem.",
      "",
      "Tilsynet anmodede derfor byrådet om at træffe en ny beslutning om bemærkningerne om manglende bilagskontrol. Tilsynet henstillede endvidere til byrådet, at det fremover for hver bemærkning fremgår, hvilke tiltag forvaltningen vil iværksætte.",
    ].join("\n");
    expect(recommendationsTo(decision, organisation)).toEqual([
      [
        "Tilsynet anmodede derfor byrådet om at træffe en ny beslutning om bemærkningerne om manglende bilagskontrol.",
        ["byradet"],
      ],
      [
        "Tilsynet henstillede endvidere til byrådet, at det fremover for hver bemærkning fremgår, hvilke tiltag forvaltningen vil iværksætte.",
        ["byradet"],
      ],
    ]);
  });

  it("is none where the authority asks to be told, naming no body", () => {
    const decision = [
      "Afgørelse",
      "",
      "Tilsynet anmodede om at blive orienteret om sagens udfald senest den 1. marts 2028.",
    ].join("\n");
    expect(recommendationsTo(decision, organisation)).toEqual([]);
  });
});
