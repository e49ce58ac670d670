import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";

describe('Norwegian and Danish "vil ikke": a body that will not take the step', () => {
  const read = (s: string) => readStanceIn(s)?.stance;

  it("disagrees where the body declines the step", () => {
    expect(read("Kommunedirektøren vil derfor ikke opprette et eget fagråd.")).toBe("disagrees");
    expect(read("Vi mener ordningen fungerer, og vil ikke innføre en ny rapport.")).toBe(
      "disagrees",
    );
    expect(read("Forvaltningen vil ikke tage initiativ til en ny takst.")).toBe("disagrees");
  });

  it("reads nothing where a thing will not be or give, or the step is put off", () => {
    expect(read("En ekstra kontrol vil ikke give mere sikkerhed.")).toBeUndefined();
    expect(read("Det vil ikke være mulig å ansette før i 2028.")).toBeUndefined();
    expect(read("Rådmannen vil ikke starte arbeidet før budsjettet er vedtatt.")).toBeUndefined();
  });
});
