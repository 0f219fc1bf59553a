// The first paint: index.html carries a static, inert copy of the start screen (#boot) that is
// on screen before the app's code has arrived, and the app takes its place when it mounts.
// Checked here: the app's files are requested only after that first paint; the copy says what
// the app says (its words are the Japanese of src/i18n, written twice); the swap moves nothing
// (no layout shift) and paints nothing larger (the largest paint stays the copy's); and a page
// that will not open on the start screen in Japanese shows the loading line alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './browser.mjs';

const s = suite();

const MOBILE = { width: 412, height: 823 };

/** A fresh page that records largest-contentful-paint and layout-shift entries from the start. */
async function observedPage(env, { viewport = MOBILE, init } = {}) {
  const context = await env.browser.newContext({ locale: 'ja-JP', viewport });
  if (init) await context.addInitScript(init);
  await context.addInitScript(() => {
    window.__paints = [];
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paints.push({ time: e.startTime, size: e.size });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
    // When the app's own heading appears.
    new MutationObserver((_, mo) => {
      if (document.getElementById('page-title')) {
        window.__mounted = performance.now();
        mo.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Holds every request for the app's WebAssembly until `release()` is called. */
async function holdApp(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/dxm-app-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the start screen is painted before the app is fetched, and the app takes its place', async () => {
  for (const viewport of [MOBILE, { width: 1280, height: 900 }]) {
    const { context, page, errors } = await observedPage(s.env, { viewport });
    const release = await holdApp(page);
    await page.goto(s.env.server.url);
    // Without the app: the static screen, in Japanese, inert.
    const shell = page.locator('#boot .boot-shell');
    await shell.locator('h1', { hasText: '団体と評価の基本情報' }).waitFor();
    assert.equal(await shell.getAttribute('inert'), '');
    assert.equal(await page.locator('#page-title').count(), 0);
    await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
    release();
    await page.locator('#page-title').waitFor();
    assert.equal(await page.locator('#boot').count(), 0, 'the app replaced the static screen');
    await page.waitForTimeout(500);
    const r = await page.evaluate(() => {
      const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint').startTime;
      const app = performance.getEntriesByType('resource').filter((e) => /dxm-app-[0-9a-f]+(_bg\.wasm|\.js|_split\.js)$/.test(e.name));
      return { fcp, appStarts: app.map((e) => e.startTime), paints: window.__paints, shifts: window.__shifts, mounted: window.__mounted };
    });
    assert.equal(r.appStarts.length, 3, 'the app’s JavaScript, chunk loader and WebAssembly');
    for (const start of r.appStarts) assert.ok(start > r.fcp, `an app file was requested at ${start} ms, before the first paint at ${r.fcp} ms`);
    const last = r.paints.at(-1);
    assert.ok(last.time < r.mounted, `the largest paint (${last.size} px² at ${last.time} ms) came after the app mounted (${r.mounted} ms)`);
    assert.deepEqual(r.shifts, [], `layout shifts at ${viewport.width} px`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the static screen says what the app says', async () => {
  const { context, page, errors } = await observedPage(s.env);
  const html = await (await fetch(s.env.server.url)).text();
  await page.goto(s.env.server.url);
  await page.locator('#page-title').waitFor();
  const missing = await page.evaluate((html) => {
    const shell = new DOMParser().parseFromString(html, 'text/html').querySelector('#boot .boot-shell');
    const texts = [...shell.querySelectorAll('*')]
      .filter((el) => el.children.length === 0 && el.textContent.trim() !== '')
      .map((el) => ({ tag: el.tagName, cls: el.className, text: el.textContent.trim() }));
    const app = (t) => [...document.querySelectorAll(t.tag)].some((el) => el.className === t.cls && el.textContent.trim() === t.text);
    return texts.length > 20 ? texts.filter((t) => !app(t)) : ['too few texts found in #boot'];
  }, html);
  assert.deepEqual(missing, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('English, another screen or a frame: the loading line alone until the app draws it', async () => {
  const cases = [
    { name: 'English saved', init: () => localStorage.setItem('dxm.lang', 'en'), hash: '', heading: 'Organisation and assessment' },
    { name: 'another screen', hash: '#/guide', heading: '使い方' },
  ];
  for (const c of cases) {
    const { context, page, errors } = await observedPage(s.env, { init: c.init });
    const release = await holdApp(page);
    await page.goto(s.env.server.url + c.hash);
    await page.locator('html.boot-plain').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.boot-note').isVisible(), true, c.name);
    assert.equal(await page.locator('.boot-shell').isVisible(), false, c.name);
    release();
    await page.locator('#page-title').waitFor();
    assert.match(await page.locator('#page-title').textContent(), new RegExp(c.heading), c.name);
    assert.equal(await page.locator('html.boot-plain').count(), 0, c.name);
    assert.deepEqual(errors, [], c.name);
    await context.close();
  }
});
