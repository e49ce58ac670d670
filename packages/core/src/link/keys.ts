/**
 * The keys that name things across a whole corpus. Ids are unique only within their
 * organisation (diary numbers repeat between municipalities), so every key starts with the
 * organisation. Keys are built and read here only; nobody else splits them.
 */

/** `malmo/SR-2023-81`: an audit or a response. */
export type DocumentKey = `${string}/${string}`;
/** `malmo/asn`: a body of an organisation. */
export type BodyKey = `${string}/${string}`;
/** `malmo/SR-2023-81/R3`: a recommendation, assignment or activity. */
export type RecommendationKey = `${string}/${string}/${string}`;
/** `malmo/SR-2023-81/R3@asn`: a recommendation as it concerns one of its addressees. */
export type SubjectKey = `${RecommendationKey}@${string}`;
/** `malmo/ASN-2024-2039/R4/1`: a measure, by its organisation and its own id. */
export type MeasureKey = `${string}/${string}`;

export function documentKey(organisation: string, id: string): DocumentKey {
  return `${organisation}/${id}`;
}

export function bodyKey(organisation: string, body: string): BodyKey {
  return `${organisation}/${body}`;
}

export function recommendationKey(
  organisation: string,
  audit: string,
  item: string,
): RecommendationKey {
  return `${organisation}/${audit}/${item}`;
}

export function subjectKey(
  organisation: string,
  audit: string,
  item: string,
  body: string,
): SubjectKey {
  return `${recommendationKey(organisation, audit, item)}@${body}`;
}

export function measureKey(organisation: string, measureId: string): MeasureKey {
  return `${organisation}/${measureId}`;
}

interface RecommendationRef {
  organisation: string;
  audit: string;
  item: string;
}

/** The parts of a recommendation key, or undefined for a string that is not one. */
function _parseRecommendationKey(key: string): RecommendationRef | undefined {
  const parts = key.split("/");
  if (parts.length !== 3 || parts.some((p) => p === "")) return undefined;
  const [organisation = "", audit = "", item = ""] = parts;
  return { organisation, audit, item };
}

/** The response a measure id belongs to: `ASN-2024-2039` of `ASN-2024-2039/R4/1`. */
export function responseOfMeasure(measureId: string): string | undefined {
  const response = measureId.split("/")[0];
  return response === "" ? undefined : response;
}
