#!/usr/bin/env node
// Where the start page's time goes under Lighthouse 12.2.3's mobile preset (its default:
// simulated throttling, 4× CPU slowdown, slow 4G) — the same run as `lighthouse_performance` in
// tools/bench.mjs, with the figures behind the score:
//
//   the score and FCP, LCP, TBT, Speed Index, CLS (simulated), and the same as observed unthrottled;
//   the LCP element and its phases (or, where that audit fails, the candidates in the trace);
//   main-thread work by kind (`mainthread-work-breakdown`) and by script (`bootup-time`);
//   the long tasks (`long-tasks`, durations as simulated, i.e. ×4) and what each adds to TBT;
//   from the trace: each top-level task on the main thread in order (observed, unthrottled ms)
//   with what took its time, and the main thread's self time by trace event (wasm compilation,
//   script evaluation, style, layout, paint …).
//
// Usage: node tools/profile-start.mjs [built folder (default dist/)] [--runs N] [--json file]
// Needs `tools/setup.sh bench` (Lighthouse under tools/lighthouse/) and Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return value;
};
const runs = Number(opt('--runs', '1'));
const jsonOut = opt('--json', null);
const dir = path.resolve(args[0] || path.join(root, 'dist'));
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`profile-start: ${dir} has no index.html (build first: trunk build --release --offline)`);
  process.exit(2);
}

const lhRoot = path.join(root, 'tools/lighthouse/node_modules');
const { default: lighthouse } = await import(path.join(lhRoot, 'lighthouse/core/index.js'));
const chromeLauncher = await import(path.join(lhRoot, 'chrome-launcher/dist/index.js'));
const { MainThreadTasks } = await import(path.join(lhRoot, 'lighthouse/core/computed/main-thread-tasks.js'));

const ms = (v) => (v == null ? '—' : `${Math.round(v)} ms`);
const short = (url) => {
  if (!url) return '(no script)';
  try {
    const u = new URL(url);
    return u.pathname.replace(/^\//, '') || 'index.html';
  } catch {
    return url;
  }
};
const table = (rows) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const r of rows) console.log('  ' + r.map((cell, c) => String(cell).padEnd(widths[c])).join('  '));
};

/** The main thread's top-level tasks, and self time summed by trace event name. */
async function traceBreakdown(trace) {
  const tasks = await MainThreadTasks.request(trace, { computedCache: new Map() });
  const bySelf = new Map();
  const visit = (t) => {
    const name = t.event.name;
    bySelf.set(name, (bySelf.get(name) || 0) + t.selfTime);
    t.children.forEach(visit);
  };
  const top = tasks.filter((t) => !t.parent);
  top.forEach(visit);
  // Each top-level task of 5 ms or more (observed): when, how long, and its three largest
  // contributions by event (self time of the event and its descendants of other names).
  const longish = top
    .filter((t) => t.duration >= 5)
    .map((t) => {
      const within = new Map();
      const walk = (n) => {
        within.set(n.event.name, (within.get(n.event.name) || 0) + n.selfTime);
        n.children.forEach(walk);
      };
      walk(t);
      const parts = [...within]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ');
      return { start: t.startTime, duration: t.duration, url: t.attributableURLs.at(-1), parts };
    });
  return {
    total: top.reduce((s, t) => s + t.duration, 0),
    events: [...bySelf].sort((a, b) => b[1] - a[1]),
    tasks: longish,
  };
}

async function once(server, chrome) {
  const result = await lighthouse(server.url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  const { lhr, artifacts } = result;
  const a = lhr.audits;
  const metric = (id) => a[id]?.numericValue;
  const observed = a.metrics?.details?.items?.[0] ?? {};
  const figures = {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    si: metric('speed-index'),
    cls: metric('cumulative-layout-shift'),
    tti: metric('interactive'),
    observed: {
      fcp: observed.observedFirstContentfulPaint,
      lcp: observed.observedLargestContentfulPaint,
      load: observed.observedLoad,
      domContentLoaded: observed.observedDomContentLoaded,
    },
  };
  console.log(`\nperformance ${figures.performance}`);
  console.log(
    `  simulated: FCP ${ms(figures.fcp)}  LCP ${ms(figures.lcp)}  TBT ${ms(figures.tbt)}  SI ${ms(figures.si)}  TTI ${ms(figures.tti)}  CLS ${figures.cls?.toFixed(3)}`,
  );
  console.log(
    `  observed (unthrottled): FCP ${ms(figures.observed.fcp)}  LCP ${ms(figures.observed.lcp)}  DOMContentLoaded ${ms(figures.observed.domContentLoaded)}  load ${ms(figures.observed.load)}`,
  );

  // LCP element: a list of two tables in Lighthouse 12 (the element, then its phases).
  const lcpDetails = a['largest-contentful-paint-element']?.details;
  const lcpTables = lcpDetails?.type === 'list' ? lcpDetails.items : lcpDetails ? [lcpDetails] : [];
  for (const t of lcpTables) {
    for (const item of t.items ?? []) {
      if (item.node) console.log(`  LCP element: ${item.node.nodeLabel ? `"${item.node.nodeLabel}" ` : ''}${item.node.snippet}`);
      else if (item.phase) console.log(`    ${item.phase}: ${ms(item.timing)} (${Math.round(item.percent ?? 0)}%)`);
    }
  }
  // The audit fails with some Chromium builds (its TraceElements gatherer); the trace still
  // names every candidate.
  const trace = artifacts.traces?.defaultPass ?? artifacts.Trace;
  const origin = observed.observedNavigationStartTs;
  for (const e of trace?.traceEvents ?? []) {
    if (e.name !== 'largestContentfulPaint::Candidate' || !e.args?.data?.isOutermostMainFrame) continue;
    const d = e.args.data;
    console.log(`  LCP candidate ${d.candidateIndex}: ${d.nodeName} (${d.type}, ${d.size} px²) at ${ms((e.ts - origin) / 1000)} observed`);
  }

  console.log('\nmain-thread work (simulated, mainthread-work-breakdown)');
  table((a['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.groupLabel ?? i.group, ms(i.duration)]));
  console.log('\nby script (simulated, bootup-time): total, evaluation, parse/compile');
  table((a['bootup-time']?.details?.items ?? []).map((i) => [short(i.url), ms(i.total), ms(i.scripting), ms(i.scriptParseCompile)]));
  // Blocking time as TBT counts it: what a task after the first paint takes beyond 50 ms.
  console.log('\nlong tasks (simulated, long-tasks): start, duration, blocking after FCP, script');
  table(
    (a['long-tasks']?.details?.items ?? []).map((i) => [
      ms(i.startTime),
      ms(i.duration),
      i.startTime >= figures.fcp ? ms(Math.max(0, i.duration - 50)) : '(before FCP)',
      short(i.url),
    ]),
  );
  const diag = a.diagnostics?.details?.items?.[0];
  if (diag) {
    console.log(
      `  diagnostics (observed): ${diag.numTasks} tasks, ${diag.numTasksOver25ms} over 25 ms, ${diag.numTasksOver50ms} over 50 ms, ${diag.numTasksOver100ms} over 100 ms; total task time ${ms(diag.totalTaskTime)}`,
    );
  }

  let breakdown = null;
  if (trace) {
    breakdown = await traceBreakdown(trace);
    console.log(`\nfrom the trace (observed, unthrottled; ×4 under the preset): main thread busy ${ms(breakdown.total)}`);
    console.log('  self time by event:');
    table(breakdown.events.slice(0, 16).map(([k, v]) => [k, `${v.toFixed(1)} ms`]));
    console.log('  top-level tasks of 5 ms or more: start, duration, script, largest parts (ms)');
    table(breakdown.tasks.map((t) => [ms(t.start), `${t.duration.toFixed(1)} ms`, short(t.url), t.parts]));
  }
  return { figures, breakdown };
}

const server = await serve(dir, { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const all = [];
try {
  for (let k = 0; k < runs; k++) {
    console.log(`\n=== run ${k + 1} of ${runs} (${dir}) ===`);
    all.push(await once(server, chrome));
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (runs > 1) {
  console.log('\nsummary: performance, FCP, LCP, TBT, SI (simulated)');
  table(all.map(({ figures: f }, k) => [`run ${k + 1}`, f.performance, ms(f.fcp), ms(f.lcp), ms(f.tbt), ms(f.si)]));
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(all, null, 2));
