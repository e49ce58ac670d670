/** One organisation, one audit with n recommendations and one response: large single files. */

export const repeat = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join("");

export const testOrganisation = {
  file: "audits/testkommun/organisation.yaml",
  content:
    "id: testkommun\nname: Testkommun\nkind: municipality\nbodies:\n  - id: revisionen\n    name: Revisionen\n    kind: auditors\n  - id: sn\n    name: Socialnämnden\n    kind: committee\n",
};

/** An audit of sn with n recommendations, a response from sn asked for each of them. */
export function auditOf(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `R${i + 1}`);
  return {
    file: "audits/testkommun/REV-2024-1.md",
    content: `---\nid: REV-2024-1\nkind: audit\norganisation: testkommun\ntitle: Granskning\ndate: 2024-02-15\nissued_by: revisionen\naudited: [sn]\nrecommendations:\n${repeat(n, (i) => `  - id: R${i + 1}\n    to: [sn]\n    text: Rekommendation ${i + 1}.\n`)}responses_due:\n  - from: sn\n    recommendations: [${ids.join(", ")}]\n---\n\nText.\n`,
  };
}

/** sn's response to that audit, with the body given. */
export function responseWith(body: string) {
  return {
    file: "responses/testkommun/SN-2024-10.md",
    content: `---\nid: SN-2024-10\nkind: response\norganisation: testkommun\nbody: sn\nto: [revisionen]\nanswers: [REV-2024-1]\ntitle: Yttrande\ndate: 2024-05-20\n---\n\n${body}`,
  };
}
