/**
 * The content gate's check (scripts/lib/contentProblems.ts), in a worker thread: it reads and hashes
 * every file while Astro's content sync reads them too, on the machine's other core. Posts one line
 * per problem, and the originals the reports name (for sources.ts to publish).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, problemLine } from '../../scripts/lib/contentProblems.ts';
import type { CheckedFiles } from './contentGate.ts';
import { lowerThreadPriority } from './threadPriority.ts';

// The content sync on the build's own thread first: the check is awaited only when the build starts,
// after the sync, and finishes well before that on the cores the sync leaves.
lowerThreadPriority();

const { dir, region } = workerData as { dir: string; region?: readonly string[] };
const { problems, reports } = await checkContent(dir, region);
const checked: CheckedFiles = {
  lines: problems.map((p) => problemLine(dir, p)),
  sources: reports.map((r) => r.data.source.file),
};
parentPort?.postMessage(checked);
