/**
 * The reader's display modes (适老化): 大字 (larger text) and 高对比 (high contrast), switched by
 * the header buttons, kept in localStorage so they hold on every page, and shown as classes on
 * <html> (`mode-large-text`, `mode-high-contrast`) that src/styles/modes.css styles.
 */
export const displayModes = ['large-text', 'high-contrast'] as const;
export type DisplayMode = (typeof displayModes)[number];
export const storageKey = 'touming:display-modes';

/**
 * Runs in the browser as a classic script in <head> (display-modes.js), which blocks rendering, so a
 * stored mode is on <html> before the first paint and pages do not jump as they load. It is sent as
 * its own source text (displayModesScript), so it must use nothing from outside its body.
 */
export function installDisplayModes(key: string, modes: readonly string[]): void {
  const root = document.documentElement;
  // Shows the buttons (modes.css) from the first paint, so the header does not grow under the reader.
  root.classList.add('has-display-modes');
  const read = (): string[] | null => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? null : (JSON.parse(stored) as string[]);
    } catch {
      return null; // storage disabled or garbled: normal display
    }
  };
  const apply = (on: readonly string[]) => {
    for (const mode of modes) root.classList.toggle(`mode-${mode}`, on.includes(mode));
  };
  // Until the reader chooses, a system request for more contrast turns 高对比 on.
  const initial = read() ?? (matchMedia('(prefers-contrast: more)').matches ? ['high-contrast'] : []);
  apply(initial);

  const buttons = () => document.querySelectorAll<HTMLButtonElement>('button[data-display-mode]');
  const sync = () => {
    for (const b of buttons())
      b.setAttribute('aria-pressed', String(root.classList.contains(`mode-${b.dataset.displayMode}`)));
  };
  // Another tab changed the modes: follow it.
  addEventListener('storage', (event) => {
    if (event.key !== key) return;
    apply(read() ?? []);
    sync();
  });
  document.addEventListener('DOMContentLoaded', () => {
    for (const b of buttons()) {
      b.addEventListener('click', () => {
        root.classList.toggle(`mode-${b.dataset.displayMode}`);
        const on = modes.filter((m) => root.classList.contains(`mode-${m}`));
        try {
          localStorage.setItem(key, JSON.stringify(on));
        } catch {
          // not stored: the mode still holds on this page
        }
        sync();
      });
    }
    sync();
  });
}

/** The text of display-modes.js: the function above, called with this site's key and modes. */
export function displayModesScript(): string {
  return `(${installDisplayModes.toString()})(${JSON.stringify(storageKey)}, ${JSON.stringify(displayModes)});\n`;
}
