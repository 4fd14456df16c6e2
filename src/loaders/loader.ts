/**
 * Astro's glob loader without its Markdown rendering. The site renders a report's body itself
 * (src/utils/markdown.ts, with the parts split out), so Astro's rendering of every file at content
 * sync was wasted: at ten thousand reports, a third of the sync and half the content store. Its
 * `deferRender` option is no help: it turns every file into a module for Vite to bundle.
 */
import { glob } from 'astro/loaders';

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
