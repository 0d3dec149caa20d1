// The charts of the experiment reports, drawn from their JSON (the numbers the report holds, not
// its text): a curve report as held-out accuracy against K, one line per net with its 95% band;
// a compare report as each net's fit rate (Wilson interval) and held-out accuracy (95% interval).
// Each chart is an SVG string; app.js puts it above the report's text.
'use strict';

/** The nets' colours, those of the curve picture (`curve ... to "f.svg"`, draw.CurvePicture). */
const NET_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2'];
const CHART_INK = '#333', CHART_GRID = '#e5e5e5';

function chartText(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Four decimals, as the terminal prints them. */
function f4(v) { return v == null || !isFinite(v) ? 'nan' : v.toFixed(4); }

/** "0.6021 (95% CI 0.5811 to 0.6231)", without the interval when there is none (one trial). */
function withInterval(mean, ci) { return f4(mean) + (ci ? ` (95% CI ${f4(ci[0])} to ${f4(ci[1])})` : ''); }

function svgOpen(cls, w, h) {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" width="${w}" height="${h}" ` +
    `font-size="11" font-family="sans-serif" fill="${CHART_INK}">`;
}

/** A coordinate to one decimal. */
function at(v) { return v.toFixed(1); }

/** Held-out accuracy against K: per net its 95% band, the line of its means and a dot per K. */
function curveChart(j) {
  const ks = j.rows, nets = j.nets;
  if (!ks.length || !nets.length) return null;
  const w = 560, left = 44, right = 150, top = 26, plotH = 170, bottom = 40, h = top + plotH + bottom;
  const plotW = w - left - right;
  const x = i => left + (ks.length === 1 ? plotW / 2 : plotW * i / (ks.length - 1));
  const y = v => top + plotH * (1 - Math.max(0, Math.min(1, v)));
  let s = svgOpen('curve-chart', w, h);
  s += `<text x="${left}" y="14" font-weight="bold">held-out accuracy of ${chartText(nets.join(', '))} on ${chartText(j.table)}, 95% bands</text>`;
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    s += `<line x1="${left}" y1="${at(y(v))}" x2="${left + plotW}" y2="${at(y(v))}" stroke="${CHART_GRID}"/>` +
      `<text x="${left - 6}" y="${at(y(v) + 4)}" text-anchor="end">${v}</text>`;
  }
  ks.forEach((k, i) => { s += `<text class="k" x="${at(x(i))}" y="${top + plotH + 16}" text-anchor="middle">${k}</text>`; });
  s += `<text x="${left + plotW / 2}" y="${h - 6}" text-anchor="middle">K: training rows per trial</text>`;
  nets.forEach((net, n) => {
    const c = NET_COLOURS[n % NET_COLOURS.length];
    // K = all the table's rows leaves none held out: no accuracy there
    const pts = [];
    ks.forEach((k, i) => {
      const p = j.points.find(q => q.net === net && q.rows === k);
      if (p && p.heldout_accuracy != null && isFinite(p.heldout_accuracy)) pts.push({ i, k, p });
    });
    const banded = pts.filter(q => q.p.heldout_accuracy_ci);
    if (banded.length > 1) {
      const upper = banded.map(q => `${at(x(q.i))},${at(y(q.p.heldout_accuracy_ci[1]))}`);
      const lower = banded.slice().reverse().map(q => `${at(x(q.i))},${at(y(q.p.heldout_accuracy_ci[0]))}`);
      s += `<polygon class="band" data-net="${chartText(net)}" points="${upper.concat(lower).join(' ')}" fill="${c}" fill-opacity="0.16"/>`;
    }
    for (const q of banded) {
      const ci = q.p.heldout_accuracy_ci;
      s += `<line class="interval" x1="${at(x(q.i))}" y1="${at(y(ci[0]))}" x2="${at(x(q.i))}" y2="${at(y(ci[1]))}" stroke="${c}" stroke-opacity="0.8" stroke-width="1.5"/>`;
    }
    s += `<polyline class="mean" data-net="${chartText(net)}" fill="none" stroke="${c}" stroke-width="2.5" ` +
      `points="${pts.map(q => `${at(x(q.i))},${at(y(q.p.heldout_accuracy))}`).join(' ')}"/>`;
    for (const q of pts) {
      s += `<circle class="point" data-net="${chartText(net)}" data-rows="${q.k}" cx="${at(x(q.i))}" cy="${at(y(q.p.heldout_accuracy))}" ` +
        `r="4" fill="${c}" stroke="#fff"><title>${chartText(net)} at K ${q.k}: ` +
        `${withInterval(q.p.heldout_accuracy, q.p.heldout_accuracy_ci)}</title></circle>`;
    }
    const ly = top + 8 + 18 * n, lx = left + plotW + 14;
    const last = pts.length ? pts[pts.length - 1] : null;
    s += `<line x1="${lx}" y1="${ly}" x2="${lx + 20}" y2="${ly}" stroke="${c}" stroke-width="2.5"/>` +
      `<text class="legend" x="${lx + 26}" y="${ly + 4}">${chartText(net)}${last ? ': ' + f4(last.p.heldout_accuracy) + ' at K ' + last.k : ''}</text>`;
  });
  return s + '</svg>';
}

/**
 * Per measure a block of rows, one per net: its interval as a bar on [0, 1], its mean as a dot,
 * and the numbers beside it.
 */
function compareChart(j) {
  const nets = j.nets;
  if (!nets.length) return null;
  const measures = [
    { key: 'fit', title: 'fit rate (95% Wilson interval)', mean: n => n.fit_rate, ci: n => n.fit_ci },
    { key: 'heldout_accuracy', title: 'held-out accuracy (95% interval of the mean)',
      mean: n => n.heldout_accuracy && n.heldout_accuracy.mean, ci: n => n.heldout_accuracy && n.heldout_accuracy.ci95 },
  ].filter(m => nets.some(n => m.mean(n) != null && isFinite(m.mean(n))));
  const name = 110, axis = 240, label = 280, row = 20, head = 22, w = name + axis + label;
  const h = measures.reduce((sum, m) => sum + head + row * nets.length + 18, 8);
  const x = v => name + axis * Math.max(0, Math.min(1, v));
  let s = svgOpen('compare-chart', w, h), top = 4;
  for (const m of measures) {
    s += `<text x="0" y="${top + 14}" font-weight="bold">${m.title}</text>`;
    top += head;
    for (const v of [0, 0.5, 1]) {
      s += `<line x1="${at(x(v))}" y1="${top}" x2="${at(x(v))}" y2="${top + row * nets.length}" stroke="${CHART_GRID}"/>` +
        `<text x="${at(x(v))}" y="${top + row * nets.length + 12}" text-anchor="middle">${v}</text>`;
    }
    nets.forEach((n, i) => {
      const c = NET_COLOURS[i % NET_COLOURS.length], mean = m.mean(n), ci = m.ci(n), cy = top + row * i + row / 2;
      s += `<text x="${name - 8}" y="${cy + 4}" text-anchor="end">${chartText(n.net)}</text>`;
      if (mean == null || !isFinite(mean)) return;
      if (ci) s += `<line class="interval" x1="${at(x(ci[0]))}" y1="${cy}" x2="${at(x(ci[1]))}" y2="${cy}" stroke="${c}" stroke-width="5" stroke-opacity="0.45"/>`;
      const text = withInterval(mean, ci);
      s += `<circle class="mark" data-net="${chartText(n.net)}" data-measure="${m.key}" cx="${at(x(mean))}" cy="${cy}" r="5" ` +
        `fill="${c}" stroke="#fff"><title>${chartText(n.net)}: ${text}</title></circle>` +
        `<text class="label" data-net="${chartText(n.net)}" data-measure="${m.key}" x="${name + axis + 10}" y="${cy + 4}">${text}</text>`;
    });
    top += row * nets.length + 18;
  }
  return s + '</svg>';
}

/** The chart of a report, or null when its kind has none. */
function reportChart(r) {
  if (!r.json) return null;
  if (r.kind === 'curve') return curveChart(r.json);
  if (r.kind === 'compare') return compareChart(r.json);
  return null;
}
