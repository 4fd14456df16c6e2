/** `npm run check`: validate all content and check every report, without building the site. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCheckArgs, usage } from './lib/check/args.ts';
import { formatJson, formatText } from './lib/check/format.ts';
import { exitCode, runCheck } from './lib/check/run.ts';

let options: ReturnType<typeof parseCheckArgs>;
try {
  options = parseCheckArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
if (!existsSync(join(options.contentDir, 'reports'))) {
  console.error(`No content to check: ${options.contentDir} has no reports/ folder.`);
  process.exit(2);
}
try {
  const run = await runCheck(options.contentDir);
  console.log(options.json ? formatJson(run) : formatText(run));
  process.exitCode = exitCode(run, options.strict);
} catch (error) {
  // Bad content is reported above, file by file; anything reaching here is the checker's own fault.
  console.error(`npm run check could not finish: ${(error as Error).message ?? String(error)}`);
  process.exitCode = 2;
}
