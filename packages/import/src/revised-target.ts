/**
 * A due date retold as the date now set, in the past tense of a minute: "the revised target date
 * for completion was 30 June 2027", "the new deadline had been set at March 2028", "its target
 * date has been moved to the end of September". What the sentence says of the step otherwise
 * ("the contract had been let and …") is done; the date so named is still to come.
 */
const revisedTarget =
  /(?<!\p{L})(?:the\s+|its\s+|a\s+)?(?:revised|new|current|agreed|amended|updated)\s+(?:target|due|completion|implementation)?\s*(?:date|deadline)(?:\s+for\s+(?:\p{L}+\s+){0,3}?\p{L}+)?\s+(?:was|is|had\s+been|has\s+been|would\s+be|will\s+be|was\s+now|is\s+now|now)\s+(?:(?:revised|moved|set|extended|changed|put\s+back)\s+)?(?:to\s+|at\s+|as\s+)?(?=\S)/iu;

/** The part of the sentence from the date's words on, where it names a revised date so. */
export function revisedTargetClause(sentence: string): string | undefined {
  const m = revisedTarget.exec(sentence);
  return m ? sentence.slice(m.index).trim() : undefined;
}
