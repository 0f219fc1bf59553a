// The matching screen: hard rules with reasons, quota, weights, the gap tuner, the team and
// determinism — in the browser, against the release build. axe-core checks each state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, openPage, assertNoViolations, tabTo, startFromPreset } from './browser.mjs';

const s = suite();

const setUp = (page, lgSearch, personas) => startFromPreset(page, s.env, lgSearch, personas);

const summary = async (page) => (await page.locator('#results-summary').textContent()).trim();
const numbers = (text) => text.match(/\d+/g).map(Number);
const topIds = (page) => page.locator('.match-card h2').evaluateAll((hs) => hs.map((h) => h.firstChild.textContent.trim()));

async function openSettings(page) {
  await page.locator('details.settings').evaluate((d) => (d.open = true));
}

test('hard rules exclude with reasons; per-case budgets as the sources say; engaged advisers leave; nothing is dropped', async () => {
  const { page, problems } = await openPage(s.env);
  await setUp(page, 'さっぽろ', ['producer']);
  const [feasible, , excluded] = numbers(await summary(page));
  assert.equal(feasible + excluded, 340, 'every sample profile is either ranked or listed as excluded');

  await openSettings(page);
  await assertNoViolations(page, 'matches with settings open');
  // On-site work only: advisers who do not cover 北海道 on site, or do not work on site, drop out with the reason.
  // A radio group is one tab stop; arrows move within it (either → online → on site).
  const summaryBefore = await summary(page);
  await tabTo(page, 'input[name="engagement-mode"]:checked');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.isChecked('#mode-onsite'), true);
  await page.waitForFunction((before) => document.querySelector('#results-summary').textContent.trim() !== before, summaryBefore);
  const [feasibleOnsite, , excludedOnsite] = numbers(await summary(page));
  assert.ok(excludedOnsite > excluded && feasibleOnsite + excludedOnsite === 340);
  const ex = page.locator('details.excluded');
  await ex.locator('summary').click();
  const reasons = await ex.locator('.reasons li').allTextContents();
  assert.ok(reasons.some((r) => r.includes('現地対応できる地域の外です')), reasons.join('\n'));
  assert.ok(reasons.every((r) => r.length > 0));
  await assertNoViolations(page, 'excluded list open');
  // No yearly quota of visits or hours to enter: the adviser's limits are per case.
  assert.equal(await page.locator('#used-visits-chiiki_joho_advisor').count(), 0);

  // Either way: an adviser's card shows the two budgets of one case — on site up to 3 days, or
  // online only up to 10 hours — and, beside the rule, what the older source said.
  await page.check('#mode-either');
  const advCard = page.locator('.match-card', { hasText: '地域情報化アドバイザー' }).first();
  await advCard.waitFor();
  const advId = (await advCard.locator('h2').evaluate((h) => h.firstChild.textContent)).trim();
  await advCard.locator('details.explain summary').click();
  await advCard.locator('table.parts').waitFor();
  const limits = await advCard.locator('details.explain').textContent();
  assert.match(limits, /1件（1事業・1アドバイザー）につき最大3日/);
  assert.match(limits, /オンライン会議だけで行う場合は1件につき計10時間まで/);
  assert.doesNotMatch(limits, /今年度あと/);
  await advCard.locator('details.programme-details summary').click();
  const facts = await advCard.locator('details.programme-details').textContent();
  assert.match(facts, /資料により記載が異なる/);
  assert.match(facts, /現地派遣は年間3回まで/);
  assert.match(facts, /地域DX推進ナビ/);
  assert.match(facts, /北海道総合通信局/, 'the contact is named for the organisation');
  assert.match(facts, /1週間以内に実施報告書/);
  await assertNoViolations(page, 'card explanation and programme facts open');

  // Marked as already engaged for this project: the same adviser cannot be planned again this
  // year, and is listed with the reason.
  await advCard.locator(`#engaged-${advId}`).click();
  await page.waitForFunction((id) => ![...document.querySelectorAll('.match-card h2')].some((h) => h.firstChild.textContent.trim() === id), advId);
  const excludedNow = await ex.locator('li', { hasText: advId }).textContent();
  assert.match(excludedNow, /この事業に今年度すでに派遣を受けた人です/);

  // Settings are saved with the assessment.
  await page.reload();
  await page.locator('.match-card').first().waitFor();
  await openSettings(page);
  assert.equal(await page.isChecked('#mode-either'), true);
  await page.locator('details.excluded summary').click();
  assert.match(await page.locator('details.excluded').textContent(), new RegExp(advId));
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('weights change the ranking and can be restored; the explanation adds up', async () => {
  const { page } = await openPage(s.env);
  await setUp(page, '仙台市', ['engineer']);
  const before = await topIds(page);
  const firstScore = Number(await page.locator('.score-num').first().textContent());
  const card = page.locator('.match-card').first();
  await card.locator('details.explain summary').click();
  await card.locator('table.parts').waitFor();
  const parts = await card.locator('table.parts tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td.num').textContent));
  // Earned points of the parts add up to the score (each shown to 0.1).
  const earned = parts.map((t) => Number(t.split('点')[0]));
  assert.ok(Math.abs(earned.reduce((a, b) => a + b, 0) - firstScore) <= 0.6, `${earned} vs ${firstScore}`);

  await openSettings(page);
  await page.fill('#w-gap', '10');
  await page.locator('#w-gap').press('Tab');
  await page.fill('#w-logistics', '90');
  await page.locator('#w-logistics').press('Tab');
  await page.waitForFunction((b) => JSON.stringify([...document.querySelectorAll('.match-card h2')].map((h) => h.firstChild.textContent.trim())) !== b, JSON.stringify(before));
  const local = await page.locator('.match-card dl').first().textContent();
  assert.match(local, /宮城県|（東北）/, 'with logistics dominant, someone from the area comes first');
  await page.click('button:has-text("既定の重みに戻す")');
  await page.waitForFunction((b) => JSON.stringify([...document.querySelectorAll('.match-card h2')].map((h) => h.firstChild.textContent.trim())) === b, JSON.stringify(before));
});

test('the gap tuner re-ranks; the team is exact and planned within limits; results are deterministic', async () => {
  const { page } = await openPage(s.env);
  await setUp(page, 'さっぽろ', ['producer', 'engineer']);
  const team = page.locator('section.team');
  assert.match(await team.textContent(), /計算方法：厳密解|計算方法：近似解/);
  const rows = await team.locator('#team-table tbody tr').count();
  assert.ok(rows >= 1 && rows <= 3, `team of ${rows}`);
  assert.match(await team.locator('#team-table').textContent(), /現地派遣を含む1件|オンラインだけの1件|任用|継続的に支援|調整|招へい|受入れ/);
  assert.doesNotMatch(await team.locator('#team-table').textContent(), /現地\d+回 \+ オンライン/, 'never both budgets added');

  const before = await topIds(page);
  await page.locator('details.tuner summary').click();
  await assertNoViolations(page, 'gap tuner open');
  await page.selectOption('#tune-TE08', 'z');
  await page.selectOption('#tune-TE10', 'z');
  await page.waitForFunction((b) => JSON.stringify([...document.querySelectorAll('.match-card h2')].map((h) => h.firstChild.textContent.trim())) !== b, JSON.stringify(before));
  // The edit is the assessment's own: the skills step shows it.
  await page.goto(s.env.server.url + '#/assess');
  assert.equal(await page.inputValue('#need-TE08'), 'z');
  await page.goto(s.env.server.url + '#/matches');
  await page.locator('.match-card').first().waitFor();
  const after = await topIds(page);
  // Same input, same output: reload and compare.
  await page.reload();
  await page.locator('.match-card').first().waitFor();
  assert.deepEqual(await topIds(page), after);
  assert.equal(await page.locator('.match-card').count(), 20, 'paged: the first 20 only');
});

test('10,000 synthetic profiles load and rank in the page, labelled as such', async () => {
  const { page, problems } = await openPage(s.env);
  await page.goto(s.env.server.url + '?synthetic=10000#/presets');
  await page.locator('h1', { hasText: '出発点' }).waitFor();
  await page.check('#preset-engineer');
  await page.click('.actions .button.primary');
  await page.goto(s.env.server.url + '?synthetic=10000#/matches');
  await page.locator('.match-card').first().waitFor();
  assert.match(await page.locator('.notice.warning').textContent(), /架空の合成データ/);
  const [feasible, , excluded] = numbers(await summary(page));
  assert.equal(feasible + excluded, 10000);
  assert.match(await page.locator('.match-card h2').first().textContent(), /^SYN-/);
  assert.deepEqual(problems.consoleErrors, []);
});
