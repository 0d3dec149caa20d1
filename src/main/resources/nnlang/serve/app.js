// The page of nn serve: an editor coloured and checked by the server, a run whose events come as
// server-sent events, and the pictures of the net while it trains. Plain JavaScript, no library:
// the page works with no network.
'use strict';

const $ = id => document.getElementById(id);
const code = $('code'), hl = $('hl');
const pageId = Array.from(crypto.getRandomValues(new Uint8Array(8)), b => b.toString(16).padStart(2, '0')).join('');
let scriptName = 'script.nn';
let source = null;         // the EventSource of the run under way
let running = false, paused = false;
let training = -1, points = [];
let lastSvg = '';
let errorSpans = [];

// What the tests (and a curious person, in the console) can read: every frame drawn, in order.
window.nnPage = { frames: [], reports: [], state: 'idle', runs: 0 };

// ---- sharing: the script in the fragment, deflated and base64url-coded ----

function b64url(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unb64url(text) {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

async function through(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

async function pack(text) {
  const bytes = new TextEncoder().encode(text);
  if (window.CompressionStream) return 's=' + b64url(await through(bytes, new CompressionStream('deflate-raw')));
  return 't=' + b64url(bytes);
}

async function unpack(fragment) {
  if (fragment.startsWith('s=')) {
    return new TextDecoder('utf-8', { fatal: true }).decode(await through(unb64url(fragment.slice(2)),
      new DecompressionStream('deflate-raw')));
  }
  if (fragment.startsWith('t=')) return new TextDecoder('utf-8', { fatal: true }).decode(unb64url(fragment.slice(2)));
  return null;
}

async function shareLink() {
  const url = location.href.split('#')[0] + '#' + await pack(code.value);
  history.replaceState(null, '', url);
  if (navigator.clipboard) navigator.clipboard.writeText(url).catch(() => {});
  return url;
}

// ---- the editor: colours and errors from the server's own lexer and resolver ----

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Char offsets [start, end) of each error, from its line and column (columns count code points). */
function spansOf(errors, text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const spans = [];
  for (const e of errors) {
    if (e.line < 1 || e.line > starts.length || e.source !== scriptName) continue;
    const lineEnd = e.line < starts.length ? starts[e.line] - 1 : text.length;
    const line = Array.from(text.slice(starts[e.line - 1], lineEnd));
    const before = line.slice(0, Math.max(0, e.column - 1)).join('').length;
    const len = Math.max(1, line.slice(e.column - 1, e.column - 1 + Math.max(1, e.length)).join('').length);
    const start = Math.min(starts[e.line - 1] + before, lineEnd);
    spans.push({ start, end: Math.max(start + 1, Math.min(start + len, lineEnd + 1)), message: e.message });
  }
  return spans;
}

function paint(text, pieces) {
  // boundaries of colour and error marks, then one span per stretch
  const marks = new Set([0, text.length]);
  for (const [s, e] of pieces) { marks.add(s); marks.add(e); }
  for (const e of errorSpans) { marks.add(Math.min(e.start, text.length)); marks.add(Math.min(e.end, text.length)); }
  const cuts = Array.from(marks).sort((a, b) => a - b);
  let html = '', p = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i], to = cuts[i + 1];
    while (p < pieces.length && pieces[p][1] <= from) p++;
    const kind = p < pieces.length && pieces[p][0] <= from ? 't-' + pieces[p][2] : '';
    const err = errorSpans.find(e => e.start <= from && to <= e.end);
    const cls = (kind + (err ? ' err' : '')).trim();
    const piece = escapeHtml(text.slice(from, to));
    html += cls ? `<span class="${cls}"${err ? ` title="${escapeHtml(err.message).replace(/"/g, '&quot;')}"` : ''}>${piece}</span>` : piece;
  }
  hl.innerHTML = html + '\n';
  hl.scrollTop = code.scrollTop;
  hl.scrollLeft = code.scrollLeft;
}

let checkTimer = null, lastPieces = [];

function showErrors(errors) {
  const box = $('errors');
  if (!errors) {
    box.hidden = true;
    box.textContent = '';
    errorSpans = [];
  } else {
    box.hidden = false;
    box.textContent = errors.text;
    errorSpans = spansOf(errors.errors, code.value);
  }
}

async function check() {
  const text = code.value;
  const r = await fetch('/api/check', { method: 'POST', body: text });
  if (!r.ok) { showErrors({ text: await r.text(), errors: [] }); paint(text, []); return; }
  const answer = await r.json();
  if (code.value !== text) return; // typed on meanwhile: the next check paints
  lastPieces = answer.pieces;
  showErrors(answer.errors);
  paint(text, lastPieces);
  readOptions();
}

code.addEventListener('input', () => {
  paint(code.value, []);
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, 200);
});
code.addEventListener('scroll', () => { hl.scrollTop = code.scrollTop; hl.scrollLeft = code.scrollLeft; });
code.addEventListener('keydown', e => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  if (e.key === 'Tab') {
    e.preventDefault();
    code.setRangeText('  ', code.selectionStart, code.selectionEnd, 'end');
    code.dispatchEvent(new Event('input'));
  }
});

// ---- seed and lr: controls that rewrite the train statements of the text ----

/** The train statements: from a line that starts with train to the next line that starts a statement. */
const TRAIN = /^train\b[^\n]*(?:\n(?![A-Za-z#]|$)[^\n]*)*/gm;

function readOptions() {
  const trains = code.value.match(TRAIN) || [];
  for (const name of ['seed', 'lr']) {
    const re = new RegExp('\\b' + name + '\\s+([0-9.eE+-]+)');
    const found = trains.map(t => t.match(re)).find(m => m);
    if (document.activeElement !== $(name)) $(name).value = found ? found[1] : '';
  }
}

function setOption(text, name, value) {
  const re = new RegExp('(\\b' + name + '\\s+)([0-9.eE+-]+)', 'g');
  return text.replace(TRAIN, t => {
    if (re.test(t)) return t.replace(re, (m, lead) => lead + value);
    // not given: added to the statement's first line (after the brace of a block)
    const nl = t.indexOf('\n');
    const first = nl < 0 ? t : t.slice(0, nl);
    const rest = nl < 0 ? '' : t.slice(nl);
    const brace = first.indexOf('{');
    if (brace >= 0) return first.slice(0, brace + 1) + ' ' + name + ' ' + value + ' ' + first.slice(brace + 1).trimStart() + rest;
    return first.replace(/\s*(#.*)?$/, m => ' ' + name + ' ' + value + (m.trim() ? '  ' + m.trim() : '')) + rest;
  });
}

for (const name of ['seed', 'lr']) {
  $(name).addEventListener('change', () => {
    const v = $(name).value.trim();
    if (!/^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(v)) return;
    code.value = setOption(code.value, name, v);
    code.dispatchEvent(new Event('input'));
  });
}

// ---- running ----

function setState(state, text) {
  window.nnPage.state = state;
  $('state').dataset.state = state;
  $('state').textContent = text || state;
  running = state === 'running' || state === 'paused';
  $('pause').disabled = !running;
  $('pause').textContent = state === 'paused' ? 'Resume' : 'Pause';
}

function clearViews() {
  $('reports').textContent = '';
  $('diagram').textContent = '';
  $('curves').textContent = '';
  $('nodes').textContent = '';
  $('space').textContent = '';
  $('relations').textContent = '';
  $('hyx').textContent = '-';
  delete $('hyx').dataset.final;
  $('status').textContent = 'Run the script to watch its nets train.';
  training = -1;
  points = [];
  lastSvg = '';
}

async function run(step) {
  if (source) { source.close(); source = null; }
  clearViews();
  showErrors(null);
  paint(code.value, lastPieces);
  setState('running', 'running');
  window.nnPage.runs++;
  window.nnPage.frames = [];
  window.nnPage.reports = [];
  shareLink();
  const r = await fetch('/api/run?page=' + pageId + (step ? '&step=' + step : ''), { method: 'POST', body: code.value });
  if (!r.ok) { setState('failed', await r.text()); return; }
  const { run: id } = await r.json();
  source = new EventSource('/api/events?page=' + pageId + '&run=' + id);
  source.addEventListener('frame', e => frame(JSON.parse(e.data)));
  source.addEventListener('report', e => report(JSON.parse(e.data)));
  source.addEventListener('errors', e => {
    const errors = JSON.parse(e.data);
    showErrors(errors);
    paint(code.value, lastPieces);
  });
  source.addEventListener('state', e => {
    const s = JSON.parse(e.data);
    paused = s.paused;
    setState(s.paused ? 'paused' : 'running', s.paused ? 'paused at epoch ' + s.epoch : 'running');
  });
  source.addEventListener('done', e => {
    const d = JSON.parse(e.data);
    source.close();
    source = null;
    const text = d.message ? d.message : d.stopped ? 'stopped' : d.ok ? 'done'
      : d.failedExpectations ? d.failedExpectations + ' expect failed' : 'stopped by an error';
    setState(d.ok ? 'done' : 'failed', text);
  });
}

async function control(what, n) {
  await fetch('/api/control?page=' + pageId + '&do=' + what + (n ? '&n=' + n : ''), { method: 'POST' });
}

$('run').addEventListener('click', () => run());
$('step').addEventListener('click', () => {
  const n = Math.max(1, parseInt($('stepN').value, 10) || 100);
  if (running) { control('step', n); setState('running', 'running'); } else run(n);
});
$('pause').addEventListener('click', () => {
  if (window.nnPage.state === 'paused') { control('resume'); setState('running', 'running'); } else control('pause');
});
$('reset').addEventListener('click', () => {
  if (source) { source.close(); source = null; }
  control('stop');
  clearViews();
  setState('idle', 'idle');
});

function report(r) {
  window.nnPage.reports.push(r);
  const pre = document.createElement('pre');
  pre.className = 'report ' + r.kind + (r.kind === 'expect' && r.json && r.json.ok === false ? ' expect-failed' : '');
  pre.dataset.kind = r.kind;
  pre.textContent = r.text;
  // an experiment's chart (charts.js) above its text, drawn from the report's JSON
  const chart = reportChart(r);
  if (chart) {
    const div = document.createElement('div');
    div.className = 'chart';
    div.dataset.kind = r.kind;
    div.innerHTML = chart;
    $('reports').appendChild(div);
  }
  $('reports').appendChild(pre);
}

// ---- the pictures of a frame ----

function frame(f) {
  if (f.training !== training) { training = f.training; points = []; }
  points.push(...f.points);
  const svg = f.svg ? f.svg.replace(/^<\?xml[^>]*>\s*/, '') : '';
  if (svg && svg !== lastSvg) { $('diagram').innerHTML = svg; lastSvg = svg; }
  $('diagram').dataset.epoch = f.epoch;
  $('diagram').dataset.training = f.training;
  window.nnPage.frames.push({ training: f.training, net: f.net, table: f.table, epoch: f.epoch, epochs: f.epochs,
    last: f.last, entropy: f.entropyText, svgHash: hash(svg) });
  $('status').textContent = `${f.net} on ${f.table}: epoch ${f.epoch} of ${f.epochs}` +
    (f.loss == null ? '' : `, loss ${f.loss.toFixed(4)}`);
  $('hyx').textContent = f.entropyText;
  if (f.last) $('hyx').dataset.final = 'true'; else delete $('hyx').dataset.final;
  curves(f.epochs);
  nodes(f);
  space(f);
  relations(f);
}

function space(f) {
  const box = $('space');
  box.textContent = '';
  if (!f.space) return;
  const ys = f.relations.outputs;
  for (const l of f.space.layers) {
    const size = 180, pad = 22;
    let span = 1e-9;
    for (const p of l.points) span = Math.max(span, Math.abs(p.pc[0]), Math.abs(p.pc[1]));
    const at = v => size / 2 + v / span * (size / 2 - pad);
    const dots = l.points.map(p => {
      const second = p.targets.includes(ys[ys.length - 1]) && !p.targets.includes(ys[0]);
      return `<circle cx="${at(p.pc[0]).toFixed(1)}" cy="${(size - at(p.pc[1])).toFixed(1)}" r="5" fill="${second ? '#0877bd' : '#f59322'}" stroke="#111"><title>${escapeHtml(p.x)} -> ${escapeHtml(p.targets.join('|'))}</title></circle>` +
        `<text x="${(at(p.pc[0]) + 7).toFixed(1)}" y="${(size - at(p.pc[1]) - 6).toFixed(1)}" font-size="10">${escapeHtml(p.x)}</text>`;
    }).join('');
    const e = l.explained.map(v => (v == null ? 0 : v).toFixed(2));
    const div = document.createElement('div');
    div.className = 'node';
    div.innerHTML = `layer ${l.layer}: pc1 ${e[0]}${e.length > 1 ? ', pc2 ' + e[1] : ''}<br>` +
      `<svg xmlns="${NS}" width="${size}" height="${size}" font-family="sans-serif">` +
      `<line x1="0" y1="${size / 2}" x2="${size}" y2="${size / 2}" stroke="#ddd"/><line x1="${size / 2}" y1="0" x2="${size / 2}" y2="${size}" stroke="#ddd"/>${dots}</svg>`;
    box.appendChild(div);
  }
}

function hash(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

const NS = 'http://www.w3.org/2000/svg';

function curves(epochs) {
  const w = 480, h = 160, pad = 30;
  let top = 0;
  for (const p of points) for (const v of [p[1], p[2]]) if (v != null && isFinite(v)) top = Math.max(top, v);
  top = top || 1;
  const x = e => pad + (w - pad - 8) * (epochs ? e / epochs : 0);
  const y = v => h - pad + 8 - (h - pad) * v / top;
  const line = k => points.filter(p => p[k] != null).map(p => `${x(p[0]).toFixed(1)},${y(p[k]).toFixed(1)}`).join(' ');
  $('curves').innerHTML = `<svg xmlns="${NS}" width="${w}" height="${h}" font-size="11" font-family="sans-serif">
    <line x1="${pad}" y1="${h - pad + 8}" x2="${w - 8}" y2="${h - pad + 8}" stroke="#999"/>
    <line x1="${pad}" y1="8" x2="${pad}" y2="${h - pad + 8}" stroke="#999"/>
    <text x="2" y="14">${top.toFixed(2)}</text><text x="2" y="${h - pad + 8}">0</text>
    <text x="${w - 60}" y="${h - 6}">${epochs} epochs</text>
    <polyline class="loss" fill="none" stroke="#dd6b20" stroke-width="1.5" points="${line(1)}"/>
    <polyline class="entropy" fill="none" stroke="#2b6cb0" stroke-width="1.5" points="${line(2)}"/>
    <text x="${pad + 8}" y="${h - 6}" fill="#dd6b20">loss</text><text x="${pad + 48}" y="${h - 6}" fill="#2b6cb0">H(Y|X)</text>
  </svg>`;
}

/** Orange for low, white for the middle, blue for high: TensorFlow Playground's colours. */
function colour(v, lo, hi) {
  const t = Math.max(0, Math.min(1, (v - lo) / ((hi - lo) || 1)));
  const a = [245, 147, 34], m = [248, 248, 248], b = [8, 119, 189];
  const mix = (p, q, s) => p.map((c, i) => Math.round(c + (q[i] - c) * s));
  const c = t < 0.5 ? mix(a, m, t * 2) : mix(m, b, (t - 0.5) * 2);
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function range(activation, values) {
  if (activation === 'sigmoid') return [0, 1];
  if (activation === 'tanh') return [-1, 1];
  let lo = Math.min(0, ...values), hi = Math.max(1e-9, ...values);
  return [lo, hi];
}

function squareCanvas(cells, sq, lo, hi, line) {
  const n = sq.cells, px = 4, canvas = document.createElement('canvas');
  canvas.width = canvas.height = n * px;
  const g = canvas.getContext('2d');
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      g.fillStyle = colour(cells[j * n + i], lo, hi);
      g.fillRect(i * px, j * px, px, px);
    }
  }
  if (line) {
    // the decision line: cells where p crosses 1/2 from a neighbour
    g.fillStyle = '#111';
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const v = cells[j * n + i] >= 0.5;
        if ((i + 1 < n && (cells[j * n + i + 1] >= 0.5) !== v) || (j + 1 < n && (cells[(j + 1) * n + i] >= 0.5) !== v)) {
          g.fillRect(i * px + 1, j * px + 1, 2, 2);
        }
      }
    }
  }
  for (const p of sq.points) {
    const cx = (p.at[0] - sq.x[0]) / (sq.x[1] - sq.x[0]) * (n - 1) * px + px / 2;
    const cy = (p.at[1] - sq.y[0]) / (sq.y[1] - sq.y[0]) * (n - 1) * px + px / 2;
    g.strokeStyle = '#111';
    g.beginPath();
    g.arc(cx, cy, 3.5, 0, 2 * Math.PI);
    g.stroke();
  }
  return canvas;
}

function nodes(f) {
  const box = $('nodes');
  box.textContent = '';
  const rows = f.relations.rows.map(r => r.x);
  for (const node of f.nodes) {
    const div = document.createElement('div');
    div.className = 'node';
    div.dataset.node = node.name;
    const [lo, hi] = range(node.activation, node.rows.concat(node.cells || []));
    div.append(node.name + ' (' + node.activation + ')');
    if (node.cells && f.square) div.appendChild(squareCanvas(node.cells, f.square, lo, hi, false));
    div.appendChild(rowStrip(rows, node.rows, lo, hi));
    box.appendChild(div);
  }
  if (f.output && f.square) {
    const div = document.createElement('div');
    div.className = 'node';
    div.dataset.node = 'output';
    div.append(f.output.name + ' with its decision line');
    div.appendChild(squareCanvas(f.output.cells, f.square, 0, 1, true));
    box.appendChild(div);
  }
}

function rowStrip(names, values, lo, hi) {
  const strip = document.createElement('div');
  strip.className = 'rows';
  values.forEach((v, i) => {
    const s = document.createElement('span');
    s.style.background = colour(v, lo, hi);
    s.title = names[i] + ': ' + v;
    strip.appendChild(s);
  });
  return strip;
}

function relations(f) {
  const r = f.relations, t = $('relations');
  const head = '<tr><th>x</th><th>S(x)</th>' + r.outputs.map(y => `<th>p(${escapeHtml(y)})</th><th>-p log p</th>`).join('') +
    '<th>H(Y|X=x)</th></tr>';
  const body = r.rows.map(row => '<tr><td>' + escapeHtml(row.x) + '</td><td>' + escapeHtml(row.targets.join('|')) + '</td>' +
    row.p.map(p => {
      const det = p != null && (p < f.eps || p > 1 - f.eps);
      const plogp = p > 0 ? -p * Math.log2(p) : 0;
      return `<td class="${det ? 'det' : 'und'}">${p == null ? 'nan' : p.toFixed(4)}${det ? ' ✓' : ''}</td>` +
        `<td>${plogp.toFixed(4)}</td>`;
    }).join('') + `<td>${row.h == null ? 'nan' : row.h.toFixed(4)}</td></tr>`).join('');
  t.innerHTML = head + body + `<tr><td colspan="${2 + 2 * r.outputs.length}">H(Y|X), ${r.determined} of ${r.count} relations determined</td>` +
    `<td>${escapeHtml(f.entropyText)}</td></tr>`;
}

// ---- downloads ----

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

$('save').addEventListener('click', () => download(scriptName, new Blob([code.value], { type: 'text/plain' })));
$('saveSvg').addEventListener('click', () => {
  if (lastSvg) download(scriptName.replace(/\.nn$/, '') + '.svg', new Blob([lastSvg], { type: 'image/svg+xml' }));
});
$('savePng').addEventListener('click', () => {
  if (!lastSvg) return;
  const img = new Image();
  img.onload = () => {
    const c = document.createElement('canvas');
    c.width = img.width * 2;
    c.height = img.height * 2;
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.drawImage(img, 0, 0, c.width, c.height);
    c.toBlob(b => download(scriptName.replace(/\.nn$/, '') + '.png', b), 'image/png');
  };
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(lastSvg);
});
$('shareLink').addEventListener('click', () => shareLink());

// ---- start: the script of the link, else the served file's ----

async function start() {
  const served = await (await fetch('/api/script')).json();
  scriptName = served.name || scriptName;
  let text = null;
  const fragment = location.hash.slice(1);
  if (fragment) {
    try {
      text = await unpack(fragment);
    } catch (e) {
      showErrors({ text: 'the link\'s script cannot be read (' + e.message + '); the served script is shown', errors: [] });
    }
  }
  code.value = text != null ? text : served.text || '';
  await check();
  window.nnPage.ready = true;
  document.body.dataset.ready = 'true';
}

// a link pasted into this tab's address bar changes only the fragment: load its script
window.addEventListener('hashchange', async () => {
  const text = await unpack(location.hash.slice(1)).catch(() => null);
  if (text != null && text !== code.value) {
    code.value = text;
    await check();
  }
});

start();
