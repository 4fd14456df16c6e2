/** Runs a real `astro build` on a content folder, as the maintainers would, and captures what it says. */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const repoRoot = new URL('../../', import.meta.url).pathname;
const astroBin = join(repoRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * Builds one at a time across the test processes: every build from this checkout writes the project's
 * .astro/ (Astro's content layer writes .astro/content-assets.mjs through one fixed temporary name),
 * and two at once can rename the file from under each other (an UnknownFilesystemError, seen on a
 * loaded machine). Separate CI jobs would have separate checkouts; here they take turns.
 */
async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  const lock = join(repoRoot, 'tmp/astro-build.lock');
  await mkdir(join(repoRoot, 'tmp'), { recursive: true });
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A lock whose process has gone (a test run killed mid-build) is taken over.
      const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
      if (holder && !alive(holder)) await rm(lock, { force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await run();
  } finally {
    await rm(lock, { force: true });
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export function astroBuild(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return withBuildLock(() => spawnBuild(contentDir, outDir, env));
}

function spawnBuild(contentDir: string, outDir: string, env: Record<string, string>): Promise<BuildResult> {
  // Astro only reads its content store from a cache inside the project, so each build gets its own there.
  const cacheDir = join(repoRoot, 'node_modules/.astro-test', randomUUID());
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...env,
        CONTENT_DIR: contentDir,
        SITE_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        // Plain text, so tests can match messages whatever terminal or CI runs them.
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removes ANSI colour codes (ESC [ … m)
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
      rm(cacheDir, { recursive: true, force: true }).finally(() => resolve({ code, output: plain, outDir }));
    });
  });
}

/** Content copies made by this test process, removed when it exits. */
const copies: string[] = [];

/**
 * A throwaway copy of the repo's content to mutate, inside the project's ignored tmp/: Astro stages a
 * build whose output lies outside the project in the shared .astro/, where builds at once collide.
 * The copy, and any site built into it, is removed when the test file's process exits, passed or
 * failed: each holds a whole built site, and a suite's leftovers once filled gigabytes.
 */
export async function copyContent(): Promise<string> {
  await mkdir(join(repoRoot, 'tmp'), { recursive: true });
  const dir = await mkdtemp(join(repoRoot, 'tmp/test-content-'));
  if (!copies.length) process.once('exit', () => removeCopies());
  copies.push(dir);
  await cp(join(repoRoot, 'content'), dir, { recursive: true });
  return dir;
}

function removeCopies() {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
