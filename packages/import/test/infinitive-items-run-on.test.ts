import { describe, expect, it } from "vitest";
import { recommendationsTo } from "./helpers/report-read.ts";

// A flattened page: the lead ends in "att:" and its items in the infinitive, in small letters,
// lost their bullets and run one into the next, without a stop or joined by a comma.
const page = [
  "Sammanfattning",
  "",
  "Vår samlade bedömning är att tekniska nämnden delvis har en ändamålsenlig styrning av underhållet. Mot bakgrund av granskningen rekommenderar vi tekniska nämnden att: ta fram en underhållsplan för samtliga fastigheter som förvaltas införa en rutin för hur felanmälningar ska dokumenteras och följas upp ge förvaltningen i uppdrag att redovisa eftersatt underhåll varje år, säkerställa att besiktningar genomförs enligt plan 3",
].join("\n");

const organisation = {
  id: "t",
  bodies: [{ id: "tn", name: "Tekniska nämnden", kind: "committee" }],
};

describe("infinitive items run on after a lead that ends in 'att:'", () => {
  it("reads each item from its verb, the last before the page's number", () => {
    expect(recommendationsTo(page, organisation)).toEqual([
      ["ta fram en underhållsplan för samtliga fastigheter som förvaltas", ["tn"]],
      ["införa en rutin för hur felanmälningar ska dokumenteras och följas upp", ["tn"]],
      ["ge förvaltningen i uppdrag att redovisa eftersatt underhåll varje år", ["tn"]],
      ["säkerställa att besiktningar genomförs enligt plan", ["tn"]],
    ]);
  });
});
