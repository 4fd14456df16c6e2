/**
 * Checks reports against the accounting identities (勾稽关系), across years and against their prose.
 * Pure: runs in plain Node (CLI, importer, tests) and in the Astro build alike.
 */
import { rules } from './registry.ts';
import type { Finding, Rule, RuleContext, RuleInput, Severity } from './types.ts';

export { rules } from './registry.ts';
export type * from './types.ts';

/** Every finding of every registered rule for one report, in registry order. */
export function checkReport(report: RuleInput, context: RuleContext = {}): Finding[] {
  return rules.flatMap((rule) => rule.check(report, context));
}

/**
 * Checks all reports, each with its agency's report for the year before as context.
 * Returns findings keyed by report id, ids sorted, every report present (clean ones with []).
 */
export function checkAll(
  reports: readonly RuleInput[],
  agencies: readonly { id: string; data: { name: string } }[] = [],
): Record<string, Finding[]> {
  const byAgencyYear = new Map(reports.map((r) => [`${r.data.agency}/${r.data.year}`, r]));
  const names = new Map(agencies.map((a) => [a.id, a.data.name]));
  const out: Record<string, Finding[]> = {};
  for (const report of [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const previous = byAgencyYear.get(`${report.data.agency}/${report.data.year - 1}`);
    const agencyName = names.get(report.data.agency);
    out[report.id] = checkReport(report, {
      ...(previous ? { previous } : {}),
      ...(agencyName ? { agencyName } : {}),
    });
  }
  return out;
}

export interface Summary {
  findings: number;
  /** Failed findings by severity. */
  errors: number;
  warnings: number;
  notices: number;
  /** Findings that could not be checked because a cell was not reported (all notices). */
  unchecked: number;
  byRule: Record<string, { failed: number; unchecked: number }>;
}

const plural: Record<Severity, 'errors' | 'warnings' | 'notices'> = {
  error: 'errors',
  warning: 'warnings',
  notice: 'notices',
};

export function summarize(findings: readonly Finding[]): Summary {
  const summary: Summary = {
    findings: findings.length,
    errors: 0,
    warnings: 0,
    notices: 0,
    unchecked: 0,
    byRule: {},
  };
  for (const f of findings) {
    if (f.status === 'unchecked') summary.unchecked++;
    else summary[plural[f.severity]]++;
    const rule = summary.byRule[f.rule] ?? { failed: 0, unchecked: 0 };
    rule[f.status]++;
    summary.byRule[f.rule] = rule;
  }
  return summary;
}

/** Title and description of a rule, for the site's 数据质量 page; undefined for an unknown id. */
export function describeRule(
  ruleId: string,
): Pick<Rule, 'id' | 'title' | 'severity' | 'description'> | undefined {
  const rule = rules.find((r) => r.id === ruleId);
  return rule && { id: rule.id, title: rule.title, severity: rule.severity, description: rule.description };
}
