// Embedding: the example portal (examples/embed) on a second loopback origin frames the app
// through embed.js, hands it a talent pool and an assessment, and receives results; a portal on
// a third origin that is not on the allow-list gets nothing and changes nothing. The app is
// served with the hosting headers of docs/hosting.md (CSP with frame-ancestors).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { dist, root, assertNoViolations } from './browser.mjs';
import { serve } from './server.mjs';

let browser, app, portal, stranger;

/** The page's own policy (from the built index.html) as a header, plus who may frame it. */
function hostingCsp(framers) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
  return `${policy}; frame-ancestors 'self' ${framers.join(' ')}`;
}

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const examples = path.join(root, 'examples/embed');
  portal = await serve(examples);
  stranger = await serve(examples);
  app = await serve(dist, {
    headers: { 'content-security-policy': hostingCsp([portal.origin, stranger.origin]) },
  });
  app.extra.set('/dxm-config.json', {
    type: 'application/json',
    body: JSON.stringify({ embed: { allowed_origins: [portal.origin] } }),
  });
});

after(async () => {
  await browser?.close();
  for (const s of [app, portal, stranger]) await s?.close();
});

/** Opens a portal page framing the app; records what the page receives and every request. */
async function openPortal(server) {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = { errors: [], appRequests: [], foreign: [] };
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  context.on('request', (r) => {
    const u = r.url();
    const inApp = r.frame()?.url().startsWith(app.origin);
    if (inApp) seen.appRequests.push(u);
    if (inApp && !u.startsWith(app.origin + '/') && !/^(data|blob):/.test(u)) seen.foreign.push(u);
  });
  // Every message that reaches the portal's window, whatever the element makes of it.
  await page.addInitScript(() => {
    window.__received = [];
    addEventListener('message', (e) => window.__received.push({ origin: e.origin, type: e.data && e.data.type }));
  });
  await page.goto(`${server.url}?app=${encodeURIComponent(app.url)}`);
  const frame = () => page.frames().find((f) => f.url().startsWith(app.origin));
  return { page, context, seen, frame };
}

test('an allowed portal frames the app, hands in a pool and an assessment, and receives results', async () => {
  const { page, seen, frame } = await openPortal(portal);
  await page.locator('#host-ready', { hasText: 'アプリの準備ができました' }).waitFor();
  const el = page.locator('dxm-match');
  // The frame grows to the app's height (dxm:resize), above the element's minimum.
  await page.waitForFunction(() => document.querySelector('dxm-match').shadowRoot.querySelector('iframe').offsetHeight > 600);
  const appFrame = frame();
  assert.ok(appFrame, 'the app is framed');
  assert.ok(await appFrame.evaluate(() => document.documentElement.classList.contains('embedded')));
  assert.equal(await appFrame.locator('#install-app').count(), 0);
  assert.equal(await appFrame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);

  // The portal's pool, validated by the app like any pack.
  await page.click('#send-pool');
  await page.locator('#host-status', { hasText: '（4人）を渡しました' }).waitFor();

  // An assessment as a share link: the app adds it as a new assessment and reports results.
  const before = await appFrame.evaluate(() => JSON.parse(localStorage.getItem('dxm.state.v1') || 'null'));
  const loaded = await el.evaluate(async (e) => {
    // A small need the pool can meet: a city in the pool's prefecture (長野市), an engineer,
    // security skills.
    const assessment = {
      id: 'from-portal', name: '情報政策課（ポータルから）', fiscal_year: 2026,
      context: { lgcode: 202011, personas: ['engineer'] },
      ratings: {
        SE01: { need: 'a', priority: 'required' },
        SE02: { need: 'b', priority: 'required' },
      },
    };
    return e.load({ assessment });
  });
  assert.equal(loaded.type, 'dxm:loaded');
  assert.equal(loaded.assessment.name, '情報政策課（ポータルから）');
  await appFrame.locator('.current-assessment .name', { hasText: '情報政策課（ポータルから）' }).waitFor();
  const after = await appFrame.evaluate(() => JSON.parse(localStorage.getItem('dxm.state.v1')));
  assert.equal(after.assessments.length, (before?.assessments.length ?? 1) + 1, 'added, nothing overwritten');

  // Results arrive at the portal: ranked ids with scores and bands, the excluded with reasons.
  await page.waitForFunction(() => document.querySelectorAll('#host-results tbody tr th').length > 0);
  const results = await el.evaluate((e) => e.results);
  assert.equal(results.assessment.name, '情報政策課（ポータルから）');
  assert.ok(results.ranking.length > 0);
  for (const r of results.ranking) {
    assert.ok(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100);
    assert.ok(['best', 'good', 'partial', 'none'].includes(r.band));
  }
  assert.ok(results.ranking.some((r) => r.id.startsWith('EXAMPLE-POOL-')), 'the pool is matched');
  assert.equal(results.excluded_total, results.excluded.length);
  assert.ok(results.excluded.every((x) => x.reasons.length > 0 && x.reasons.every((r) => r.code && r.text)));
  const firstRow = await page.locator('#host-results tbody tr').first().locator('td').first().textContent();
  assert.equal(firstRow, results.ranking[0].id);

  // An edit in the app sends new results (only when they change).
  const count = await page.evaluate(() => window.__received.filter((m) => m.type === 'dxm:results').length);
  await appFrame.goto(`${app.url}?embed=1#/matches`);
  await appFrame.locator('.match-card').first().waitFor();
  await appFrame.locator('details.settings summary').click();
  await appFrame.locator('#mode-online').check();
  await page.waitForFunction((n) => window.__received.filter((m) => m.type === 'dxm:results').length > n, count);

  // The frame's document restarts: one new dxm-ready (answers to hellos are not repeated as
  // events) and the element carries on.
  await el.evaluate((e) => {
    window.__readyEvents = 0;
    e.addEventListener('dxm-ready', () => (window.__readyEvents += 1));
  });
  await appFrame.evaluate(() => location.reload());
  await page.waitForFunction(() => window.__readyEvents === 1);
  const reloaded = await el.evaluate(async (e) => {
    const pack = await (await fetch('pool.json')).json();
    return (await e.load({ pack })).pack.profiles;
  });
  assert.equal(reloaded, 4);
  await page.waitForTimeout(1200);
  assert.equal(await page.evaluate(() => window.__readyEvents), 1);

  // A refused load applies nothing and says why.
  const refused = await el.evaluate((e) => e.load({ pack: { profiles: [{ id: 'X' }] } }).then(() => null, (err) => err.detail));
  assert.equal(refused.type, 'dxm:error');
  assert.equal(refused.code, 'pack');

  await assertNoViolations(page, 'the example portal with the app');
  await assertNoViolations(appFrame, 'the app in embed mode');
  assert.ok(seen.appRequests.length > 0);
  assert.deepEqual(seen.foreign, [], 'the framed app requests nothing outside its origin');
  assert.deepEqual(seen.errors, []);
  assert.ok((await page.evaluate(() => window.__received)).every((m) => m.origin === app.origin));
});

test('a portal that is not on the allow-list gets nothing, and its messages change nothing', async () => {
  const { page, seen, frame } = await openPortal(stranger);
  await page.waitForFunction(() => document.querySelector('dxm-match')?.shadowRoot?.querySelector('iframe'));
  const appFrame = await (async () => {
    for (let i = 0; i < 50 && !frame(); i++) await page.waitForTimeout(100);
    return frame();
  })();
  await appFrame.locator('#page-title').waitFor();
  // Send a pool straight to the frame, as a hostile page would.
  const pool = JSON.parse(fs.readFileSync(path.join(root, 'examples/embed/pool.json'), 'utf8'));
  await page.evaluate(
    ([origin, pack]) => {
      const f = document.querySelector('dxm-match').shadowRoot.querySelector('iframe');
      f.contentWindow.postMessage({ type: 'dxm:load', version: 1, pack }, origin);
    },
    [app.origin, pool],
  );
  await page.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.__received), [], 'the app said nothing to this portal');
  assert.equal(await page.locator('#host-ready', { hasText: 'アプリの準備ができました' }).count(), 0);
  // Nothing was loaded: the pool is not among the lists the app matches against.
  await appFrame.goto(`${app.url}?embed=1#/data`);
  await appFrame.locator('#import-title').waitFor();
  assert.equal(await appFrame.getByText(pool.ja).count(), 0);
  assert.deepEqual(seen.foreign, []);
  assert.deepEqual(seen.errors, []);
});
