// Phones: every screen at 360 px wide has no horizontal scrolling, its controls are at least
// 44 px, and axe-core finds nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, openPage, axeViolations, startFromPreset } from './browser.mjs';

const s = suite();

/**
 * Controls smaller than 44 × 44 px. Links inside running text are exempt (WCAG 2.5.5's
 * "inline" exception); a checkbox or radio button counts by its label, which is what a finger
 * touches.
 */
function smallTargets(page) {
  return page.evaluate(() => {
    const out = [];
    const visible = (e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    const name = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''} "${(e.textContent || e.value || '').trim().slice(0, 30)}"`;
    for (const e of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
      if (!visible(e) || e.closest('[aria-hidden="true"]')) continue;
      let box = e;
      if (e.matches('input[type="checkbox"], input[type="radio"]')) {
        box = (e.id && document.querySelector(`label[for="${e.id}"]`)) || e.closest('label') || e;
      } else if (e.matches('a') && e.closest('p, li, td, dd, figcaption') && !e.matches('.button')) {
        const block = e.closest('p, li, td, dd, figcaption');
        if (block.textContent.trim() !== e.textContent.trim()) continue; // a link in running text
      }
      const r = box.getBoundingClientRect();
      if (r.height < 44 - 0.5 || r.width < 44 - 0.5) out.push(`${name(e)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
}

/** Every problem of every screen is collected, so one run shows them all. */
const found = [];

async function check(page, screen) {
  await page.locator('#page-title').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) found.push(`${screen}: the page scrolls sideways (${width} px wide)`);
  for (const t of await smallTargets(page)) found.push(`${screen}: under 44 px: ${t}`);
  for (const v of await axeViolations(page)) found.push(`${screen}: axe: ${v}`);
}

test('every screen works at 360 px: no sideways scrolling, 44 px targets, no axe violations', async () => {
  const { page, problems } = await openPage(s.env, { viewport: { width: 360, height: 740 } });
  await check(page, 'start (empty)');
  await startFromPreset(page, s.env, 'さっぽろ', ['engineer']);
  const url = s.env.server.url;
  for (const [hash, screen] of [
    ['#/start', 'start'],
    ['#/presets', 'presets'],
    ['#/assess', 'assess'],
    ['#/gap', 'gap'],
    ['#/sheet', 'sheet'],
    ['#/matches', 'matches'],
    ['#/assessments', 'assessments'],
    ['#/data', 'data'],
    ['#/guide', 'guide'],
    ['#/accessibility', 'accessibility'],
    ['#/sources', 'sources'],
  ]) {
    await page.goto(url + hash);
    await page.locator('#page-title').waitFor();
    if (hash === '#/matches') await page.locator('.match-card').first().waitFor();
    await check(page, screen);
  }
  await page.goto(url + '#/prefecture');
  await page.selectOption('#gather-prefecture', '1');
  await page.click('#gather-demo');
  await page.locator('#demand-matrix tbody tr').nth(178).waitFor();
  await check(page, 'prefecture view with 179 municipalities');
  assert.deepEqual(found, []);
  assert.deepEqual(problems.consoleErrors, []);
});
