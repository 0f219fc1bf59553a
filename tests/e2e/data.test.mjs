// Data in and out: importing lists (CSV in three encodings, .xlsx, JSON) through the worker,
// the validation report, the anonymity guard, lists, CSV export, backup and restore, share
// links and the publisher's data packs — against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, openPage, assertNoViolations, root, tabTo, startFromPreset, focusReaches } from './browser.mjs';
import { openData, storedLists, chooseFile, validate, importPool } from './import.mjs';

const s = suite();
const corpus = (name) => path.join(root, 'crates/domain/tests/corpus', name);

const selected = (page, column) => page.locator(`#map-${column}`).inputValue();

test('CSV in UTF-8, UTF-8 with BOM and Shift_JIS: mapping suggested, personal data never stored', async () => {
  const { page, problems } = await openPage(s.env);
  const workerFetched = () => problems.requests.some((u) => u.includes('dxm-import-worker'));
  await page.waitForLoadState('networkidle');
  assert.equal(workerFetched(), false, 'the first visit does not load the import code');
  await page.goto(s.env.server.url + '#/data');
  await page.locator('#import-title').waitFor();
  for (const [file, encoding] of [
    ['good_pool.csv', 'UTF-8'],
    ['good_pool_bom.csv', 'UTF-8 (BOM)'],
    ['good_pool_sjis.csv', 'Shift_JIS'],
  ]) {
    await chooseFile(page, corpus(file));
    assert.ok(workerFetched(), 'the import screen loads it');
    const read = await page.locator('#import-read').textContent();
    assert.match(read, new RegExp(`2行・16列.*${encoding.replace(/[()]/g, '\\$&')}`), file);
    // 人材類型 → 人材像, 活動拠点 → base, BT01 → the skill item, 氏名/メール → not imported.
    assert.equal(await selected(page, 3), 'personas', file);
    assert.equal(await selected(page, 5), 'base_prefecture', file);
    assert.equal(await selected(page, 13), 'skill:BT01', file);
    assert.equal(await page.locator('#map-1').textContent(), '個人情報のため取り込みません');
    assert.equal(await page.locator('#map-2').textContent(), '個人情報のため取り込みません');
    // The sample column never shows the personal values.
    const preview = await page.locator('.data-table.mapping').textContent();
    assert.ok(!preview.includes('山田') && !preview.includes('taro@example.jp'), file);
  }
  await assertNoViolations(page, 'import mapping');

  // The file has no programme column: the report says how to fix that, and choosing one fixes it.
  assert.match(await validate(page), /2行を確認しました：エラー2件/);
  assert.match(await page.locator('#import-errors').textContent(), /「制度」が空です/);
  assert.equal(await page.locator('#apply-import').count(), 0);
  await page.selectOption('#default-programme', 'pref_pool');
  const summary = await validate(page);
  assert.match(summary, /2行を確認しました：エラー0件、注意[1-9]\d*件/);
  await page.locator('details.warnings summary').click();
  const warnings = await page.locator('#import-warnings').textContent();
  assert.ok(warnings.includes('電話番号'), 'the phone number in the free text is reported');
  assert.ok(!warnings.includes('011-123-4567'), 'and not repeated');
  await assertNoViolations(page, 'import report');

  await page.fill('#list-name', '北海道 人材プール');
  await page.click('#apply-import');
  await page.locator('#import-status .ok', { hasText: '「北海道 人材プール」を2人分取り込みました' }).waitFor();
  await page.locator('.list-card h3', { hasText: '北海道 人材プール' }).waitFor();

  const lists = await storedLists(page);
  assert.equal(lists.length, 1);
  assert.equal(lists[0].records.length, 2);
  const raw = JSON.stringify(lists);
  for (const personal of ['山田', '鈴木', 'taro@example.jp', 'hanako@example.jp', '011-123-4567']) {
    assert.ok(!raw.includes(personal), `${personal} must not be stored`);
  }
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('the encoding can be overridden, and the file is read again', async () => {
  const { page } = await openData(s.env);
  await chooseFile(page, corpus('good_pool_sjis.csv'));
  assert.match(await page.locator('#import-read').textContent(), /文字コード：Shift_JIS/);
  await page.selectOption('#import-encoding', 'utf-8');
  await page.locator('#import-read', { hasText: '文字コード：UTF-8' }).waitFor();
  // Read as UTF-8, the Shift_JIS headers are no longer recognised.
  assert.notEqual(await selected(page, 3), 'personas');
});

test('a file with errors: row, column, value and fix are shown and nothing is applied', async () => {
  const { page, problems } = await openData(s.env);
  await chooseFile(page, corpus('bad_values.csv'));
  const summary = await validate(page);
  assert.match(summary, /エラー[1-9]/);
  assert.equal(await page.locator('#apply-import').count(), 0, 'no way to apply a file with errors');
  const cells = (table) => page.locator(`${table} tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())),
  );
  const rows = await cells('#import-errors');
  const level = rows.find((r) => r[2] === 'e' && r[1] === 'BT01');
  assert.ok(level, JSON.stringify(rows));
  assert.equal(level[0], '3', 'the line of the file');
  assert.ok(level[3].length > 0 && level[4].length > 0, 'a problem and a fix');
  // A place that cannot be read is left out and said so on its row (not silently dropped).
  const edo = (await cells('#import-warnings')).find((r) => r[2] === '江戸');
  assert.ok(edo, 'the unreadable base is reported');
  assert.equal(edo[0], '2');
  assert.equal(edo[1], '活動拠点');
  await assertNoViolations(page, 'import errors');
  assert.deepEqual(await storedLists(page), []);
  assert.equal(await page.locator('.list-card').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
});

test('unreadable files say what is wrong; nothing changes', async () => {
  const { page } = await openData(s.env);
  for (const [file, expected] of [
    ['empty.csv', 'ファイルが空です'],
    ['binary.bin', ''],
    ['broken.json', 'JSONとして読めません'],
  ]) {
    await page.setInputFiles('#import-file', corpus(file));
    const error = page.locator('#import-status .error');
    await error.waitFor();
    const text = await error.textContent();
    // What is wrong, then what to do.
    assert.ok(text.includes(expected) && /ください。$/.test(text.trim()), `${file}: ${text}`);
  }
  await page.setInputFiles('#import-file', corpus('only_header.csv'));
  await page.locator('#no-rows', { hasText: 'データの行がありません' }).waitFor();
  assert.equal(await page.locator('#validate-import').count(), 0);
  assert.deepEqual(await storedLists(page), []);
});

test('the .xlsx template and a JSON list import', async () => {
  const { page } = await openData(s.env);
  await chooseFile(page, path.join(root, 'docs/templates/profiles-template.xlsx'));
  assert.match(await page.locator('#import-read').textContent(), /3行・\d+列/);
  // The workbook has a second sheet (how to fill it in); choosing it reads that sheet instead.
  await page.selectOption('#import-sheet', '記入方法');
  await page.locator('#import-read', { hasText: /・3列/ }).waitFor();
  await page.selectOption('#import-sheet', '人材リスト');
  await page.locator('#import-read', { hasText: /3行・\d{2,}列/ }).waitFor();
  assert.match(await validate(page), /3行を確認しました：エラー0件/);
  await page.click('#apply-import');
  await page.locator('#import-status .ok').waitFor();

  // A JSON list of objects is mapped like a table.
  await chooseFile(page, corpus('list.json'));
  assert.equal(await selected(page, 3), 'skill_list');
  await page.selectOption('#default-programme', 'pref_pool');
  assert.match(await validate(page), /2行を確認しました：エラー0件/);
  await page.click('#apply-import');
  await page.locator('#import-status .ok').waitFor();
  assert.equal(await page.locator('.list-card').count(), 2);
  assert.equal((await storedLists(page)).length, 2);

  // The app's own pack format needs no mapping; its ids are already taken by the xlsx rows.
  await page.setInputFiles('#import-file', path.join(root, 'docs/templates/profile-pack-example.json'));
  await page.locator('#validate-import').waitFor();
  assert.match(await validate(page), /エラー3件/);
  assert.match(await page.locator('#import-errors').textContent(), /EXAMPLE-001/);
});

test('a column mapped by hand is validated as mapped, with the keyboard or the pointer', async () => {
  const { page } = await openData(s.env);
  await chooseFile(page, corpus('good_pool.csv'));
  await page.selectOption('#default-programme', 'pref_pool');
  assert.match(await validate(page), /2行を確認しました：エラー0件/);
  // Every field is offered once the select is reached (its options are drawn then), and the
  // arrow keys move through them.
  await page.focus('#map-5');
  assert.ok((await page.locator('#map-5 option').count()) > 49, 'the fields and every skill item');
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await selected(page, 5), 'base_prefecture');
  await page.keyboard.press('ArrowUp');
  assert.equal(await selected(page, 5), 'base_prefecture');
  // 人材類型 read as a skill level: the report follows the new mapping, not the one suggested.
  await page.click('#map-3');
  await page.selectOption('#map-3', 'skill:BT02');
  await page.keyboard.press('Escape');
  assert.match(await validate(page), /2行を確認しました：エラー2件/);
  const errors = await page.locator('#import-errors').textContent();
  assert.ok(errors.includes('レベルとして読めません') && errors.includes('エンジニア'), errors);
  assert.equal(await page.locator('#apply-import').count(), 0);
});

test('a column remapped after the file was read: the list stored follows the new mapping', async () => {
  const { page } = await openData(s.env);
  // The template validates without errors as suggested, so the worker sends its records ahead.
  const template = fs.readFileSync(path.join(root, 'docs/templates/profiles-template.csv'));
  const first = template.toString('utf8').split('\r\n')[1].split(',');
  assert.equal(first[14], 'a', 'the first person has ビジネス戦略策定・実行 at a');
  await page.setInputFiles('#import-file', { name: 'pool.csv', mimeType: 'text/csv', buffer: template });
  await page.locator('#mapping-title').waitFor();
  assert.equal(await selected(page, 14), 'skill:BT01');
  await page.click('#map-14');
  await page.selectOption('#map-14', 'ignore');
  assert.match(await validate(page), /3行を確認しました：エラー0件/);
  await page.click('#apply-import');
  await page.locator('.list-card').waitFor();
  const [list] = await storedLists(page);
  assert.equal(list.records.length, 3);
  assert.equal(list.records[0].id, first[0]);
  assert.ok(list.records.every((r) => !('BT01' in r.skills)), JSON.stringify(list.records[0].skills));
  assert.equal(list.records[0].skills.BT03, first[16], 'the other columns as suggested');
});

test('a large import shows progress and can be cancelled; nothing is stored', async () => {
  const { page } = await openData(s.env);
  const header = '登録番号,活動拠点,対応地域,人材像,BT01,プロフィール\n';
  // 60,000 rows, about 17 MB: large, and still under the 20 MB a list may be (dxm_domain::limits).
  const row = (n) => `R-${n},北海道,全国,エンジニア,b,${'クラウド基盤の設計と運用の支援。'.repeat(5)}\n`;
  const big = header + Array.from({ length: 60000 }, (_, n) => row(n)).join('');
  await page.setInputFiles('#import-file', { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
  const cancel = page.locator('#import-status button', { hasText: '取り込みを中止' });
  await cancel.waitFor();
  assert.equal(await page.locator('#import-status progress').count(), 1);
  // The page stays responsive while the worker reads.
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  assert.ok(Date.now() - t0 < 1000);
  await cancel.click();
  await page.locator('#import-status', { hasText: '取り込みを中止しました。何も変わっていません。' }).waitFor();
  assert.equal(await page.locator('#mapping-title').count(), 0);
  assert.deepEqual(await storedLists(page), []);
});

test('lists can be renamed, switched off, removed and restored; samples can be hidden', async () => {
  const { page } = await openPage(s.env);
  await startFromPreset(page, s.env, 'さっぽろ', ['engineer']);
  await page.goto(s.env.server.url + '#/data');
  await importPool(page, corpus('good_pool.csv'));

  await page.locator('.list-card button', { hasText: '名前を変更' }).click();
  await focusReaches(page, '[id^="rename-input-"]');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('道央 人材');
  await page.keyboard.press('Enter');
  await page.locator('.list-card h3', { hasText: '道央 人材' }).waitFor();
  assert.equal((await storedLists(page))[0].name, '道央 人材');

  // Matching uses the list and the samples; hiding the samples leaves the list alone.
  await page.goto(s.env.server.url + '#/matches');
  await page.locator('#results-summary').waitFor();
  const all = await page.locator('#results-summary').textContent();
  await page.goto(s.env.server.url + '#/data');
  await page.check('#hide-samples');
  await page.goto(s.env.server.url + '#/matches');
  await page.locator('#results-summary').waitFor();
  const onlyList = await page.locator('#results-summary').textContent();
  assert.notEqual(onlyList, all);
  const counted = onlyList.match(/\d+/g).map(Number);
  assert.equal(counted[0] + counted[2], 2, `only the two imported people remain: ${onlyList}`);
  assert.equal(await page.locator('.tag.sample').count(), 0, 'no fictional sample is shown');

  await page.goto(s.env.server.url + '#/data');
  await page.locator('.list-card button', { hasText: '削除' }).click();
  await page.locator('#undo-list').waitFor();
  await focusReaches(page, '#undo-list');
  assert.deepEqual(await storedLists(page), []);
  await page.keyboard.press('Enter');
  await page.locator('.list-card h3', { hasText: '道央 人材' }).waitFor();
  await page.waitForFunction(() => document.activeElement.id.startsWith('rename-list-'));
  assert.equal((await storedLists(page)).length, 1);

  await page.uncheck('.list-card input[type=checkbox]');
  await page.waitForFunction(() => !document.querySelector('.list-card input[type=checkbox]').checked);
  for (let i = 0; i < 50 && (await storedLists(page))[0].enabled; i++) await page.waitForTimeout(20);
  assert.equal((await storedLists(page))[0].enabled, false);
  await assertNoViolations(page, 'lists');
});

test('CSV exports open in Excel (BOM, CRLF) and neutralise formulas', async () => {
  const { page } = await openPage(s.env);
  await startFromPreset(page, s.env, 'さっぽろ', ['engineer']);
  await page.goto(s.env.server.url + '#/data');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  await chooseFile(page, corpus('formula_and_script.csv'));
  // Imported text is shown as text, never read as HTML (and the CSP would block it anyway).
  assert.ok((await page.locator('table.mapping').textContent()).includes('<script>alert(1)</script><img src=x onerror=alert(2)>'));
  assert.equal(await page.locator('main img, main script').count(), 0);
  await page.selectOption('#default-programme', 'pref_pool');
  await validate(page);
  await page.click('#apply-import');
  await page.locator('.list-card').waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-ranking')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
  const text = bytes.toString('utf8').slice(1);
  assert.ok(text.includes('\r\n'));
  const cells = text.split('\r\n').flatMap((l) => l.split(','));
  for (const c of cells) {
    const bare = c.replace(/^"/, '');
    assert.ok(!/^[=+\-@]/.test(bare), `cell starts a formula: ${c}`);
  }
  assert.ok(text.includes("'=cmd|calc") || text.includes("\"'=cmd|calc"), 'the formula id is kept, neutralised');

  assert.equal(dialogs, 0, 'no script from the file ran');
  const [gap] = await Promise.all([page.waitForEvent('download'), page.click('#export-gap')]);
  const gapText = fs.readFileSync(await gap.path(), 'utf8');
  assert.ok(gapText.startsWith('\ufeff'));
  assert.ok(gapText.split('\r\n')[0].includes('スキル'));

  // The same files are a click away on the screens they come from.
  await page.goto(s.env.server.url + '#/gap');
  const [fromGap] = await Promise.all([page.waitForEvent('download'), page.locator('main button', { hasText: 'ギャップ表をCSVで保存' }).click()]);
  assert.equal(fs.readFileSync(await fromGap.path(), 'utf8'), gapText);
  await page.goto(s.env.server.url + '#/matches');
  const [fromMatches] = await Promise.all([page.waitForEvent('download'), page.locator('main button', { hasText: '人材の順位をCSVで保存' }).click()]);
  assert.equal(fs.readFileSync(await fromMatches.path(), 'utf8'), bytes.toString('utf8'));
});

test('backup and restore: validated preview first, then everything replaced', async () => {
  const { page } = await openData(s.env);
  await importPool(page, corpus('good_pool.csv'));

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-backup')]);
  const backupPath = await download.path();
  const backup = JSON.parse(fs.readFileSync(backupPath, 'utf8'));
  assert.equal(backup.version, 1);
  assert.equal(backup.sets.length, 1);

  // A broken file is refused and changes nothing.
  await page.setInputFiles('#restore-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 99}') });
  await page.locator('.export [role=status] .error').waitFor();
  assert.equal(await page.locator('#restore-preview').count(), 0);

  // Remove the list, then restore it from the backup after the preview.
  await page.locator('.list-card button', { hasText: '削除' }).click();
  await page.locator('#undo-list').waitFor();
  assert.deepEqual(await storedLists(page), []);
  await page.setInputFiles('#restore-file', backupPath);
  await page.locator('#restore-preview').waitFor();
  assert.match(await page.locator('#restore-preview').textContent(), /人材リスト1件/);
  assert.deepEqual(await storedLists(page), [], 'nothing changes before the restore is confirmed');
  await assertNoViolations(page, 'restore preview');
  await page.click('#confirm-restore');
  await page.locator('.export .ok', { hasText: 'バックアップから復元しました' }).waitFor();
  assert.equal((await storedLists(page)).length, 1);
  await page.locator('.list-card').waitFor();
});

test('share link: opened elsewhere it shows what it holds and asks before changing anything', async () => {
  const { page } = await openPage(s.env);
  await page.fill('#org-search', 'さっぽろ');
  await page.locator('.org-results button').first().click();
  await page.goto(s.env.server.url + '#/data');
  await page.click('#make-link');
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /#\/share\/[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 600, `compact: ${link.length} characters`);

  const other = await openPage(s.env);
  const requests = [];
  other.page.on('request', (r) => requests.push(r.url()));
  await other.page.goto(link);
  await other.page.locator('#share-preview').waitFor();
  assert.ok(requests.every((u) => !u.includes('share')), 'the fragment never reaches the server');
  assert.match(await other.page.locator('#share-preview').textContent(), /札幌市/);
  await assertNoViolations(other.page, 'share preview');
  const before = await other.page.evaluate(() => localStorage.getItem('dxm.workspace'));
  await other.page.click('#share-replace');
  assert.match(await other.page.locator('#share-replace').textContent(), /本当に置き換える/);
  assert.equal(await other.page.evaluate(() => localStorage.getItem('dxm.workspace')), before, 'asked first');
  await other.page.click('#share-add');
  await other.page.locator('h1', { hasText: 'ギャップ' }).waitFor();
  assert.ok(!other.page.url().includes('/share/'), 'the link is dropped from the address');
  await other.page.goto(s.env.server.url + '#/assessments');
  await other.page.locator('.assessment-card').nth(1).waitFor();
  assert.equal(await other.page.locator('.assessment-card').count(), 2);

  // A damaged link says so.
  await other.page.goto(link.slice(0, -5) + 'AAAAA');
  await other.page.locator('.notice.warning', { hasText: 'このリンクは読み込めません' }).waitFor();
});

test('a publisher’s data pack and settings are loaded from the same site', async () => {
  const extra = s.env.server.extra;
  const pack = JSON.parse(fs.readFileSync(path.join(root, 'docs/templates/profile-pack-example.json'), 'utf8'));
  pack.ja = '北海道 DX人材プール';
  pack.as_of = '2026-10-01';
  extra.set('/dxm-config.json', {
    type: 'application/json',
    body: JSON.stringify({ profile_packs: ['packs/pool.json', 'packs/missing.json'], hide_samples: true }),
  });
  extra.set('/packs/pool.json', { type: 'application/json', body: JSON.stringify(pack) });
  try {
    const { page, problems } = await openData(s.env);
    await page.locator('.list-card h3', { hasText: '北海道 DX人材プール' }).waitFor();
    assert.match(await page.locator('.list-card').first().textContent(), /公開データ/);
    assert.equal(await page.isChecked('#hide-samples'), true, 'the publisher hides the samples');
    const notice = await page.locator('.notice.warning', { hasText: 'packs/missing.json' }).textContent();
    assert.match(notice, /見つかりません/);
    assert.deepEqual(problems.foreignRequests, []);
    await assertNoViolations(page, 'data page with a pack');
  } finally {
    extra.clear();
  }
});

test('a publisher’s programme rules replace the built-in ones; rules the samples do not fit are reported, not fatal', async () => {
  const extra = s.env.server.extra;
  const rules = JSON.parse(fs.readFileSync(path.join(root, 'crates/domain/data/programmes.json'), 'utf8'));
  extra.set('/dxm-config.json', { type: 'application/json', body: JSON.stringify({ programmes: 'rules/programmes.json' }) });
  try {
    // The samples are checked against the rules when a screen that needs them loads them.
    const samples = JSON.parse(fs.readFileSync(path.join(root, 'crates/domain/data/sample_profiles.json'), 'utf8'));
    const openMatches = async (page) => {
      await page.evaluate(() => { location.hash = '#/matches'; });
      await page.locator('h1#page-title', { hasText: '人材と照らし合わせる' }).waitFor();
      await page.locator('footer', { hasText: `(${samples.profiles.length}, ` }).waitFor();
    };
    // Valid rules: used without a word.
    extra.set('/rules/programmes.json', { type: 'application/json', body: JSON.stringify(rules) });
    let { page, problems } = await openPage(s.env);
    await openMatches(page);
    assert.equal(await page.locator('.notice.warning', { hasText: 'programmes.json' }).count(), 0);
    assert.deepEqual(problems.consoleErrors, []);
    // Rules without a programme the built-in samples use: loading them on their own works, the
    // samples then do not fit. The page says so and runs on the built-in rules.
    const without = { ...rules, programmes: rules.programmes.filter((p) => p.id !== 'chiiki_joho_advisor') };
    extra.set('/rules/programmes.json', { type: 'application/json', body: JSON.stringify(without) });
    ({ page, problems } = await openPage(s.env));
    await openMatches(page);
    const notice = await page.locator('.notice.warning', { hasText: 'rules/programmes.json' }).textContent();
    assert.match(notice, /組み込みのルールを使っています/);
    // The built-in rules, with every sample profile (which the publisher's rules could not take).
    assert.match(await page.locator('footer').textContent(), new RegExp(`${samples.profiles.length}`));
    assert.deepEqual(problems.consoleErrors, []);
    // A rule of a kind the app does not know yet, added by the publisher without a new build:
    // shown with its words, never used to exclude.
    const added = structuredClone(rules);
    added.programmes.find((p) => p.id === 'chiiki_joho_advisor').rules.push({ kind: 'team_days_per_case', max: 5, ja: 'チームで派遣する場合は1件につき延べ5日まで（発行者の追加）' });
    extra.set('/rules/programmes.json', { type: 'application/json', body: JSON.stringify(added) });
    ({ page, problems } = await openPage(s.env));
    await openMatches(page);
    await page.evaluate(() => { location.hash = '#/sources'; });
    await page.locator('h1#page-title', { hasText: 'データの出典と制度の根拠' }).waitFor();
    assert.match(await page.locator('main').textContent(), /チームで派遣する場合は1件につき延べ5日まで（発行者の追加）/);
    // A file in the first format still loads (and is converted).
    extra.set('/rules/programmes.json', { type: 'application/json', body: fs.readFileSync(path.join(root, 'crates/domain/tests/corpus/programmes-v1.json'), 'utf8') });
    ({ page, problems } = await openPage(s.env));
    await openMatches(page);
    assert.equal(await page.locator('.notice.warning', { hasText: 'programmes.json' }).count(), 0);
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    extra.clear();
  }
});

test('an import works with the keyboard alone, after the file is chosen', async () => {
  const { page } = await openData(s.env);
  await tabTo(page, '#import-file');
  // The file dialog belongs to the operating system; everything after it is the app's.
  await page.setInputFiles('#import-file', corpus('good_pool.csv'));
  await page.locator('#mapping-title').waitFor();
  await tabTo(page, '#default-programme');
  for (let k = 0; k < 12 && (await page.inputValue('#default-programme')) !== 'pref_pool'; k++) {
    await page.keyboard.press('ArrowDown');
  }
  assert.equal(await page.inputValue('#default-programme'), 'pref_pool');
  await tabTo(page, '#validate-import');
  await page.keyboard.press('Enter');
  await page.locator('#report-title').waitFor();
  await assertNoViolations(page, 'import report');
  await tabTo(page, '#apply-import');
  await page.keyboard.press('Enter');
  await page.locator('.list-card').waitFor();
  assert.equal((await storedLists(page)).length, 1);
});

test('the data page works by keyboard', async () => {
  const { page } = await openData(s.env);
  await tabTo(page, '#import-file');
  await tabTo(page, '#export-ranking');
  await tabTo(page, '#make-link');
  await page.keyboard.press('Enter');
  await page.locator('#share-link').waitFor();
  await focusReaches(page, '#share-link');
  await assertNoViolations(page, 'data page');
});
