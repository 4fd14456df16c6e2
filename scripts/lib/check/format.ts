import { join, relative } from 'node:path';
import type { CheckRun } from './run.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The last line of the text output, e.g. "5 reports, 0 schema errors, 0 errors, 0 warnings, 1 notice, 0 unchecked". */
export function summaryLine({ summary: s }: CheckRun): string {
  return [
    count(s.reports, 'report'),
    count(s.schemaErrors, 'schema error'),
    count(s.errors, 'error'),
    count(s.warnings, 'warning'),
    count(s.notices, 'notice'),
    `${s.unchecked} unchecked`,
  ].join(', ');
}

/** Schema errors and findings grouped by file, then the summary line. Clean files are not listed. */
export function formatText(run: CheckRun, cwd = process.cwd()): string {
  const groups = new Map<string, string[]>();
  const add = (file: string, line: string) => {
    const shown = relative(cwd, join(run.contentDir, file));
    groups.set(shown, [...(groups.get(shown) ?? []), line]);
  };
  for (const e of run.schemaErrors)
    add(e.file, `  schema error  ${e.line ? `line ${e.line}, ` : ''}${e.field || '(file)'}: ${e.message}`);
  for (const r of run.reports) {
    for (const f of r.findings) {
      const label = f.status === 'unchecked' ? 'unchecked' : f.severity;
      add(r.file, `  ${label.padEnd(12)}  ${f.rule}: ${f.message}`);
    }
  }
  const blocks = [...groups].map(([file, lines]) => [file, ...lines].join('\n'));
  return [...blocks, summaryLine(run)].join('\n\n');
}

export function formatJson(run: CheckRun): string {
  return JSON.stringify(
    {
      summary: run.summary,
      schemaErrors: run.schemaErrors,
      reports: run.reports,
      contentDir: run.contentDir,
    },
    null,
    2,
  );
}
