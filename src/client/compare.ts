/**
 * The 对比 page: fetches the agencies and their years (data/compare-index.json) to fill the form, reads
 * ?a=<report id>&b=<report id>, fetches the two reports' JSON from data/reports/ and shows them side
 * by side. The choice lives in the address, so a comparison can be shared.
 */
import type { ReportData } from '../schemas/report.ts';
import { readSelection } from '../utils/compare.ts';
import { readCompareIndex } from '../utils/compareIndex.ts';
import { defaultPair, type PickedReport, reportFinder } from '../utils/comparePick.ts';
import { joinBase, paths } from '../utils/urls.ts';
import { findSide, setUpSide } from './comparePicker.ts';
import { comparison, type ShownReport } from './compareView.ts';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function main(): Promise<void> {
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  const status = document.getElementById('compare-status');
  const out = document.getElementById('compare-result');
  if (!form || !status || !out) return;
  const base = form.dataset.base ?? '/';
  status.textContent = '正在载入机关列表……';
  let agencies: ReturnType<typeof readCompareIndex>;
  try {
    agencies = readCompareIndex(await fetchJson(form.dataset.index ?? ''));
  } catch (error) {
    status.textContent = `无法载入机关列表（${String(error)}）。请在机关列表中分别打开两份报告。`;
    return;
  }
  const chosen = readSelection(location.search, reportFinder(agencies));
  const [firstA, firstB] = defaultPair(agencies);
  const sides = [findSide(form, 'a'), findSide(form, 'b')];
  const initial = [chosen.a ?? firstA, chosen.b ?? firstB];
  sides.forEach((side, i) => {
    if (side) setUpSide(side, agencies, initial[i]);
  });
  const submit = form.querySelector('button');
  if (submit) submit.disabled = false;
  if (!chosen.a || !chosen.b) {
    status.textContent = '请在上面选择两份报告，然后点“对比”。';
    return;
  }
  status.textContent = '正在载入两份报告……';
  try {
    const load = async (r: PickedReport): Promise<ShownReport> => ({
      label: r.label,
      page: joinBase(base, paths.report(r.agency.id, r.year)),
      data: ((await fetchJson(joinBase(base, `data/reports/${r.id}.json`))) as { report: ReportData }).report,
    });
    const [a, b] = await Promise.all([load(chosen.a), load(chosen.b)]);
    out.replaceChildren(...comparison(a, b, joinBase(base, paths.glossary())));
    status.textContent = `已对比 ${a.label} 与 ${b.label}。`;
    document.title = `对比 ${a.label} 与 ${b.label} - ${document.title.split(' - ').at(-1) ?? ''}`;
  } catch (error) {
    status.textContent = `无法载入报告数据（${String(error)}）。请直接打开两份报告的页面。`;
  }
}

void main();
