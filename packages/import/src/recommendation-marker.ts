/**
 * A database's marker after a recommendation's words, which is no part of them: "… cloud
 * environment. (Priority recommendation)", "(Key recommendation)", "(High priority)". Cut only
 * where the words left are a recommendation's length.
 */
const trailingMarker =
  /\s*\((?:(?:high|top)[- ])?(?:priority|key|main)(?:\s+(?:recommendation|matter))?\)\s*$/iu;

export function withoutMarker(text: string): string {
  const trimmed = text.trim();
  const cut = trimmed.replace(trailingMarker, "");
  return cut.split(/\s+/u).length >= 4 ? cut : trimmed;
}
