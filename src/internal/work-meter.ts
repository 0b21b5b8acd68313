/**
 * Steps of work taken by the library's walkers (award schemes, classifications, explanations,
 * rankings), one per element visited or compared. Tests read it before and after a call to
 * bound work by counting it rather than timing it (issue 17, class 3): the count at 10n stays
 * about ten times the count at n. Never read by the library itself.
 */
export const workMeter: { steps: number } = { steps: 0 };
