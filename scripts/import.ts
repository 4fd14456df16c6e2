/** `npm run import -- <file or folder>... [options]`: extracted-text reports into content/ (see README, Importing reports). */
import { runImport } from './lib/import/cli.ts';

try {
  process.exitCode = await runImport(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: process.stderr.isTTY === true,
  });
} catch (e) {
  // Whatever escaped the importer is said in one line: a stack trace helps no one importing a report.
  process.stderr.write(`import failed: ${(e as Error).message ?? e}\n`);
  process.exitCode = 1;
}
