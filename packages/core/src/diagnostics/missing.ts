import type { Bilingual } from "../bilingual.ts";

/** "There is no …": the words for a reference to something the corpus does not have. */

export function noOrganisation(organisation: string): Bilingual {
  const file = `audits/${organisation}/organisation.yaml`;
  return {
    sv: `Det finns ingen organisation ${organisation} (${file})`,
    en: `There is no organisation ${organisation} (${file})`,
  };
}

export function noBody(organisation: string, body: string): Bilingual {
  return {
    sv: `${organisation} har inget organ ${body}`,
    en: `${organisation} has no body ${body}`,
  };
}

export function noAudit(id: string, organisation: string): Bilingual {
  return {
    sv: `Det finns ingen granskning ${id} i ${organisation}`,
    en: `There is no audit ${id} in ${organisation}`,
  };
}

export function noRecommendation(audit: string, item: string): Bilingual {
  return {
    sv: `${audit} har ingen rekommendation ${item}`,
    en: `${audit} has no recommendation ${item}`,
  };
}
