/**
 * Has the build read Astro's content store as data, not compile it as code. Astro bundles the store
 * (data-store.json in the cache folder) as one module, `export default JSON.parse("<the store>")`:
 * at ten thousand reports a 140 MB string literal, which V8 compiles in time that grows faster than
 * its length (75 s for 140 MB, 2.7 s for 20 MB, measured on Node 24), before the first page. The
 * same file read and parsed at run time takes 1–2 s. In `astro build` only, Astro's runtime
 * imports, instead of that module, one that reads the file Astro just wrote; nothing else changes:
 * its runtime reads the same store. Astro's own module, which reads, checks and quotes the whole
 * file while the site is bundled, is then never made: at 10,000 reports the bundling took 1–2 s
 * instead of 6 s. If Astro's runtime no longer imports the store where touming looks, its module is
 * replaced instead, once made.
 *
 * The module hands Astro the store as a `Map`, unflattened by the devalue Astro itself uses (its
 * runtime takes a `Map` as it is, astro/dist/content/data-store.js `fromModule`). Handed the flat
 * array, Astro unflattens it and the module keeps the array alive for the whole build: 114 MB of
 * the heap at 10,000 reports that every full collection walks. For the same reason the store the
 * sync built is let go once the build starts (`releaseSyncedStore`).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module Astro gives its content store (astro/dist/content/consts.js). */
export const storeModuleId = '\0astro:data-layer-content';

/** How Astro writes a single-file store into that module; anything else is left as Astro made it. */
const inlinedStore = 'export default JSON.parse(';

/** Astro's runtime module that imports the store (astro/dist/content/data-store.js, `fromModule`). */
const storeImporter = /[\\/]astro[\\/]dist[\\/]content[\\/]data-store\.js$/;
const storeImport = `import(${JSON.stringify(storeModuleId.slice(1))})`;

/** The module that reads the store, imported by Astro's runtime in its place. */
export const readerModuleId = 'virtual:touming/content-store';

/** Astro's package.json, where its own files and dependencies are found from. */
const astroPackage = () => createRequire(import.meta.url).resolve('astro/package.json');

/** The devalue module Astro writes its store with (Astro's own dependency, whatever its version). */
export function astroDevalue(): string {
  return pathToFileURL(createRequire(astroPackage()).resolve('devalue')).href;
}

/**
 * The module that reads the store from `storeFile` at run time instead of carrying it, as a `Map`
 * unflattened by the module at `devalue`, or undefined when `code` is not an inlined store (a
 * chunked store, or no store at all).
 */
export function storeReader(code: string, storeFile: string, devalue: string): string | undefined {
  return code.startsWith(inlinedStore) ? readerModule(storeFile, devalue) : undefined;
}

/** The module that reads the store from `storeFile` at run time, unflattened by `devalue` into a `Map`. */
export function readerModule(storeFile: string, devalue: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `import { unflatten } from ${JSON.stringify(devalue)};`,
    `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8')));`,
  ].join('\n');
}

/**
 * Astro's runtime module `id` with its import of the store module pointed at `readerModuleId`, or
 * undefined when `id` is not that module or no longer imports the store that way.
 */
export function importingReader(code: string, id: string): string | undefined {
  if (!storeImporter.test(id.split('?')[0] ?? '') || !code.includes(storeImport)) return undefined;
  return code.replace(storeImport, `import(${JSON.stringify(readerModuleId)})`);
}

/**
 * Astro's holder of the content layer that synced this build (astro/dist/content/instance.js), or
 * undefined when Astro no longer keeps it there.
 */
export async function syncedContentLayer(): Promise<{ get(): unknown; dispose(): void } | undefined> {
  try {
    const instance = new URL('dist/content/instance.js', pathToFileURL(astroPackage()));
    const { globalContentLayer } = await import(instance.href);
    const ok =
      typeof globalContentLayer?.get === 'function' && typeof globalContentLayer.dispose === 'function';
    return ok ? globalContentLayer : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lets go of the store Astro's content sync built. After the sync Astro keeps the content layer,
 * and with it that store: a second copy of every entry (the pages read the copy the store module
 * gives), alive through the whole build and walked by every full collection. Nothing in a static
 * build uses the layer after the sync (only `astro dev` syncs again). Whether it was let go.
 */
export async function releaseSyncedStore(): Promise<boolean> {
  const layer = await syncedContentLayer();
  if (!layer) return false;
  layer.dispose();
  return layer.get() === null;
}

export default function contentStore(): AstroIntegration {
  /** What became of Astro's store module in this build: read at run time, or left as code. */
  let store: 'read' | 'left' | undefined;
  return {
    name: 'touming:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // A chunked store (Astro's experimental.collectionStorage) is left to Astro, in its pieces.
        const storage = config.experimental.collectionStorage;
        const chunked = storage !== undefined && storage !== 'single-file';
        // Where Astro keeps the store in a build (astro/dist/content/paths.js, getDataStoreFile).
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const devalue = astroDevalue();
        const resolvedReader = `\0${readerModuleId}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'touming:content-store',
                resolveId: (id) => (id === readerModuleId ? resolvedReader : undefined),
                load(id) {
                  if (id !== resolvedReader) return undefined;
                  store = 'read';
                  // As Astro does when the sync stored nothing.
                  const code = existsSync(storeFile)
                    ? readerModule(storeFile, devalue)
                    : 'export default new Map()';
                  return { code, map: { mappings: '' } };
                },
                transform(code, id) {
                  const importer = chunked ? undefined : importingReader(code, id);
                  if (importer !== undefined) return { code: importer, map: null };
                  if (id !== storeModuleId) return undefined;
                  const reader = storeReader(code, storeFile, devalue);
                  store = reader === undefined ? 'left' : 'read';
                  return reader === undefined ? undefined : { code: reader, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
      'astro:build:start': async ({ logger }) => {
        if (!(await releaseSyncedStore()))
          logger.warn("Astro's synced content store could not be released: large sites use more memory");
      },
      'astro:build:done': ({ logger }) => {
        // Astro changed how it hands the store over: the build is right, only slower at scale.
        if (store === 'left')
          logger.warn('the content store was bundled as code, not read as data: large sites build slower');
      },
    },
  };
}
