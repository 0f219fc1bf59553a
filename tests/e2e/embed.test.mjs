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

/**
 * Opens a portal page framing the app; records what the page receives and every request.
 * `prepare(context)` runs before the page opens (init scripts, routes).
 */
async function openPortal(server, prepare = async () => {}) {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  await prepare(context);
  const page = await context.newPage();
  const seen = { errors: [], appRequests: [], foreign: [] };
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  context.on('request', (r) => {
    const u = r.url();
    // A service worker's requests have no frame (the app opened on its own registers one).
    let inApp;
    try {
      inApp = r.frame()?.url().startsWith(app.origin);
    } catch {
      inApp = u.startsWith(app.origin + '/');
    }
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

test('the portal hears results only of what it loaded or the user shared; a second load replaces the first', async () => {
  const { page, seen, frame } = await openPortal(portal);
  await page.locator('#host-ready', { hasText: 'アプリの準備ができました' }).waitFor();
  const el = page.locator('dxm-match');
  const appFrame = frame();
  const resultsHeard = () => page.evaluate(() => window.__received.filter((m) => m.type === 'dxm:results').length);
  const stored = () => appFrame.evaluate(() => JSON.parse(localStorage.getItem('dxm.state.v1') || 'null'));

  // The user's own assessment: the portal is connected, but hears nothing about it.
  await appFrame.locator('#share-with-host').waitFor();
  await page.waitForTimeout(1500);
  assert.equal(await resultsHeard(), 0, 'no results of local work');
  const share = appFrame.locator('#share-with-host');
  assert.equal(await share.isChecked(), false);
  await assertNoViolations(appFrame, 'the app in embed mode with the sharing control');

  // The user chooses to share it: its results go to the portal; unshared, they stop again.
  await share.check();
  await page.waitForFunction(() => window.__received.some((m) => m.type === 'dxm:results'));
  const own = (await stored()).assessments[0].name;
  assert.equal((await el.evaluate((e) => e.results)).assessment.name, own);
  await share.uncheck();
  const afterUnshare = await resultsHeard();
  // An edit that changes the results (their assessment name): nothing goes out.
  await appFrame.fill('#assessment-name', '手元の評価（送らない）');
  await appFrame.locator('#assessment-name').press('Tab');
  await page.waitForTimeout(1500);
  assert.equal(await resultsHeard(), afterUnshare, 'nothing after the user stopped sharing');

  // The portal loads an assessment: its results are sent without asking.
  const assessment = (name, need) => ({
    id: 'from-portal', name, fiscal_year: 2026,
    context: { lgcode: 202011, personas: ['engineer'] },
    ratings: { SE01: { need, priority: 'required' } },
  });
  const first = await el.evaluate((e, a) => e.load({ assessment: a }), assessment('情報政策課（ポータルから）', 'a'));
  await page.waitForFunction(
    () => document.querySelector('dxm-match').results?.assessment.name === '情報政策課（ポータルから）',
  );
  assert.equal(await share.isChecked(), true, 'the portal’s own assessment is shared');
  const count = (await stored()).assessments.length;

  // A second load replaces the first: same slot, the second's content, no pile-up.
  const second = await el.evaluate((e, a) => e.load({ assessment: a }), assessment('企画課（ポータルから）', 'b'));
  assert.equal(second.assessment.id, first.assessment.id);
  assert.equal(second.assessment.name, '企画課（ポータルから）');
  const after = await stored();
  assert.equal(after.assessments.length, count, 'one assessment from the portal, not two');
  const slot = after.assessments.find((a) => a.id === first.assessment.id);
  assert.equal(slot.name, '企画課（ポータルから）');
  assert.equal(slot.ratings.SE01.need, 'b');
  assert.equal(after.assessments.filter((a) => a.name === '情報政策課（ポータルから）').length, 0);
  await page.waitForFunction(
    () => document.querySelector('dxm-match').results?.assessment.name === '企画課（ポータルから）',
  );
  assert.deepEqual(seen.errors, []);
});

test('a host heard late still connects: hellos go on until the app answers (no ancestorOrigins, no referrer)', async () => {
  // The browser tells the app nothing about who framed it (as Firefox with a no-referrer
  // portal): in the app's frame, location.ancestorOrigins and document.referrer say nothing.
  // The portal's clock runs 100 times faster (its timers only; its 30-second load timeout is
  // kept), so a schedule of hellos that ends after 30 s ends here after 0.3 s; and the app's
  // data arrives 3 s late, as on a slow network.
  const prepare = async (context) => {
    await context.addInitScript(([appOrigin, portalOrigin]) => {
      if (location.origin === appOrigin) {
        const get = Reflect.get;
        Reflect.get = function (target, key, ...rest) {
          return key === 'ancestorOrigins' && target === location ? undefined : get(target, key, ...rest);
        };
        Object.defineProperty(Document.prototype, 'referrer', { get: () => '', configurable: true });
      } else if (location.origin === portalOrigin) {
        const timeout = window.setTimeout;
        window.setTimeout = (f, ms = 0, ...args) => timeout(f, ms < 30000 ? ms / 100 : ms, ...args);
      }
    }, [app.origin, portal.origin]);
    await context.route(
      (u) => u.href.startsWith(`${app.origin}/data/`),
      async (route) => {
        await new Promise((r) => setTimeout(r, 3000));
        await route.continue();
      },
    );
  };
  const { page, seen, frame } = await openPortal(portal, prepare);
  await page.locator('#host-ready', { hasText: 'アプリの準備ができました' }).waitFor({ timeout: 20000 });
  const appFrame = frame();
  assert.equal(await appFrame.evaluate(() => document.referrer), '', 'the app cannot tell who framed it');
  await appFrame.locator('.site-header').waitFor();
  assert.equal(await appFrame.locator('#frame-guard-open').count(), 0, 'the app, not the guard');

  // A host script that starts listening only now, after dxm:ready went out, still gets an answer.
  const instance = await page.evaluate(
    (origin) =>
      new Promise((resolve) => {
        const f = document.querySelector('dxm-match').shadowRoot.querySelector('iframe');
        addEventListener('message', (e) => {
          if (e.source === f.contentWindow && e.data && e.data.type === 'dxm:ready') resolve(e.data.instance);
        });
        f.contentWindow.postMessage({ type: 'dxm:hello', version: 1 }, origin);
      }),
    app.origin,
  );
  assert.ok(instance);
  // And it can work with the app.
  await page.click('#send-pool');
  await page.locator('#host-status', { hasText: '（4人）を渡しました' }).waitFor();
  assert.deepEqual(seen.errors, []);
});

test('a portal that is not on the allow-list gets only a way out of its frame, and its messages change nothing', async () => {
  const { page, context, seen, frame } = await openPortal(stranger);
  await page.waitForFunction(() => document.querySelector('dxm-match')?.shadowRoot?.querySelector('iframe'));
  const appFrame = await (async () => {
    for (let i = 0; i < 50 && !frame(); i++) await page.waitForTimeout(100);
    return frame();
  })();
  // Not the app: a notice and a link that opens the app in a tab of its own.
  await appFrame.locator('#frame-guard-open').waitFor();
  assert.match(await appFrame.locator('h1').textContent(), /許可されていないサイトに埋め込まれています/);
  const link = appFrame.locator('#frame-guard-open');
  assert.equal(await link.getAttribute('href'), app.url);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('rel'), /\bnoopener\b/);
  assert.equal(await appFrame.locator('.site-header, #org-search, .step-nav').count(), 0, 'none of the app is shown');
  await assertNoViolations(appFrame, 'the frame guard');
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
  assert.equal(await appFrame.locator('#frame-guard-open').count(), 1, 'still only the guard');
  // Nothing was loaded: opened on its own, the app does not have the pool among its lists.
  const own = await context.newPage();
  await own.goto(`${app.url}#/data`);
  await own.locator('#import-title').waitFor();
  assert.equal(await own.locator('#frame-guard-open').count(), 0, 'unframed, the app is shown');
  assert.equal(await own.getByText(pool.ja).count(), 0);
  assert.deepEqual(seen.foreign, []);
  assert.deepEqual(seen.errors, []);
});
