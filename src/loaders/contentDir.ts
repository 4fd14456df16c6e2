import { resolve } from 'node:path';

/**
 * The project's own content folder, with the bundled reports. Resolved from the working directory,
 * which is the project root whenever a command runs through npm (a built page's module has no
 * stable location of its own to resolve from).
 */
export const bundledContentDir: string = resolve('content');

/**
 * The content folder every command works on: the build, `npm run check` and `npm run import` alike.
 * CONTENT_DIR names another (e.g. a province's, or a test's copy); `--content-dir` overrides it.
 */
export const contentDir: string = process.env.CONTENT_DIR
  ? resolve(process.env.CONTENT_DIR)
  : bundledContentDir;
