/**
 * `npm test`: every check the project has, in order, stopping at the first failure —
 * lint, type-check, the two site builds the black-box tests read (root and sub-path, in dist-test/
 * and dist-subpath/; dist/ is left as `npm run build` made it), then all tests.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const steps: { name: string; args: string[]; env?: Record<string, string> }[] = [
  { name: 'lint (Biome)', args: ['node_modules/@biomejs/biome/bin/biome', 'ci', '.'] },
  { name: 'type-check (astro check)', args: [astro, 'check'] },
  // Search index parts of 4 pages: every search test at the root runs across a merged, many-part
  // index, as a large site's search does; the sub-path build keeps the default (one part).
  // Built beside dist/, which stays the site `npm run build` made: `npm run preview` after the tests
  // shows the real site, not a test build.
  {
    name: 'build at the domain root → dist-test/',
    args: [astro, 'build'],
    env: { SITE_SEARCH_PART_PAGES: '4', SITE_OUT_DIR: './dist-test' },
  },
  {
    name: 'build under /touming/ → dist-subpath/',
    args: [astro, 'build'],
    env: { SITE_BASE: '/touming/', SITE_OUT_DIR: './dist-subpath' },
  },
  {
    name: 'tests',
    env: { TEST_DIST_DIR: resolve('dist-test'), TEST_SUBPATH_DIST_DIR: resolve('dist-subpath') },
    // Property tests draw the same cases every run (FC_SEED=random draws new ones): see fastCheckSeed.ts.
    args: [
      '--import',
      './scripts/lib/testkit/fastCheckSeed.ts',
      '--test',
      '--test-concurrency=2',
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
  },
];

const only = process.argv.slice(2);
for (const step of steps) {
  if (only.length > 0 && !only.some((o) => step.name.includes(o))) continue;
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(node, step.args, { stdio: 'inherit', env: { ...env, ...step.env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}
