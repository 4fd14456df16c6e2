/**
 * Checks the content before the build writes anything: every file readable and valid, every report
 * filed under its agency and year, once, and every original present, inside content/sources/ and
 * unchanged. A problem stops the build with one line per problem naming the file, as
 * `npm run check` does, instead of a stack trace halfway through writing dist/.
 *
 * The check runs in a worker thread beside Astro's content sync (at 10,000 reports, 7 s on the
 * other core instead of before the sync) and is awaited when the build starts, before any page is
 * written. A file the sync itself fails on stops the build with the check's lines too
 * (loaders/loader.ts asks `contentGateError`), not with the loader's error.
 */
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { contentDir } from '../loaders/contentDir.ts';
import { siteRegion } from '../loaders/region.ts';

const key = Symbol.for('touming.contentGate');
type Global = { [key]?: Promise<CheckedFiles> };

/** What the check found: one line per problem, and the originals the reports name. */
export interface CheckedFiles {
  lines: string[];
  /** Each report's original, as its `source.file` names it (`sources/x/2023.txt`). */
  sources: string[];
}

/** The check, in a worker thread. */
function checkInWorker(dir: string, region: readonly string[] | undefined): Promise<CheckedFiles> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./contentGateWorker.ts', import.meta.url), {
      workerData: { dir, region },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit code ${code})`)));
  });
}

function gateError(lines: readonly string[]): AstroError {
  const n = lines.length;
  const error = new AstroError(
    `${n} problem${n === 1 ? '' : 's'} in the content; nothing was built:\n${lines.join('\n')}`,
    'Fix each file named (npm run check lists the same problems), then build again.',
  );
  // The problems are the content's, not the code's: where in touming they were found is no help.
  error.stack = '';
  return error;
}

/**
 * The gate's error when this build's content check found problems (waiting for the check), else
 * undefined: also outside a build, where no check runs.
 */
export async function contentGateError(): Promise<AstroError | undefined> {
  const lines = (await (globalThis as Global)[key])?.lines;
  return lines && lines.length > 0 ? gateError(lines) : undefined;
}

/** The originals of the content this build checked; undefined outside a build. */
export async function checkedSources(): Promise<string[] | undefined> {
  return (await (globalThis as Global)[key])?.sources;
}

export default function contentGate(): AstroIntegration {
  return {
    name: 'touming:content-gate',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        // A region's build checks the files it builds from, as its loaders read only those.
        const checking = checkInWorker(contentDir, siteRegion);
        // Awaited at build start; a failure of the check itself surfaces there.
        checking.catch(() => {});
        (globalThis as Global)[key] = checking;
      },
      'astro:build:start': async () => {
        const error = await contentGateError();
        if (error) throw error;
      },
    },
  };
}
