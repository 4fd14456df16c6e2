/**
 * The 数据核验 panel's groups: failed findings by rule, then what could not be checked by why. A
 * report that left whole columns blank has dozens of unchecked findings with one cause; they are one
 * group, not a list that pushes the report itself screens down.
 */
import type { Finding } from '../checks/index.ts';
import type { MissingCause } from './unread.ts';

export interface FindingGroup {
  /** Stable key: the rule id for failed findings, `unchecked-<cause>` for the rest. */
  key: string;
  /** What the group is, in Chinese, e.g. 表三收结平衡 or 因原文未填报而无法核对. */
  title: string;
  failed: boolean;
  findings: Finding[];
}

/** Why cells could not be checked, as a phrase a reader understands without the glossary. */
export const uncheckedWhy: Record<MissingCause, string> = {
  blank: '原文有单元格未填报（空白或“/”），缺少的数字无从相加',
  unread: '有单元格导入时未能读取，须对照原文补录',
  both: '原文有单元格未填报，另有单元格导入时未能读取',
};

const uncheckedTitle: Record<MissingCause, string> = {
  blank: '因原文未填报而无法核对',
  unread: '因单元格未读取而无法核对',
  both: '因原文未填报或单元格未读取而无法核对',
};

/**
 * Groups in the order a reader needs them: failed rules in the order their first finding comes
 * (errors first, as the findings arrive sorted), then unchecked by cause (blank, unread, both).
 */
export function groupFindings(
  findings: readonly Finding[],
  ruleTitle: (ruleId: string) => string,
  causeOf: (f: Finding) => MissingCause | undefined,
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings.filter((x) => x.status === 'failed')) {
    const group = groups.get(f.rule) ?? { key: f.rule, title: ruleTitle(f.rule), failed: true, findings: [] };
    group.findings.push(f);
    groups.set(f.rule, group);
  }
  for (const cause of ['blank', 'unread', 'both'] as const) {
    const these = findings.filter((f) => f.status === 'unchecked' && (causeOf(f) ?? 'blank') === cause);
    if (these.length)
      groups.set(`unchecked-${cause}`, {
        key: `unchecked-${cause}`,
        title: uncheckedTitle[cause],
        failed: false,
        findings: these,
      });
  }
  return [...groups.values()];
}
