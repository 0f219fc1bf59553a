// Shared helpers for the end-to-end tests: one headless Chromium (Debian's, see
// ../shared/TOOLCHAIN.md), the release build served on loopback, and guards that every test
// applies: no console errors, no request to any other origin.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = path.join(root, 'dist');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export async function launch() {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `make dist` (make test does it) before the e2e tests');
  }
  const server = await serve(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return { server, browser, origin: new URL(server.url).origin };
}

/**
 * A fresh page (own context, so storage starts empty unless `storageState` is given) that
 * records console errors, page errors and every request outside the app's origin.
 */
export async function openPage(env, { lang = 'ja-JP', viewport = { width: 1280, height: 900 } } = {}) {
  const context = await env.browser.newContext({ locale: lang, viewport });
  const page = await context.newPage();
  const problems = { consoleErrors: [], foreignRequests: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.consoleErrors.push(String(e)));
  context.on('request', (r) => {
    const u = r.url();
    problems.requests.push(u);
    if (!(u.startsWith(env.origin + '/') || u.startsWith('data:') || u.startsWith('blob:'))) {
      problems.foreignRequests.push(u);
    }
  });
  await page.goto(env.server.url);
  await page.locator('#page-title').waitFor();
  // The foot of a screen is drawn a frame after the rest (src/widgets/after_paint.rs).
  await page.locator('.site-footer').waitFor();
  return { page, context, problems };
}

const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the current screen; returns violations as readable strings. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return result;
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max`. */
export async function tabTo(page, selector, { max = 400, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`keyboard focus never reached ${selector} within ${max} presses`);
}

/**
 * Waits until the focused element matches `selector`. The app moves focus after the next
 * frame is drawn, so reading `activeElement` right after a click races with it.
 */
export async function focusReaches(page, selector, timeout = 5000) {
  try {
    await page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector, { timeout });
  } catch {
    throw new Error(`focus did not move to ${selector}; it is on ${await focused(page)}`);
  }
}

export async function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} ${e.textContent.trim().slice(0, 40)}` : '';
  });
}

/**
 * Registers one browser and server for the whole test file; the returned object's `env` is
 * set before the first test runs.
 */
export function suite() {
  const s = { env: null };
  before(async () => {
    s.env = await launch();
  });
  after(async () => {
    await s.env?.browser.close();
    await s.env?.server.close();
  });
  return s;
}

/** Fails with the list of axe-core violations on the current screen, if any. */
export async function assertNoViolations(page, screen) {
  assert.deepEqual(await axeViolations(page), [], `axe-core violations on ${screen}`);
}

/**
 * Starts an assessment the quick way: the organisation, the personas sought, the suggested
 * preset; ends on the matching screen with results.
 */
export async function startFromPreset(page, env, lgSearch, personas) {
  await page.fill('#org-search', lgSearch);
  await page.locator('.org-results button').first().click();
  for (const p of personas) await page.check(`#ctx-persona-${p}`);
  await page.goto(env.server.url + '#/presets');
  await page.locator('h1', { hasText: '出発点' }).waitFor();
  await page.click('.actions .button.primary');
  await page.locator('.status', { hasText: 'プリセットを反映しました' }).waitFor();
  await page.goto(env.server.url + '#/matches');
  await page.locator('.match-card').first().waitFor();
}
