/** A municipality's executive board and four committees, for tests of addressee words. */
export const municipality = [
  { id: "ks", name: "Kommunstyrelsen" },
  { id: "mn", name: "Miljönämnden" },
  { id: "gn", name: "Gymnasienämnden" },
  { id: "fn", name: "Fritidsnämnden" },
  { id: "rn", name: "Revisionsnämnden" },
];

/** The names of the known bodies an addressee resolved to, in order. */
export const names = (found: { known: { name: string }[] }) => found.known.map((b) => b.name);
