/**
 * Astro's glob loader without its Markdown rendering. The site renders a report's body itself
 * (src/utils/markdown.ts, with the parts split out), so Astro's rendering of every file at content
 * sync was wasted: at ten thousand reports, a third of the sync and half the content store. Its
 * `deferRender` option is no help: it turns every file into a module for Vite to bundle.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { contentGateError } from '../integrations/contentGate.ts';

type Glob = ReturnType<typeof glob>;
/** The load context as Astro passes it: with the entry types by extension (not in the public type). */
type LoadContext = Parameters<Glob['load']>[0] & { entryTypes?: Map<string, object> };

export function unrenderedGlob(options: Parameters<typeof glob>[0]): Glob {
  const inner = glob(options);
  return {
    ...inner,
    load: (context: LoadContext) => {
      if (!context.entryTypes) return inner.load(context);
      // Without a render function the loader stores data and body only, as for a data file.
      const entryTypes = new Map(
        [...context.entryTypes].map(([ext, type]) => [ext, { ...type, getRenderFunction: undefined }]),
      );
      return inner.load({ ...context, entryTypes } as LoadContext);
    },
  };
}

/**
 * A loader that, when it fails on a file in a build, stops the build with the content gate's lines
 * (integrations/contentGate.ts: every problem, each naming its file) instead of its own error about
 * the first file it failed on. The gate checks the same files beside the sync.
 */
export function gated<L extends Loader>(loader: L): L {
  return {
    ...loader,
    load: async (context: Parameters<L['load']>[0]) => {
      try {
        await loader.load(context);
      } catch (e) {
        throw (await contentGateError()) ?? e;
      }
    },
  };
}
