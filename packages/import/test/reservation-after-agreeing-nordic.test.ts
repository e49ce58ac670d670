import { describe, expect, it } from "vitest";
import { readStanceIn } from "../src/stance-words.ts";

// A ministry's answer that agrees in part in Norwegian or Swedish: agreeing, then a view of its
// own after "men"; or taking the matter up to be considered, with a reservation after "men".
describe("a Nordic agreement held back by a view of its own or a reservation", () => {
  it('reads agreeing, then "men mener at …", as agreeing in part', () => {
    expect(
      readStanceIn(
        "Departementet er enig i at ventetidene bør publiseres, men mener at en oversikt per sykehus vil gi et misvisende bilde.",
      )?.stance,
    ).toBe("partly-agrees");
    expect(
      readStanceIn(
        "Förvaltningen instämmer i att rutinen bör ses över, men anser att ansvaret ska ligga kvar hos enheterna.",
      )?.stance,
    ).toBe("partly-agrees");
  });

  it('reads "vil vurdere dette …, men …" as agreeing in part', () => {
    expect(
      readStanceIn(
        "Departementet vil vurdere dette ved neste revisjon av forskriften, men jeg vil påpeke at ordningen nylig ble evaluert.",
      )?.stance,
    ).toBe("partly-agrees");
  });

  it("leaves a plain agreement, and consideration with no reservation, as they were", () => {
    expect(readStanceIn("Departementet er enig i anbefalingen.")?.stance).toBe("agrees");
    expect(
      readStanceIn("Departementet vil vurdere dette i budsjettarbeidet.")?.stance,
    ).toBeUndefined();
  });
});
