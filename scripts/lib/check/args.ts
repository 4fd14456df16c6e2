import { parseArgs } from 'node:util';
import { contentDir } from '../content.ts';

export interface CheckOptions {
  /** Exit non-zero on any finding, not only on schema errors. */
  strict: boolean;
  json: boolean;
  contentDir: string;
  help: boolean;
}

export const usage = `Usage: npm run check -- [--strict] [--json] [--content-dir <dir>]

Validates every content file against the schemas and checks every report's
accounting identities, across years and against its prose, without building.

  --strict             exit 1 on any finding, not only on schema errors
  --json               print one JSON document for scripts
  --content-dir <dir>  content folder to check (default: CONTENT_DIR, else the
                       project's content/)`;

/** Parses the CLI arguments; throws on an unknown option or a missing value. */
export function parseCheckArgs(argv: readonly string[]): CheckOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'content-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    strict: values.strict,
    json: values.json,
    contentDir: values['content-dir'] ?? contentDir,
    help: values.help,
  };
}
