/**
 * `npm test`: every check the project has, in order, stopping at the first failure —
 * lint, type-check, the two site builds the black-box tests read (root and sub-path), then all tests.
 */
import { spawnSync } from 'node:child_process';

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const steps: { name: string; args: string[]; env?: Record<string, string> }[] = [
  { name: 'lint (Biome)', args: ['node_modules/@biomejs/biome/bin/biome', 'ci', '.'] },
  { name: 'type-check (astro check)', args: [astro, 'check'] },
  // Search index parts of 4 pages: every search test at the root runs across a merged, many-part
  // index, as a large site's search does; the sub-path build keeps the default (one part).
  { name: 'build at the domain root → dist/', args: [astro, 'build'], env: { SITE_SEARCH_PART_PAGES: '4' } },
  {
    name: 'build under /touming/ → dist-subpath/',
    args: [astro, 'build'],
    env: { SITE_BASE: '/touming/', SITE_OUT_DIR: './dist-subpath' },
  },
  {
    name: 'tests',
    args: [
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
