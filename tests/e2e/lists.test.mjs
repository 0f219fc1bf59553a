// Lists as their publishers ship them (tests/fixtures/lists/: fictional people in the real
// layouts): the 地域情報化アドバイザー open data imports without mapping by hand, names and photos
// never come in, levels are inferred and marked, and a 防災 / セキュリティ project ranks the right
// advisers first; a prefecture's pool kept in Excel imports without editing the file. Against the
// release build, with axe-core on each state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, openPage, assertNoViolations, root } from './browser.mjs';
import { openData, storedLists, chooseFile, validate } from './import.mjs';

const s = suite();
const fixture = (name) => path.join(root, 'tests/fixtures/lists', name);

test('the advisers’ open data imports as published; names are dropped, inferred levels marked, 防災・セキュリティ ranks the right people', async () => {
  const { page, problems } = await openData(s.env);
  await chooseFile(page, fixture('advisors-fy2025.csv'));
  // Recognised as the published layout; the programme is the advisers'.
  assert.match(await page.locator('#import-layout').textContent(), /地域情報化アドバイザー オープンデータ/);
  assert.equal(await page.inputValue('#default-programme'), 'chiiki_joho_advisor');
  // ふりがな, 氏名, 顔写真 and PDF are never read; their values are not even previewed.
  for (const c of [1, 2, 5, 6]) {
    assert.equal(await page.locator(`#map-${c}`).textContent(), '個人情報のため取り込みません', `column ${c}`);
  }
  const csv = fs.readFileSync(fixture('advisors-fy2025.csv'), 'utf8');
  const firstName = csv.split('\n')[1].split(',')[2];
  assert.ok(!(await page.locator('.data-table.mapping').textContent()).includes(firstName));
  await assertNoViolations(page, 'advisers list mapped');

  assert.match(await validate(page), /242行を確認しました：エラー0件/);
  const notes = await page.locator('.import-notes').textContent();
  assert.match(notes, /氏名の列は取り込みません/);
  assert.match(notes, /顔写真の列は取り込みません/);
  assert.match(notes, /PDFへのリンクの列は取り込みません/);
  assert.match(notes, /レベルを分野・資格・経歴から推定しました/);
  await assertNoViolations(page, 'advisers list report');
  await page.click('#apply-import');
  await page.locator('#import-status .ok').waitFor();
  const [list] = await storedLists(page);
  assert.equal(list.records.length, 242);
  assert.equal(list.records[0].id, '1001', 'the secretariat’s ID is kept');
  const stored = JSON.stringify(list);
  assert.ok(!stored.includes(firstName) && !stored.includes('example.jp'), 'no name, photo or PDF link stored');
  assert.equal(list.records[0].basis.SE03, 'inferred');

  // Only the imported advisers, for 豊岡市's 防災 and セキュリティ project.
  await page.check('#hide-samples');
  await page.goto(s.env.server.url + '#/start');
  await page.fill('#org-search', '豊岡市');
  await page.locator('.org-results button').first().click();
  await page.fill('#project-name', '防災情報システムの更新とセキュリティ対策');
  await page.check('#ctx-domain-disaster');
  await page.check('#ctx-domain-security');
  await page.goto(s.env.server.url + '#/presets');
  await page.locator('h1', { hasText: '出発点' }).waitFor();
  await page.check('#preset-p5_operation');
  await page.click('.actions .button.primary');
  await page.locator('.status', { hasText: 'プリセットを反映しました' }).waitFor();
  await page.goto(s.env.server.url + '#/matches');
  await page.locator('.match-card').first().waitFor();
  const tags = await page.locator('.match-card').evaluateAll((cards) =>
    cards.slice(0, 5).map((c) => [...c.querySelectorAll('dt')].find((d) => d.textContent === '一覧の分野')?.nextElementSibling.textContent ?? ''),
  );
  for (const t of tags) assert.match(t, /防災|セキュリティ/, JSON.stringify(tags));
  // The explanation says where each level comes from: inferred from a field tag.
  const card = page.locator('.match-card').first();
  await card.locator('details.explain summary').click();
  await card.locator('table.parts').waitFor();
  assert.match(await card.locator('details.explain').textContent(), /推定：(自治体セキュリティ|防災|個人情報保護)/);
  assert.match(await card.locator('details.explain').textContent(), /点数では半分に数えます/);
  await assertNoViolations(page, 'matches over the imported advisers');

  // Correcting a level after the import: it becomes the user's, confirmed.
  await page.goto(s.env.server.url + '#/data');
  const editor = page.locator('details.level-editor');
  await editor.locator('summary').click();
  await page.fill('#edit-person', '1001');
  await editor.locator('button[type="submit"]').click();
  await page.selectOption('#edit-level-SE03', 'c');
  await editor.locator('button', { hasText: '直したレベルを保存' }).click();
  await editor.locator('.ok').waitFor();
  const [after] = await storedLists(page);
  const p1001 = after.records.find((r) => r.id === '1001');
  assert.deepEqual([p1001.skills.SE03, p1001.basis.SE03], ['c', 'confirmed']);
  await assertNoViolations(page, 'level editor');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('a pool kept in Excel: title and note rows set aside, the header row can be chosen, ○/× and 近隣県 read', async () => {
  const { page, problems } = await openData(s.env);
  await chooseFile(page, fixture('pref-pool-excel.xlsx'));
  // The header is found below the two title rows; the user may choose another row.
  assert.equal(await page.inputValue('#import-header'), '3');
  assert.match(await page.locator('#import-header').textContent(), /1行目：兵庫県 市町DX支援/);
  assert.equal(await page.inputValue('#map-5'), 'onsite');
  assert.equal(await page.inputValue('#map-6'), 'online');
  await assertNoViolations(page, 'pool list mapped');
  // Choosing another header row reads the file again from there, and back.
  await page.selectOption('#import-header', '2');
  await page.waitForFunction(() => document.querySelector('#map-0')?.closest('tr')?.textContent.includes('令和7年4月1日現在'));
  await page.selectOption('#import-header', '3');
  await page.waitForFunction(() => document.querySelector('#map-0')?.closest('tr')?.textContent.includes('登録番号'));
  assert.equal(await page.inputValue('#map-5'), 'onsite');
  await page.selectOption('#default-programme', 'pref_pool');
  assert.match(await validate(page), /220行を確認しました：エラー0件/);
  const rows = await page.locator('#import-warnings tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  assert.ok(rows.some((r) => r[0] === '1' && /見出しより上の行/.test(r[3])), 'the title row is reported, not imported');
  assert.ok(rows.some((r) => /近隣県/.test(r[3]) && /京都府/.test(r[2])), '近隣県 is read as the prefectures next to 兵庫県');
  assert.ok(rows.some((r) => r[2] === 'データサイエンティスト'), 'a value read only in part is reported on its row');
  await page.click('#apply-import');
  await page.locator('#import-status .ok').waitFor();
  const lists = await storedLists(page);
  const pool = lists.find((l) => l.records[0].id.startsWith('HP-'));
  assert.equal(pool.records.length, 220);
  assert.ok(!JSON.stringify(pool).includes('pool-desk@example.jp'));
  assert.deepEqual(problems.consoleErrors, []);
});

test('where every rule comes from: the sources page shows each programme’s rules with both sources where they differ', async () => {
  const { page, problems } = await openPage(s.env);
  await page.goto(s.env.server.url + '#/sources');
  await page.locator('h1', { hasText: 'データの出典と制度の根拠' }).waitFor();
  const adv = await page.locator('#prog-chiiki_joho_advisor').locator('xpath=..').textContent();
  assert.match(adv, /1件（1事業・1アドバイザー）につき最大3日/);
  assert.match(adv, /資料により記載が異なる/);
  assert.match(adv, /現地派遣は年間3回まで/);
  assert.match(adv, /https:\/\/dx-navi\.soumu\.go\.jp\/support\/advisor/);
  assert.match(adv, /資料の日付 2024-03-12/);
  // What no primary source confirms is marked, and the crosswalk is shown with its method.
  assert.match(await page.locator('#prog-chiikiryoku_advisor').locator('xpath=..').textContent(), /要確認/);
  assert.match(await page.locator('#crosswalk-caption').locator('xpath=../..').textContent(), /自治体セキュリティ/);
  await assertNoViolations(page, 'sources');
  // An assessment for a newer fiscal year than the rules says so, once, where rules are used.
  await page.goto(s.env.server.url + '#/start');
  await page.selectOption('#fiscal-year', '2026');
  await page.goto(s.env.server.url + '#/sheet');
  await page.locator('#page-title').waitFor();
  assert.equal(await page.locator('.rules-year').count(), 1);
  assert.match(await page.locator('.rules-year').textContent(), /令和8年度.*令和7年度/);
  assert.deepEqual(problems.consoleErrors, []);
});
