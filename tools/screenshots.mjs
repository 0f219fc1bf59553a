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
  await shot('start');

  await page.goto(env.server.url + '#/presets');
  await page.check('#preset-producer');
  await page.check('#preset-engineer');
  await shot('presets');
  await page.click('.actions .button.primary');

  await page.goto(env.server.url + '#/assess');
  await page.selectOption('#have-BT06', 'b');
  await page.selectOption('#have-PS02', 'b');
  await page.locator('#cat-BT').scrollIntoViewIfNeeded();
  await shot('assess');

  await page.goto(env.server.url + '#/gap');
  await shot('gap');

  await page.goto(env.server.url + '#/matches');
  await page.locator('.match-card details').first().evaluate((d) => (d.open = true));
  await page.locator('.match-card').first().scrollIntoViewIfNeeded();
  await shot('matches');
  console.log(`screenshots written to ${path.relative(root, out)}/`);
} finally {
  await env.browser.close();
  await env.server.close();
}
