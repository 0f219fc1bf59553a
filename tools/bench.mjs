// Benchmarks. Every figure is printed as one line: `BENCH <name> <value> <unit>`.
//
//   dist_raw_kb      everything a first visit downloads, as served (uncompressed), in KiB
//   dist_brotli_kb   the same files compressed with brotli (quality 11), as a static host
//                    with pre-compressed assets would send them, in KiB
//
// "What a first visit downloads" is measured, not assumed: the release build is opened in
// headless Chromium and every file it requests until the first screen is ready is counted.
// Run with `make bench` (it builds dist/ first).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, dist } from '../tests/e2e/browser.mjs';

const kib = (bytes) => (bytes / 1024).toFixed(1);
const brotli = (buf) =>
  zlib.brotliCompressSync(buf, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

const env = await launch();
try {
  const requested = new Set();
  const context = await env.browser.newContext();
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === env.origin) requested.add(u.pathname === '/' ? '/index.html' : decodeURIComponent(u.pathname));
  });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.locator('#page-title').waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();

  let raw = 0;
  let compressed = 0;
  for (const p of [...requested].sort()) {
    const file = path.join(dist, p);
    if (!fs.existsSync(file)) continue; // e.g. a 404 probe; nothing was downloaded
    const buf = fs.readFileSync(file);
    raw += buf.length;
    compressed += brotli(buf);
  }
  console.log(`BENCH dist_raw_kb ${kib(raw)} KiB`);
  console.log(`BENCH dist_brotli_kb ${kib(compressed)} KiB`);
} finally {
  await env.browser.close();
  await env.server.close();
}
