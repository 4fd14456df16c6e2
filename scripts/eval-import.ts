/**
 * `npm run eval:import -- [--only <text>] [--group samples|derived] [--json]`: the importer's accuracy against
 * hand-typed truth, on the samples and on the fixtures derived from them (tests/eval/README.md).
 */
import { runEval } from './lib/eval/cli.ts';

process.exitCode = await runEval(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
