// Regenerates the README screenshots (Japanese UI) from the release build in dist/:
//   make dist && node tools/screenshots.mjs
// Needs a Japanese font on the machine for legible images (Debian: fonts-noto-cjk).
import path from 'node:path';
import { launch, openPage, root } from '../tests/e2e/browser.mjs';

const out = path.join(root, 'docs/screenshots');
const env = await launch();
try {
  const { page } = await openPage(env, { viewport: { width: 1200, height: 900 } });
  const shot = (name) => page.screenshot({ path: path.join(out, `${name}.png`) });

  await page.fill('#org-search', 'さっぽろ');
  await page.locator('.org-results button').first().click();
  await page.selectOption('#population-band', 'ge300k');
  await page.fill('#project-name', 'フロントヤード改革');
  await page.locator('#project-name').blur();
  await page.check('#ctx-persona-producer');
  await page.check('#ctx-persona-engineer');
  await page.check('#ctx-domain-front_yard');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('start');

  await page.goto(env.server.url + '#/presets');
  await shot('presets');
  await page.click('.actions .button.primary');

  await page.goto(env.server.url + '#/assess');
  for (const [code, level] of [['BT06', 'b'], ['PS02', 'b'], ['BT01', 'c'], ['TE10', 'c'], ['SE01', 'd'], ['DA02', 'd']]) {
    await page.selectOption(`#have-${code}`, level);
  }
  await page.locator('#cat-BT').scrollIntoViewIfNeeded();
  await shot('assess');

  await page.goto(env.server.url + '#/gap');
  await page.locator('.radar').scrollIntoViewIfNeeded();
  await shot('gap');

  await page.goto(env.server.url + '#/sheet');
  await shot('sheet');

  await page.goto(env.server.url + '#/matches');
  await page.locator('.match-card details').first().evaluate((d) => (d.open = true));
  await page.locator('.match-card').first().scrollIntoViewIfNeeded();
  await shot('matches');

  await page.goto(env.server.url + '#/assessments');
  await page.click('.assessment-card .actions button:has-text("複製")');
  await page.goto(env.server.url + '#/assess');
  await page.selectOption('#have-BT01', 'a');
  await page.selectOption('#have-TE10', 'a');
  await page.goto(env.server.url + '#/assessments');
  await page.locator('#compare-items').waitFor();
  await shot('assessments');

  await page.goto(env.server.url + '#/prefecture');
  await page.selectOption('#gather-prefecture', '1');
  await page.click('#gather-demo');
  await page.locator('#demand-matrix tbody tr').nth(178).waitFor();
  await page.locator('#demand-title').scrollIntoViewIfNeeded();
  await shot('prefecture');
  console.log(`screenshots written to ${path.relative(root, out)}/`);
} finally {
  await env.browser.close();
  await env.server.close();
}
