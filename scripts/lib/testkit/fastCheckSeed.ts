/**
 * Loaded before every test file by `npm test` (`node --import`): every fast-check property draws the
 * same cases on every run, so a run that passed passes again on a clean clone, and one that failed
 * fails again with the same counterexample. The hunt for new cases is a separate, deliberate run:
 * `FC_SEED=random` draws a new seed each time (fast-check prints it with any failure), `FC_SEED=<n>`
 * replays one, and `FC_RUNS=10` (property tests of the importer) multiplies their runs.
 */
import fc from 'fast-check';

/** The seed `npm test` uses when FC_SEED is not set. */
export const defaultSeed = 20261206;

const given = process.env.FC_SEED?.trim();
if (given !== 'random') {
  const seed = given ? Number(given) : defaultSeed;
  if (!Number.isSafeInteger(seed)) {
    console.error(`FC_SEED must be a whole number or "random", not "${given}"`);
    process.exit(2);
  }
  fc.configureGlobal({ seed });
}
