/** `npm run import -- <file or folder>... [options]`: extracted-text reports into content/ (see README, Importing reports). */
import { runImport } from './lib/import/cli.ts';

process.exitCode = await runImport(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY === true,
});
