import { joinBase, paths } from './urls.ts';

type Paths = typeof paths;

/** An internal link under this build's base path. */
export function href<K extends keyof Paths>(name: K, ...args: Parameters<Paths[K]>): string {
  const make = paths[name] as (...a: Parameters<Paths[K]>) => string;
  return joinBase(import.meta.env.BASE_URL, make(...args));
}

/** An asset or arbitrary site path under this build's base path. */
export function asset(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
