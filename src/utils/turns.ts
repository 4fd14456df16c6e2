/**
 * At most `limit` holders at a time, the rest waiting in the order they asked: a counting semaphore.
 * The search lanes use it to hand Pagefind a few pages at a time (integrations/searchLane.ts).
 */
export interface Turns {
  /** Takes a turn: at once (undefined) when one is free, else a promise settled when one is passed on. */
  take(): Promise<void> | undefined;
  /** Ends a turn: passes it to the longest waiting, or frees it. */
  give(): void;
}

export function createTurns(limit: number): Turns {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`turns: the limit must be a whole number ≥ 1, not ${limit}`);
  let held = 0;
  const waiting: (() => void)[] = [];
  return {
    take() {
      if (held < limit) {
        held += 1;
        return undefined;
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    give() {
      const next = waiting.shift();
      if (next) next();
      else if (held > 0) held -= 1;
      else throw new Error('turns: a turn was given back that was never taken');
    },
  };
}
