/** One measured `astro build`: wall time, CPU and peak memory of its whole process tree, output sizes. */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type TreeUsage, watchTree } from './procTree.ts';

export interface BuildFigures {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  /** Where the peak was: seconds into the build, and each command's share of it. */
  atPeak?: TreeUsage['atPeak'];
  /** CPU seconds by kind of thread, largest first. */
  cpuByThread?: TreeUsage['cpuByThread'];
  distBytes: number;
  distFiles: number;
  /** The Pagefind bundle (pagefind/ in the output), 0 when there is none. */
  indexBytes: number;
}

/** Total size and number of files under a folder (0 when it does not exist). */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  let bytes = 0;
  let files = 0;
  for (const name of names) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info?.isFile()) {
      bytes += info.size;
      files += 1;
    }
  }
  return { bytes, files };
}

export interface BuildSpec {
  /** Arguments after `astro.mjs build`, e.g. ['--root', 'scripts/bench/bare']. */
  args: string[];
  env: Record<string, string>;
  outDir: string;
  /** The content cache to start from empty, so every build is a cold one. */
  cacheDir: string;
  log: string;
}

/** One command measured: wall time, and CPU and peak memory of its whole process tree. */
async function measureCommand(
  repoRoot: string,
  args: string[],
  env: Record<string, string>,
  logPath: string,
): Promise<{
  code: number | null;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  atPeak: TreeUsage['atPeak'];
  cpuByThread: TreeUsage['cpuByThread'];
}> {
  const log = createWriteStream(logPath);
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watch = watchTree(child.pid as number);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  const usage = watch.stop();
  log.end();
  return {
    code,
    wallSeconds,
    cpuSeconds: usage.cpu,
    peakRssBytes: usage.peakRss,
    atPeak: usage.atPeak,
    cpuByThread: usage.cpuByThread,
  };
}

export async function measureBuild(repoRoot: string, spec: BuildSpec): Promise<BuildFigures> {
  await rm(spec.outDir, { recursive: true, force: true });
  await rm(spec.cacheDir, { recursive: true, force: true });
  const run = await measureCommand(
    repoRoot,
    [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...spec.args],
    spec.env,
    spec.log,
  );
  if (run.code !== 0)
    throw new Error(`astro build ${spec.args.join(' ')} failed (exit ${run.code}); see ${spec.log}`);
  const dist = await folderSize(spec.outDir);
  const index = await folderSize(join(spec.outDir, 'pagefind'));
  return { ...run, distBytes: dist.bytes, distFiles: dist.files, indexBytes: index.bytes };
}

/**
 * The Pagefind CLI over a built site's pages, as a site without touming's integration would index
 * it: every page, its language (zh-CN) read from the page, so Chinese is segmented as in touming.
 */
export async function measurePagefind(repoRoot: string, site: string, log: string): Promise<BuildFigures> {
  await rm(join(site, 'pagefind'), { recursive: true, force: true });
  const run = await measureCommand(
    repoRoot,
    [join(repoRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site],
    {},
    log,
  );
  if (run.code !== 0) throw new Error(`pagefind --site ${site} failed (exit ${run.code}); see ${log}`);
  const index = await folderSize(join(site, 'pagefind'));
  return { ...run, distBytes: 0, distFiles: 0, indexBytes: index.bytes };
}

/** Two steps run one after the other: times add up, memory is the larger peak. */
export function inSequence(a: BuildFigures, b: BuildFigures): BuildFigures {
  return {
    wallSeconds: a.wallSeconds + b.wallSeconds,
    cpuSeconds: a.cpuSeconds + b.cpuSeconds,
    peakRssBytes: Math.max(a.peakRssBytes, b.peakRssBytes),
    distBytes: a.distBytes + b.distBytes,
    distFiles: a.distFiles,
    indexBytes: a.indexBytes + b.indexBytes,
  };
}
