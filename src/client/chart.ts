/**
 * Draws every chart on the page from the JSON spec its figure embeds. Progressive enhancement:
 * the figure's data table is already in the HTML; once the chart is drawn the table folds away
 * behind its summary, one click from view. Only the chart.js parts used are imported.
 */
import type { Chart as ChartClass, ChartConfiguration } from 'chart.js';
import { type Pattern, seriesStyle } from '../utils/charts/palette.ts';
import type { ChartSpec } from '../utils/charts/spec.ts';

/** A small tile of the series colour with white marks, so series differ by more than hue. */
function fill(color: string, pattern: Pattern): string | CanvasPattern {
  if (pattern === 'solid') return color;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const g = tile.getContext('2d');
  if (!g) return color;
  g.fillStyle = color;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = g.fillStyle = '#ffffff';
  g.lineWidth = 1.5;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    g.beginPath();
    g.moveTo(x1, y1);
    g.lineTo(x2, y2);
    g.stroke();
  };
  if (pattern === 'dots') g.fillRect(3, 3, 2, 2);
  if (pattern === 'horizontal' || pattern === 'cross') line(0, 4, 8, 4);
  if (pattern === 'vertical' || pattern === 'cross') line(4, 0, 4, 8);
  // Diagonals continue across tile edges so the stripes join up.
  const diagonals: Partial<Record<Pattern, number[][]>> = {
    diagonal: [
      [0, 8, 8, 0],
      [-2, 2, 2, -2],
      [6, 10, 10, 6],
    ],
    backslash: [
      [0, 0, 8, 8],
      [-2, 6, 2, 10],
      [6, -2, 10, 2],
    ],
  };
  for (const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] of diagonals[pattern] ?? []) line(x1, y1, x2, y2);
  return g.createPattern(tile, 'repeat') ?? color;
}

function config(spec: ChartSpec): ChartConfiguration<'bar', (number | null)[], string> {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    type: 'bar',
    data: {
      labels: spec.categories,
      datasets: spec.series.map((s, i) => {
        const { color, pattern } = seriesStyle(i);
        return {
          label: s.label,
          data: s.values,
          backgroundColor: fill(color, pattern),
          borderColor: color,
          borderWidth: 1,
        };
      }),
    },
    options: {
      animation: reduceMotion ? false : { duration: 400 },
      maintainAspectRatio: false,
      scales: {
        x: { stacked: spec.stacked, title: { display: true, text: spec.categoryLabel } },
        y: {
          stacked: spec.stacked,
          beginAtZero: true,
          // The unit on each tick: an axis title in Chinese would be turned on its side.
          ticks: { precision: 0, callback: (value) => `${value}${spec.unit}` },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label}：${item.raw === null ? '未填报' : `${item.raw}${spec.unit}`}`,
          },
        },
      },
    },
  };
}

function draw(Chart: typeof ChartClass, figure: HTMLElement): void {
  const json = figure.querySelector('script[type="application/json"]')?.textContent;
  const holder = figure.querySelector<HTMLElement>('[data-chart-canvas]');
  if (!json || !holder) return;
  const spec = JSON.parse(json) as ChartSpec;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${spec.title}：${spec.takeaway}具体数字见下方数据表。`);
  holder.append(canvas);
  holder.hidden = false;
  new Chart(canvas, config(spec));
  figure.querySelector('details[data-chart-details]')?.removeAttribute('open');
  figure.dataset.chartDrawn = 'true';
}

/**
 * chart.js is the largest file of any page: it is fetched once the page has loaded and painted, so
 * the text and tables (which hold every number) come first on a slow phone, and each chart is drawn
 * in a task of its own so the page stays responsive.
 */
async function drawAll(): Promise<void> {
  const { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } = await import(
    'chart.js'
  );
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
  const follow = () => {
    const style = getComputedStyle(document.documentElement);
    Chart.defaults.font.family = style.fontFamily;
    // Three quarters of the page's text size: 12 px as chart.js has it, larger in 大字 mode.
    Chart.defaults.font.size = Math.round(Number.parseFloat(style.fontSize) * 0.75);
    Chart.defaults.color = style.color;
    for (const figure of figures) figure.dataset.chartFontSize = String(Chart.defaults.font.size);
  };
  follow();
  for (const figure of figures) {
    draw(Chart, figure);
    await new Promise((resolve) => setTimeout(resolve));
  }
  // A display mode switched after the charts were drawn (大字, 高对比) redraws them in its text size and colour.
  new MutationObserver(() => {
    follow();
    for (const chart of Object.values(Chart.instances)) chart.update('none');
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
}

const afterPaint = () => requestAnimationFrame(() => setTimeout(() => void drawAll()));
if (document.readyState === 'complete') afterPaint();
else addEventListener('load', afterPaint, { once: true });
