// A number in [0, 1) drawn uniformly, for placing an edit or a mutation as a fraction of a length. fast-check's
// doubles are drawn over the doubles' bit patterns, and most of those lie near 0: of 10,000 fc.double draws in
// [0, 1), 9,258 fell below 0.001 and 671 at 0.9 or more, so nearly every edit landed at a text's first or last
// character. An unbiased integer over 2^31 steps is uniform; the ends (0, and just under 1) are drawn apart, a
// tenth of the time, so that the first and last characters are still tried often.
import fc from 'fast-check';

const STEPS = 2 ** 31;

export const fraction: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.noBias(fc.integer({ min: 0, max: STEPS - 1 })).map((n) => n / STEPS), weight: 9 },
  { arbitrary: fc.constantFrom(0, (STEPS - 1) / STEPS), weight: 1 },
);

/** The index a fraction picks among `count` places (0 … count − 1). */
export const placeAt = (f: number, count: number): number => Math.min(count - 1, Math.floor(f * count));
