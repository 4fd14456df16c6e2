/**
 * When each report was added to the site: the date its file was first committed, read from one
 * `git log` over the content folder. Without git history (a tarball, a content folder outside the
 * repository) the map is empty and the feed orders by year; a shallow clone dates every report to
 * its one commit.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from './contentDir.ts';

export function parseAddedLog(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const block of log.split('\0')) {
    const [date, ...files] = block
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const added = new Date(date ?? '');
    if (Number.isNaN(added.getTime())) continue;
    for (const file of files) {
      const match = /^reports\/([a-z0-9-]+)\/(\d{4})\.md$/.exec(file);
      // The log runs newest first: the first addition seen is the latest.
      const id = match && `${match[1]}/${match[2]}`;
      if (id && !dates.has(id)) dates.set(id, added);
    }
  }
  return dates;
}

export function reportAddedDates(dir = contentDir): Map<string, Date> {
  try {
    const log = execFileSync(
      'git',
      [
        'log',
        '--diff-filter=A',
        '--no-renames',
        '--relative',
        '--name-only',
        '--format=%x00%aI',
        '--',
        'reports',
      ],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return parseAddedLog(log);
  } catch {
    return new Map();
  }
}
