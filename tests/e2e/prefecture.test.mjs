// The prefecture view end to end: municipalities hand in their assessments (a file and a
// link, as the app exports them); the prefecture loads them, sees what is missing, duplicated
// or of another year, reads the demand map and exports the summary.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { suite, openPage, assertNoViolations } from './browser.mjs';

const s = suite();

/** One municipality's assessment from its presets; returns its submission file and link. */
async function handIn(search, persona) {
  const { page } = await openPage(s.env);
  await page.fill('#org-search', search);
  await page.locator('.org-results button').first().click();
  await page.check(`#ctx-persona-${persona}`);
  await page.goto(s.env.server.url + '#/presets');
  await page.click('.actions .button.primary');
  await page.locator('.status', { hasText: 'プリセットを反映しました' }).waitFor();
  await page.goto(s.env.server.url + '#/data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-submission')]);
  assert.match(download.suggestedFilename(), /^dxm-submission-.+\.json$/);
  const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: fs.readFileSync(await download.path()) };
  await page.click('#make-link');
  const link = await page.locator('#share-link').inputValue();
  await page.context().close();
  return { file, link };
}

test('a prefecture loads its municipalities\' assessments, sees the demand map and exports the summary', async () => {
  const sapporo = await handIn('さっぽろ', 'engineer');
  const hakodate = await handIn('はこだて', 'producer');
  const otaru = await handIn('おたる', 'service_designer');
  // The submission holds that one assessment and no lists.
  const body = JSON.parse(sapporo.file.buffer.toString('utf8'));
  assert.equal(body.format, 'dxm-backup');
  assert.equal(body.workspace.assessments.length, 1);
  assert.deepEqual(body.sets, []);
  // Last year's 函館: the same file with another fiscal year.
  const old = JSON.parse(hakodate.file.buffer.toString('utf8'));
  old.workspace.assessments[0].fiscal_year -= 1;
  const hakodateOld = { name: 'hakodate-last-year.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) };

  const { page, problems } = await openPage(s.env);
  await page.click('header a[href="#/prefecture"]');
  await page.locator('h1', { hasText: '都道府県ビュー' }).waitFor();
  await assertNoViolations(page, 'prefecture view, empty');

  // 札幌 twice (a duplicate), 函館 this year and last year, and a text file with 小樽's link
  // and a line that is not a link.
  const links = { name: 'links.txt', mimeType: 'text/plain', buffer: Buffer.from(`小樽市の提出\n${otaru.link}\n`) };
  const sapporoAgain = { ...sapporo.file, name: 'sapporo-again.json' };
  await page.setInputFiles('#gather-files', [sapporo.file, sapporoAgain, hakodate.file, hakodateOld, links]);
  await page.locator('#gather-status', { hasText: '5件のファイル' }).waitFor();

  const figure = async (key) => Number(await page.locator(`#intake-figures .${key} dd`).textContent());
  assert.equal(await page.inputValue('#gather-prefecture'), '1', '北海道 is recognised from the files');
  assert.equal(await figure('expected'), 179);
  assert.equal(await figure('accepted'), 3);
  assert.equal(await figure('missing'), 176);
  assert.equal(await figure('duplicates'), 1);
  assert.equal(await figure('other-year'), 1);
  assert.equal(await figure('unreadable'), 1);
  const rejected = await page.locator('#rejected-table tbody').textContent();
  assert.match(rejected, /同じ団体の評価がほかにもあります。新しい方（sapporo-again\.json）を集計しています/);
  assert.match(rejected, /hakodate-last-year\.json/);
  assert.match(rejected, /links\.txt（1行目）共有リンクではない行です/);
  await page.click('#missing-list summary');
  assert.match(await page.locator('#missing-list').textContent(), /北海道 旭川市/);

  // Pasting 小樽's link again changes nothing but adds a duplicate.
  await page.fill('#gather-paste', otaru.link);
  await page.click('#gather-paste-load');
  await page.locator('#intake-figures .duplicates dd', { hasText: '2' }).waitFor();

  // The demand map: one matrix row per municipality counted, the lists biggest first.
  const rows = page.locator('#demand-matrix tbody tr');
  assert.equal(await rows.count(), 3);
  assert.deepEqual(await rows.locator('th').allTextContents(), ['札幌市', '函館市', '小樽市']);
  assert.match(await page.locator('#demand-totals').textContent(), /3市町村の評価を集計：必須の不足 \d+段/);
  await page.selectOption('#matrix-order', 'gap');
  assert.equal(await rows.count(), 3);
  const personaRows = page.locator('#by-persona tbody tr');
  assert.equal(await personaRows.count(), 5, 'four personas and the unassigned row');
  const personaNames = await personaRows.locator('th').allTextContents();
  for (const p of ['エンジニア', 'プロデューサー（CIO補佐官等）', 'サービスデザイナー']) {
    const row = personaRows.nth(personaNames.indexOf(p));
    const [munis, , required] = (await row.locator('td').allTextContents()).map(Number);
    assert.equal(munis, 1, `${p}: the one municipality that chose it`);
    assert.ok(required > 0, `${p}: its required gap is counted`);
  }
  // Supply against the samples loaded; every target sentence names a level and the pool.
  const targets = await page.locator('#targets li').allTextContents();
  assert.ok(targets.length > 0);
  for (const t of targets) assert.match(t, /^.+ レベル[abcd] が \d+ 市町村で(必須|あれば望ましい)、プールに\d+人（他のリストに\d+人）$/);
  assert.match(await page.locator('#plan-summary').textContent(), /段（\d+%）が埋まります。目標は 80% です。/);
  // A capacity of one municipality per person needs at least as many people.
  const people = async () => Number((await page.locator('#plan-summary').textContent()).match(/(\d+)人（/)[1]);
  const before = await people();
  await page.fill('#plan-capacity', '1');
  await page.press('#plan-capacity', 'Tab');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#plan-lists tbody tr')].every((tr) => {
      const td = tr.querySelectorAll('td');
      return Number(td[3].textContent) <= Number(td[2].textContent);
    }),
  );
  assert.ok((await people()) >= before);

  // Tables open for print; the gathering controls are not printed.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.locator('details.table-equivalent:not([open])').count(), 0);
  await assertNoViolations(page, 'prefecture view with the demand map');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#gather-title').isVisible(), false);
  assert.match(await page.locator('.summary-heading').textContent(), /北海道・令和\d+年度/);
  await page.emulateMedia({ media: 'screen' });

  // The summary CSV: for Excel, names the municipalities, names no individual.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#summary-csv')]);
  assert.match(download.suggestedFilename(), /^北海道_需要マップ_\d{4}年度\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  assert.match(csv, /\r\n/);
  assert.match(csv, /^011002,北海道 札幌市,/m);
  assert.match(csv, /^集計に含めた評価,3\r$/m);
  assert.match(csv, /^未提出の市町村,176\r$/m);
  const cells = csv.split(/[,\r\n]/);
  assert.ok(!cells.some((c) => /^(ADV|EXT|POOL)-/.test(c)), 'no profile id in the summary');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('all 179 municipalities of 北海道 (fictional) load at once, labelled as such', async () => {
  const { page, problems } = await openPage(s.env);
  await page.goto(s.env.server.url + '#/prefecture');
  await page.selectOption('#gather-prefecture', '1');
  await page.click('#gather-demo');
  await page.locator('#demo-notice').waitFor();
  await page.locator('#demand-matrix tbody tr').nth(178).waitFor();
  assert.equal(await page.locator('#demand-matrix tbody tr').count(), 179);
  assert.equal(Number(await page.locator('#intake-figures .missing dd').textContent()), 0);
  assert.match(await page.locator('#demand-totals').textContent(), /^179市町村の評価を集計/);
  // The page answers input at once: switching the order re-renders all rows.
  await page.selectOption('#matrix-order', 'gap');
  await page.locator('#demand-matrix tbody tr').nth(178).waitFor();
  await assertNoViolations(page, 'prefecture view with 179 municipalities');
  // English: the whole view follows the language.
  await page.click('.lang-switch');
  await page.locator('h1', { hasText: 'Prefecture view' }).waitFor();
  assert.match(await page.locator('#demand-totals').textContent(), /^179 municipalities' assessments/);
  assert.deepEqual(problems.consoleErrors, []);
});
