// Self-assessment in depth: context that feeds the presets, staff tiers, review, several
// assessments (duplicate, rename, delete with undo), comparison, and the people-needed sheet
// (on screen, in print, as Markdown). axe-core checks every new screen and state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { suite, openPage, assertNoViolations as noViolations, tabTo, focusReaches } from './browser.mjs';

const s = suite();

const go = async (page, hash, heading) => {
  await page.goto(s.env.server.url + hash);
  await page.locator('h1', { hasText: heading }).waitFor();
};

/** The context step as a small town's DX team would fill it in. */
async function fillContext(page) {
  await page.fill('#org-search', '遠野');
  await page.locator('.org-results button').first().click();
  await page.selectOption('#population-band', 'lt50k');
  await page.fill('#project-name', '窓口DX');
  await page.locator('#project-name').blur();
  await page.check('#ctx-persona-service_designer');
  await page.check('#ctx-phase-p1_issue');
  await page.check('#ctx-domain-front_yard');
}

/** Context, then the presets it pre-selects. */
async function buildAssessment(page) {
  await fillContext(page);
  await go(page, '#/presets', '出発点（プリセット）を選ぶ');
  await page.click('.actions .button.primary');
  await page.locator('.status', { hasText: 'プリセットを反映しました' }).waitFor();
}

test('context and ratings are kept; the context pre-selects presets; staff tiers lift the in-house level', async () => {
  const { page, problems } = await openPage(s.env);
  await fillContext(page);
  await noViolations(page, 'context with choices');

  await go(page, '#/presets', '出発点（プリセット）を選ぶ');
  assert.equal(await page.isChecked('#preset-service_designer'), true, 'persona chosen in the context is pre-ticked');
  assert.equal(await page.isChecked('#preset-p1_issue'), true, 'phase chosen in the context is pre-ticked');
  assert.equal(await page.isChecked('#preset-engineer'), false);
  await page.click('.actions .button.primary');
  await page.locator('.status', { hasText: 'プリセットを反映しました' }).waitFor();

  await go(page, '#/assess', '必要なスキルと庁内の現状を評価する');
  // Progress is visible from every screen in the step navigation.
  assert.match(await page.locator('.step-nav a[href="#/start"]').textContent(), /✓/);
  assert.match(await page.locator('.step-nav a[href="#/assess"]').textContent(), /\d+\/49/);
  assert.match(await page.locator('.step-nav a[href="#/gap"]').textContent(), /未入力 \d+/);
  assert.equal(await page.inputValue('#need-BT13'), 'a', 'service designer asks a in 顧客・ユーザー理解');
  assert.equal(await page.inputValue('#have-BT13'), '', 'in-house starts as not entered');
  await page.check('#staff-detail');
  await page.selectOption('#staff-dx_leader-BT13', 'b');
  assert.equal(await page.inputValue('#have-BT13'), 'b', 'a DX leader with b lifts the overall level');
  assert.equal(await page.locator('#have-BT13 option[value="c"]').isDisabled(), true, 'cannot go below a tier');
  await noViolations(page, 'assess with staff tiers');
  // Filter: only items still lacking an in-house level.
  await page.check('#filter-missing');
  assert.equal(await page.locator('#need-BT13').count(), 0, 'BT13 now has an in-house level');
  assert.ok((await page.locator('.item-row').count()) > 0);
  await page.check('#filter-all');
  // Keyboard: the category buttons move focus to their section.
  await tabTo(page, '#nav-cat-SE');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'cat-SE');

  await page.reload();
  await page.locator('h1', { hasText: '必要なスキルと庁内の現状を評価する' }).waitFor();
  assert.equal(await page.inputValue('#have-BT13'), 'b');
  assert.equal(await page.inputValue('#staff-dx_leader-BT13'), 'b');
  await go(page, '#/start', '団体と評価の基本情報');
  assert.match(await page.locator('#org-selected').textContent(), /遠野市/);
  assert.equal(await page.inputValue('#population-band'), 'lt50k');
  assert.equal(await page.inputValue('#project-name'), '窓口DX');
  assert.equal(await page.isChecked('#ctx-persona-service_designer'), true);
  assert.equal(await page.isChecked('#ctx-domain-front_yard'), true);

  await go(page, '#/gap', '入力の確認とギャップ');
  assert.equal(await page.locator('svg[role="img"] title').textContent(), 'カテゴリー別：必要と現状');
  assert.match(await page.locator('svg[role="img"] desc').textContent(), /ビジネス変革 必要\d\.\d・現状\d\.\d/);
  assert.ok((await page.locator('.gap-bars li').count()) > 5);
  assert.match(await page.locator('.review').textContent(), /必須なのに庁内の現状が未入力の項目/);
  await noViolations(page, 'review with radar and bars');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('several assessments: duplicate, rename, delete with undo, compare', async () => {
  const { page, problems } = await openPage(s.env);
  await buildAssessment(page);
  await go(page, '#/assessments', '評価の一覧と比較');
  assert.equal(await page.locator('.assessment-card').count(), 1);
  assert.match(await page.locator('.compare').textContent(), /2つ以上必要/);

  // Duplicate: the copy becomes current; rename it to "R9".
  await page.click('.assessment-card .actions button:has-text("複製")');
  await page.waitForFunction(() => document.querySelectorAll('.assessment-card').length === 2);
  const copy = page.locator('.assessment-card.active');
  assert.match(await copy.locator('h3').textContent(), /\(2\)/);
  await copy.locator('button:has-text("名前を変更")').click();
  await page.fill('.rename-form input', '   ');
  await page.click('.rename-form button[type="submit"]');
  await page.locator('#rename-error').waitFor();
  await noViolations(page, 'rename form with error');
  await page.fill('.rename-form input', 'R9 窓口DX');
  await page.keyboard.press('Enter');
  await page.locator('.assessment-card.active h3', { hasText: 'R9 窓口DX' }).waitFor();

  // Close two gaps in the copy.
  await go(page, '#/assess', '必要なスキルと庁内の現状を評価する');
  await page.selectOption('#have-BT13', 'a');
  await page.selectOption('#have-BT14', 'a');
  await go(page, '#/assessments', '評価の一覧と比較');
  const items = page.locator('#compare-items tbody tr');
  await items.first().waitFor();
  const rows = await items.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th').textContent, tr.querySelector('td').textContent]));
  assert.deepEqual(rows, [['顧客・ユーザー理解', '解消'], ['価値発見・定義', '解消']]);
  assert.match(await page.locator('.compare .summary-figure').textContent(), /不足の合計：\d+段階 → \d+段階（2項目が変化）/);
  await noViolations(page, 'assessments with comparison');

  // Delete the original, then undo.
  const original = page.locator('.assessment-card:not(.active)');
  const originalName = await original.locator('h3').textContent();
  await original.locator('button:has-text("削除")').click();
  await page.waitForFunction(() => document.querySelectorAll('.assessment-card').length === 1);
  await page.locator('#undo-delete').waitFor();
  await focusReaches(page, '#undo-delete');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.assessment-card').length === 2);
  assert.equal(await page.locator('.assessment-card:not(.active) h3').textContent(), originalName);

  // Both survive a reload, the copy still current.
  await page.reload();
  await page.locator('h1', { hasText: '評価の一覧と比較' }).waitFor();
  assert.equal(await page.locator('.assessment-card').count(), 2);
  assert.match(await page.locator('.current-assessment .name').textContent(), /R9 窓口DX/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('the people-needed sheet: required skills on screen, in print and in the Markdown file', async () => {
  const { page, problems } = await openPage(s.env);
  await buildAssessment(page);
  await go(page, '#/sheet', '求める人材像');
  const sheet = page.locator('.sheet');
  const text = await sheet.textContent();
  assert.match(text, /遠野市 窓口DX/);
  assert.match(text, /サービスデザイナー/);
  assert.match(text, /必須のスキル/);
  assert.match(text, /顧客・ユーザー理解 — レベルa（高い実践力と専門性が必要）/);
  assert.match(text, /地域情報化アドバイザー/);
  assert.match(text, /地方創生人材支援制度（デジタル専門人材） 適する/, 'a town under 50,000 fits');
  assert.match(text, /地域活性化起業人（企業派遣型／副業型） 適する/, '岩手県 is outside the metropolitan areas');
  await noViolations(page, 'sheet');

  // Print: only the sheet is on paper.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.step-nav').isVisible(), false);
  assert.equal(await page.locator('.no-print .actions').isVisible(), false);
  assert.equal(await sheet.isVisible(), true);
  await page.emulateMedia({ media: 'screen' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Markdownで保存")')]);
  assert.match(download.suggestedFilename(), /^求める人材像-.*\.md$/);
  const md = fs.readFileSync(await download.path(), 'utf8');
  assert.match(md, /^# 求める人材像 — 遠野市 窓口DX\n/);
  assert.match(md, /\n- 顧客・ユーザー理解 — レベルa（高い実践力と専門性が必要）\n/);
  assert.match(md, /\n### 地域情報化アドバイザー（適する）\n/);
  const [txt] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("テキストで保存")')]);
  const plain = fs.readFileSync(await txt.path(), 'utf8');
  assert.ok(!plain.includes('#') && plain.includes('・顧客・ユーザー理解 — レベルa'));
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});
