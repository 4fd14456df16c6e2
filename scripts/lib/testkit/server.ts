/**
 * A plain static file server for a built site, as any static host would serve `dist/`:
 * `/dir/` serves `dir/index.html`, unknown paths get `404.html` with status 404. The site
 * can be mounted under a sub-path to prove it works there.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

export interface StaticSite {
  /** Origin plus base, ending in `/`, e.g. http://127.0.0.1:4123/touming/. */
  url: string;
  /** Paths requested so far (for tests that check what the browser fetched). */
  requests: string[];
  close(): Promise<void>;
}

/** The file a path names under `root`, with its size: `dir/` is `dir/index.html`. */
async function fileFor(root: string, path: string): Promise<{ file: string; size: number } | undefined> {
  const full = normalize(join(root, decodeURIComponent(path)));
  if (!full.startsWith(root)) return undefined;
  const info = await stat(full).catch(() => undefined);
  if (info?.isFile()) return { file: full, size: info.size };
  if (info?.isDirectory()) {
    const index = join(full, 'index.html');
    const found = await stat(index).catch(() => undefined);
    return found?.isFile() ? { file: index, size: found.size } : undefined;
  }
  return undefined;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  return serveSites([{ root, base }]);
}

/**
 * Several builds on one host, each under its own sub-path (a portal split into parts): a path is
 * served from the site whose base it starts with, longest base first; a miss gets that site's 404.
 * The `url` returned is the first site's.
 */
export async function serveSites(sites: readonly { root: string; base: string }[]): Promise<StaticSite> {
  const requests: string[] = [];
  const mounts = [...sites].sort((a, b) => b.base.length - a.base.length);
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const site = mounts.find((m) => path.startsWith(m.base)) ?? (sites[0] as { root: string; base: string });
    const { root, base } = site;
    const found = path.startsWith(base) ? await fileFor(root, path.slice(base.length - 1)) : undefined;
    const served = found ?? (await fileFor(root, '404.html'));
    res.statusCode = found ? 200 : 404;
    if (!served) {
      res.end();
      return;
    }
    res.setHeader('content-type', types[extname(served.file)] ?? 'application/octet-stream');
    // The length up front, and a failed read cuts the connection: a browser then sees a failed
    // request, never a shorter file with status 200 that a reader would take as the whole.
    res.setHeader('content-length', served.size);
    createReadStream(served.file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  // Longer than any pause in a test, so that a connection the browser keeps for its next request
  // is not closed by the server just as that request is sent (Node's default is 5 s).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${sites[0]?.base ?? '/'}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
