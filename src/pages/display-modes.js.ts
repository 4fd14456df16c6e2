/** The display-modes script (src/client/displayModes.ts) as a file, so the CSP needs no inline script. */
import { displayModesScript } from '../client/displayModes.ts';

export function GET(): Response {
  return new Response(displayModesScript(), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
}
