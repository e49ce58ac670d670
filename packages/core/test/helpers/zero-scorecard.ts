/**
 * A scorecard's figures all at zero, written out key by key (not taken from the code under
 * test), so that a figure the code drops or adds fails the tests that compare whole scorecards.
 */
export const zeroResponses = {
  asked: 0,
  come: 0,
  inTime: 0,
  afterDate: 0,
  uncertain: 0,
  passedWithoutResponse: 0,
  notYetDue: 0,
  noDateGiven: 0,
  noDateOpen: 0,
};
export const zeroDeadlines = {
  come: 0,
  kept: 0,
  late: 0,
  passed: 0,
  unknown: 0,
  statedAfterDue: 0,
};

/** A scorecard with every figure at zero but those given. */
export const scorecard = (
  responses: Record<string, number>,
  deadlines: Record<string, number>,
) => ({
  responses: { ...zeroResponses, ...responses },
  deadlines: { ...zeroDeadlines, ...deadlines },
});
