// The installable app: manifest and icons, the service worker's precache (offline after one
// visit, reloads and deep links included, from a sub-folder as a portal would host it), and a
// new deployment announced as 「新しいバージョンがあります」 without losing work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { dist, root, openPage, startFromPreset, assertNoViolations, focusReaches } from './browser.mjs';
import { serve } from './server.mjs';

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(() => browser?.close());

/** A private copy of the build, so a test can "deploy" over it. */
function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dxm-dist-'));
  fs.cpSync(dist, dir, { recursive: true });
  return dir;
}

/** Polls an async check in the page until it returns true (waitForFunction does not await). */
async function until(page, check, arg, what) {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate(check, arg)) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
}

test('installable: the manifest names the app in Japanese with every icon size and the DADS colour', async () => {
  const server = await serve(dist);
  try {
    const env = { browser, server, origin: server.origin };
    const { page, problems } = await openPage(env);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]').href;
      const m = await (await fetch(href)).json();
      const icons = [];
      for (const i of m.icons) {
        const r = await fetch(new URL(i.src, href));
        const bytes = new Uint8Array(await r.arrayBuffer());
        // PNG header: width and height are big-endian at bytes 16–23.
        const dv = new DataView(bytes.buffer);
        icons.push({ ...i, status: r.status, type: r.headers.get('content-type'), w: dv.getUint32(16), h: dv.getUint32(20) });
      }
      return { ...m, icons };
    });
    assert.equal(manifest.name, '自治体DX人材マッチ');
    assert.equal(manifest.lang, 'ja');
    assert.equal(manifest.theme_color, '#0017c1');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    for (const i of manifest.icons) {
      assert.equal(i.status, 200, i.src);
      assert.equal(i.type, 'image/png', i.src);
      assert.equal(`${i.w}x${i.h}`, i.sizes, i.src);
    }
    const sizes = (purpose) => manifest.icons.filter((i) => i.purpose === purpose).map((i) => i.sizes);
    for (const s of ['192x192', '512x512']) {
      assert.ok(sizes('any').includes(s), `any ${s}`);
      assert.ok(sizes('maskable').includes(s), `maskable ${s}`);
    }
    assert.equal(await page.locator('link[rel=apple-touch-icon]').count(), 1);
    await controlled(page);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await server.close();
  }
});

test('after one visit the app works offline from a sub-folder: reload, deep link, the main flow, an import', async () => {
  const prefix = '/portal/dx/match/';
  const server = await serve(dist, { prefix });
  const env = { browser, server, origin: server.origin };
  const { page, context, problems } = await openPage(env);
  await controlled(page);
  const precached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const app = keys.find((k) => k.startsWith('dxm-app-'));
    return (await (await caches.open(app)).keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(precached.every((p) => p.startsWith(prefix)), 'cached under the sub-folder');
  assert.ok(precached.some((p) => p.endsWith('.wasm')) && precached.includes(`${prefix}index.html`));
  // A visit that only opens the app gets what the start screen needs: no other screen's code
  // and no import code…
  assert.ok(!precached.some((p) => /import-worker|\/(split|chunk)_/.test(p)), 'only the start screen is precached');
  // … and once the user moves on, all of it is kept for offline use.
  const working = JSON.parse(/const WORKING = (\[[^\]]*\])/.exec(fs.readFileSync(path.join(dist, 'sw.js'), 'utf8'))[1]);
  assert.ok(working.some((f) => f.includes('split_matches_screen')) && working.some((f) => f.includes('import-worker')));
  await page.goto(`${server.url}#/data`);
  await until(page, async (expected) => {
    const app = (await caches.keys()).find((k) => k.startsWith('dxm-app-'));
    const kept = new Set((await (await caches.open(app)).keys()).map((r) => r.url));
    return expected.every((f) => kept.has(new URL(f, location.href).href));
  }, working, 'every screen and the import code to be kept');

  // Offline for real: the server is gone.
  await server.close();
  await page.reload();
  await page.locator('#import-title').waitFor();
  await page.goto(`${server.url}#/start`);
  await page.locator('#org-search').waitFor();
  await startFromPreset(page, env, '札幌市', ['engineer']);
  assert.ok((await page.locator('.match-card').count()) > 0);

  // A deep link opened in a new tab, still offline.
  const tab = await context.newPage();
  await tab.goto(`${server.url}#/gap`);
  await tab.locator('h1', { hasText: 'ギャップ' }).waitFor();
  // Importing needs the worker, which was kept too.
  await tab.goto(`${server.url}#/data`);
  await tab.setInputFiles('#import-file', path.join(root, 'crates/domain/tests/corpus/good_pool.csv'));
  await tab.locator('#validate-import').waitFor();
  // The only failures are the update checks and publisher files a real offline visit would miss.
  assert.deepEqual(problems.consoleErrors.filter((e) => !/Failed to (fetch|update|load resource)|net::ERR/.test(e)), []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('a new deployment shows 「新しいバージョンがあります」; the user chooses when; nothing is lost; other tabs are told to reload', async () => {
  const dir = copyOfDist();
  const server = await serve(dir);
  try {
    const env = { browser, server, origin: server.origin };
    const { page, context, problems } = await openPage(env);
    await controlled(page);
    await startFromPreset(page, env, '札幌市', ['engineer']);
    const before = await page.locator('.current-assessment .name').textContent();
    const oldVersion = await page.evaluate(() => caches.keys());
    // A second tab on the old version, left open.
    const other = await context.newPage();
    await other.goto(server.url);
    await other.locator('#page-title').waitFor();
    await controlled(other);

    // Deploy a changed build: new content, the hook run again as Trunk would.
    const index = path.join(dir, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</body>', '<!-- build 2 -->\n</body>'));
    execFileSync('node', [path.join(root, 'tools/postbuild.mjs'), dir]);
    const newVersion = /const VERSION = "([0-9a-f]+)"/.exec(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'))[1];
    assert.ok(!oldVersion.includes(`dxm-app-${newVersion}`));

    // The app checks for updates when the page becomes visible again.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const banner = page.locator('.update-banner');
    await banner.getByText('新しいバージョンがあります').waitFor({ timeout: 30000 });
    assert.equal(await banner.getAttribute('role'), 'status');
    await assertNoViolations(page, 'the update prompt');
    // Nothing happens until the user chooses: the page keeps its state and keeps working.
    assert.equal(await page.locator('.current-assessment .name').textContent(), before);
    assert.ok((await page.locator('.match-card').count()) > 0);
    await page.click('#update-later');
    assert.equal(await page.locator('#update-now').count(), 0);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.locator('#update-now').waitFor();

    assert.equal(await other.locator('#switched-reload').count(), 0);
    await Promise.all([page.waitForEvent('load'), page.click('#update-now')]);
    await page.locator('#page-title').waitFor();
    // The other tab learns that a new version now runs, and is asked to reload.
    await other.locator('#switched-reload').waitFor({ timeout: 30000 });
    assert.match(await other.locator('.update-banner').textContent(), /新しいバージョンに切り替わりました/);
    await assertNoViolations(other, 'the switched-version prompt');
    await Promise.all([other.waitForEvent('load'), other.click('#switched-reload')]);
    await other.locator('#page-title').waitFor();
    assert.equal(await other.locator('#switched-reload').count(), 0);
    await until(
      page,
      (v) => caches.keys().then((k) => k.includes(`dxm-app-${v}`) && k.filter((x) => x.startsWith('dxm-app-')).length === 1),
      newVersion,
      'the new version to replace the old one',
    );
    assert.equal(await page.locator('#update-now').count(), 0);
    assert.equal(await page.locator('.current-assessment .name').textContent(), before);
    await page.goto(server.url + '#/matches');
    await page.locator('.match-card').first().waitFor();
    assert.ok((await page.locator('.match-card').count()) > 0, 'the assessment is still there');
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a screen whose code cannot be fetched says so, keeps the work and loads on retry', async () => {
  const server = await serve(dist);
  // No service worker: every chunk request goes to the network, where this test breaks one.
  const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const guideChunk = /split_guide_screen-[0-9a-f]+\.wasm$/;
    await context.route(guideChunk, (r) => r.abort());
    await page.goto(server.url);
    await page.fill('#assessment-name', '再試行の確認');
    await page.locator('#assessment-name').press('Tab');
    await page.goto(`${server.url}#/guide`);
    const alert = page.locator('[role="alert"]', { hasText: 'この画面を読み込めませんでした' });
    await alert.waitFor();
    assert.equal(await page.locator('#page-title').textContent(), '使い方');
    await focusReaches(page, '#page-title');
    await assertNoViolations(page, 'a screen that failed to load');

    await context.unroute(guideChunk);
    await page.getByRole('button', { name: 'もう一度読み込む' }).click();
    await page.locator('#page-title', { hasText: '使い方' }).waitFor();
    await alert.waitFor({ state: 'detached' });
    await page.locator('#guide-steps').waitFor();
    await page.goto(`${server.url}#/start`);
    assert.equal(await page.locator('#assessment-name').inputValue(), '再試行の確認');
    // The only errors are the failed download itself.
    assert.deepEqual(errors.filter((e) => !/Failed to (fetch|load resource)|net::ERR_FAILED/.test(e)), []);
    assert.ok(errors.length > 0, 'the failed download was reported in the console');
  } finally {
    await context.close();
    await server.close();
  }
});

test('the municipality list and the samples are fetched only when needed; a failed fetch says so and is retried', async () => {
  const server = await serve(dist);
  const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const errors = [];
  const fetched = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const list = /\/data\/municipalities-[0-9a-f]+\.csv$/;
    await context.route(list, (r) => r.abort());
    await page.goto(server.url);
    await page.locator('#org-search').waitFor();
    await page.waitForLoadState('networkidle');
    // The start screen does without them; the footer says when they come.
    assert.deepEqual(fetched.filter((p) => p.includes('/data/') || p.includes('deferred')), []);
    assert.match(await page.locator('footer').textContent(), /団体を検索したときに読み込みます/);

    // Searching asks for them: here the list cannot be fetched, and the picker says so.
    await page.fill('#org-search', 'さっぽろ');
    await page.locator('#org-search-status', { hasText: '団体の一覧を読み込めませんでした' }).waitFor();
    assert.equal(await page.locator('.org-results').count(), 0);
    await assertNoViolations(page, 'organisation list not loaded');

    // Another screen needs them too: it says it could not be loaded, and loads on retry.
    await page.goto(`${server.url}#/guide`);
    const alert = page.locator('[role="alert"]', { hasText: 'この画面を読み込めませんでした' });
    await alert.waitFor();
    await context.unroute(list);
    await page.getByRole('button', { name: 'もう一度読み込む' }).click();
    await page.locator('#guide-steps').waitFor();
    await alert.waitFor({ state: 'detached' });

    // Back on the start screen the search works.
    await page.goto(`${server.url}#/start`);
    await page.fill('#org-search', 'さっぽろし');
    await page.locator('.org-results button', { hasText: '札幌市' }).first().click();
    await page.locator('#org-selected .org-name', { hasText: '北海道 札幌市' }).waitFor();
    // The footer now counts what was loaded, from the files themselves.
    const csv = fs.readFileSync(path.join(root, 'crates/domain/data/municipalities.csv'), 'utf8').trim().split('\n');
    const samples = JSON.parse(fs.readFileSync(path.join(root, 'crates/domain/data/sample_profiles.json'), 'utf8'));
    const footer = await page.locator('footer').textContent();
    assert.match(footer, new RegExp(`市区町村${csv.length - 1}、`));
    assert.match(footer, new RegExp(`\\(${samples.profiles.length}, 時点 ${samples.as_of}\\)`));

    // A returning visit with an organisation chosen names it again (the list is fetched at once).
    await page.reload();
    await page.locator('#org-selected .org-name', { hasText: '北海道 札幌市' }).waitFor();
    assert.deepEqual(errors.filter((e) => !/Failed to (fetch|load resource)|net::ERR_FAILED/.test(e)), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a pack the publisher withdraws from dxm-config.json leaves the offline cache', async () => {
  const server = await serve(dist);
  const pack = fs.readFileSync(path.join(root, 'docs/templates/profile-pack-example.json'), 'utf8');
  const config = (packs) => ({ type: 'application/json', body: JSON.stringify({ profile_packs: packs }) });
  server.extra.set('/dxm-config.json', config(['packs/a.json', 'packs/b.json']));
  server.extra.set('/packs/a.json', { type: 'application/json', body: pack });
  server.extra.set('/packs/b.json', { type: 'application/json', body: pack.replace(/EXAMPLE-/g, 'EXB-') });
  try {
    const env = { browser, server, origin: server.origin };
    const { page } = await openPage(env);
    await controlled(page);
    const kept = () =>
      page.evaluate(async () => {
        const runtime = await caches.open('dxm-runtime');
        return (await runtime.keys()).map((r) => new URL(r.url).pathname).sort();
      });
    await until(page, async () => {
      const runtime = await caches.open('dxm-runtime');
      return Boolean((await runtime.match('packs/a.json')) && (await runtime.match('packs/b.json')));
    }, null, 'both packs to be kept for offline use');

    // The publisher withdraws pack a; the next visit fetches the settings and drops it.
    server.extra.set('/dxm-config.json', config(['packs/b.json']));
    await page.reload();
    await page.locator('#page-title').waitFor();
    await until(page, async () => !(await (await caches.open('dxm-runtime')).match('packs/a.json')), null, 'pack a to leave the cache');
    const now = await kept();
    assert.ok(now.includes('/packs/b.json'), `pack b is still kept: ${now}`);
    assert.ok(!now.includes('/packs/a.json'));
    const settings = await page.evaluate(async () => (await (await caches.open('dxm-runtime')).match('dxm-config.json')).json());
    assert.deepEqual(settings.profile_packs, ['packs/b.json'], 'the new settings are what is kept');
  } finally {
    await server.close();
  }
});
