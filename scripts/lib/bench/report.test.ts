import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuByThreadLine, median, type Round, type Run, roundsLine, section } from './report.ts';
import type { BuildFigures } from './run.ts';

const build = (wallSeconds: number): BuildFigures => ({
  wallSeconds,
  cpuSeconds: wallSeconds * 1.5,
  peakRssBytes: 2 ** 30,
  distBytes: 2 ** 20,
  distFiles: 10,
  indexBytes: 0,
});
const round = (touming: number, floor: number): Round => ({ touming: build(touming), floor: build(floor) });

test('the median of an odd count is its middle value, of an even count the mean of the middle two', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

test("rounds are listed in the order run, each with its ratio, then the ratios' median and range", () => {
  const line = roundsLine(10000, [round(159.5, 107.5), round(145, 100), round(150, 120)]);
  assert.equal(
    line,
    '- 10000 reports, 3 rounds alternating touming and the floor (touming / floor wall): 159.5 s / 107.5 s = 1.48×; 145.0 s / 100.0 s = 1.45×; 150.0 s / 120.0 s = 1.25×; median 1.45×, from 1.25× to 1.48×',
  );
});

test('the rounds line appears in the results only when a size was built more than once', () => {
  const run = (rounds?: Round[]): Run => ({
    reports: 1000,
    agencies: 100,
    ...(rounds ? { rounds } : {}),
    touming: build(20),
    bare: build(5),
    pagefind: build(5),
    searches: [],
  });
  assert.doesNotMatch(section([run()]), /rounds alternating/);
  assert.doesNotMatch(section([run([round(20, 10)])]), /rounds alternating/);
  assert.match(section([run([round(20, 10), round(22, 10)])]), /2 rounds alternating .* median 2\.10×/);
});

test("touming's CPU by thread is listed largest first as measured, leaving out kinds under a twentieth of a second", () => {
  const figures: BuildFigures = {
    ...build(100),
    cpuByThread: [
      ['main thread', 80.24],
      ['Pagefind', 78.1],
      ['esbuild', 0.04],
    ],
  };
  assert.equal(
    cpuByThreadLine(10000, figures),
    "- 10000 reports: touming's CPU by thread: main thread 80.2 s, Pagefind 78.1 s",
  );
  assert.equal(cpuByThreadLine(10000, build(100)), undefined);
  assert.match(
    section([{ reports: 10000, agencies: 1000, touming: figures, searches: [] }]),
    /CPU by thread: main thread 80\.2 s/,
  );
});
