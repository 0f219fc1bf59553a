// Nothing lost, nothing leaked (#16): files too large are refused before they are read, a
// panic shows a page that says the work is saved and reloads, the prefecture view keeps what
// it gathered across a reload, and the import worker validates against the publisher's rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite, openPage, assertNoViolations, root, focusReaches } from './browser.mjs';
import { openData, storedLists, chooseFile, validate } from './import.mjs';

const s = suite();
const MB = 1024 * 1024;
const corpus = (name) => path.join(root, 'crates/domain/tests/corpus', name);

/** A file of `bytes` spaces (no memory is spent on its content in the page unless it is read). */
const big = (name, bytes, mimeType) => ({ name, mimeType, buffer: Buffer.alloc(bytes, ' ') });

test('a talent list larger than 20 MB is refused before it is read, with its size and the limit', async () => {
  const { page, problems } = await openData(s.env);
  await page.setInputFiles('#import-file', big('huge.csv', 21 * MB, 'text/csv'));
  const error = page.locator('#import-status .error');
  await error.waitFor();
  const text = await error.textContent();
  assert.match(text, /21\.0 MB/, text);
  assert.match(text, /20 MB/, text);
  assert.match(text, /ください。$/, `what to do: ${text}`);
  assert.equal(await page.locator('#mapping-title').count(), 0, 'nothing was read');
  assert.deepEqual(await storedLists(page), []);
  await assertNoViolations(page, 'import refused on size');
  // A list under the limit still imports.
  await chooseFile(page, corpus('good_pool.csv'));
  assert.deepEqual(problems.consoleErrors, []);
  // In English too.
  await page.click('header button.lang-switch');
  await page.setInputFiles('#import-file', big('huge.csv', 21 * MB, 'text/csv'));
  const en = await page.locator('#import-status .error').textContent();
  assert.match(en, /21\.0 MB/, en);
  assert.match(en, /20 MB/, en);
});

test('a backup larger than 50 MB is refused before it is read, with its size and the limit', async () => {
  const { page, problems } = await openData(s.env);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dxm-')), 'dxm-backup-huge.json');
  fs.writeFileSync(file, Buffer.alloc(51 * MB, ' '));
  try {
    await page.setInputFiles('#restore-file', file);
    const error = page.locator('.export [role=status] .error');
    await error.waitFor();
    const text = await error.textContent();
    assert.match(text, /51\.0 MB/, text);
    assert.match(text, /50 MB/, text);
    assert.match(text, /ください。$/, `what to do: ${text}`);
    assert.equal(await page.locator('#restore-preview').count(), 0);
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

test('a prefecture’s file larger than 5 MB is reported with its size and the limit, not read', async () => {
  const { page } = await openPage(s.env);
  await page.goto(s.env.server.url + '#/prefecture');
  await page.locator('#gather-title').waitFor();
  await page.setInputFiles('#gather-files', big('huge.json', 6 * MB, 'application/json'));
  await page.locator('#gather-status', { hasText: '1件のファイル' }).waitFor();
  const rejected = await page.locator('#rejected-table tbody').textContent();
  assert.match(rejected, /huge\.json/);
  assert.match(rejected, /6\.0 MB/, rejected);
  assert.match(rejected, /5 MB/, rejected);
});

/** One municipality's submission file, made through the app as a municipality would. */
async function submission(search) {
  const { page, context } = await openPage(s.env);
  await page.fill('#org-search', search);
  await page.locator('.org-results button').first().click();
  await page.goto(s.env.server.url + '#/data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-submission')]);
  const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: fs.readFileSync(await download.path()) };
  await context.close();
  return file;
}

test('gathered submissions survive a reload, and once removed stay removed', async () => {
  const sapporo = await submission('さっぽろ');
  const hakodate = await submission('はこだて');
  const { page, problems } = await openPage(s.env);
  await page.goto(s.env.server.url + '#/prefecture');
  await page.locator('#gather-title').waitFor();
  // The page says where what is gathered is kept.
  assert.match(await page.locator('#gather-kept').textContent(), /このブラウザ/);
  await page.setInputFiles('#gather-files', [sapporo, hakodate]);
  await page.locator('#gather-status', { hasText: '2件のファイル' }).waitFor();
  const figure = async (key) => Number(await page.locator(`#intake-figures .${key} dd`).textContent());
  assert.equal(await figure('accepted'), 2);

  await page.reload();
  await page.locator('#intake-figures .accepted dd', { hasText: '2' }).waitFor();
  // Both municipalities count again: 177 of 北海道's 179 are missing.
  assert.equal(await figure('missing'), 177);
  await page.click('#missing-list summary');
  assert.doesNotMatch(await page.locator('#missing-list').textContent(), /札幌市|函館市/);
  await assertNoViolations(page, 'prefecture view after a reload');

  await page.click('#gather-clear');
  await page.locator('#gather-status', { hasText: 'このブラウザからも消しました' }).waitFor();
  await page.reload();
  await page.locator('#gather-title').waitFor();
  // The stored intake is read at start; give it the time a stored one takes to appear.
  await page.waitForTimeout(500);
  assert.equal(await page.locator('#intake-figures').count(), 0, 'nothing comes back');
  assert.deepEqual(problems.consoleErrors, []);
});

test('a panic shows what happened, that the work is saved, and a reload that brings it back', async () => {
  const { page, problems } = await openPage(s.env);
  await page.fill('#org-search', 'さっぽろ');
  await page.locator('.org-results button').first().click();
  // Saved on the change (the workspace is written to localStorage on every change).
  await page.waitForFunction(() => /"lgcode":\s*"?0?11002/.test(localStorage.getItem('dxm.state.v1') || ''));
  // The test-only trigger (exported like the bench hooks, not reachable from the page).
  await page.evaluate(() => {
    try {
      window.wasmBindings.dxm_test_panic();
    } catch {
      // The panic aborts the call: WebAssembly throws "unreachable" to its caller.
    }
  });
  const crash = page.locator('#crash');
  await crash.waitFor();
  assert.match(await crash.locator('h1').textContent(), /予期しないエラー/);
  assert.match(await crash.textContent(), /このブラウザに保存されて/);
  await focusReaches(page, '#crash-title');
  assert.equal(await page.locator('#crash-reload').isVisible(), true);
  await page.click('#crash details summary');
  assert.match(await page.locator('#crash details pre').textContent(), /dxm_test_panic/);
  assert.equal(await page.locator('#crash-reload').isVisible(), true);
  await assertNoViolations(page, 'crash page');
  // The only errors are the panic's own.
  assert.ok(problems.consoleErrors.every((e) => /dxm_test_panic|unreachable|panicked/i.test(e)), problems.consoleErrors.join('\n'));

  await page.click('#crash-reload');
  await page.locator('#page-title').waitFor();
  await page.locator('#crash').waitFor({ state: 'detached' });
  assert.match(await page.locator('main').textContent(), /札幌市/, 'the work is back');
});

test('the import worker validates against the publisher’s programme rules', async () => {
  const extra = s.env.server.extra;
  const rules = JSON.parse(fs.readFileSync(path.join(root, 'crates/domain/data/programmes.json'), 'utf8'));
  // The publisher adds its own bank of people and renames the prefecture's pool.
  const bank = structuredClone(rules.programmes.find((p) => p.id === 'pref_pool'));
  Object.assign(bank, { id: 'hokkaido_dx_bank', ja: '北海道DX人材バンク', en: 'Hokkaido DX talent bank', aliases: [] });
  rules.programmes.push(bank);
  extra.set('/dxm-config.json', { type: 'application/json', body: JSON.stringify({ programmes: 'rules/programmes.json' }) });
  extra.set('/rules/programmes.json', { type: 'application/json', body: JSON.stringify(rules) });
  try {
    const { page, problems } = await openData(s.env);
    await chooseFile(page, corpus('good_pool.csv'));
    // The page knows the publisher's programme; the worker must too.
    await page.selectOption('#default-programme', 'hokkaido_dx_bank');
    assert.match(await validate(page), /2行を確認しました：エラー0件/);
    await page.click('#apply-import');
    await page.locator('#import-status .ok').waitFor();
    const lists = await storedLists(page);
    assert.deepEqual(lists[0].records.map((r) => r.programme), ['hokkaido_dx_bank', 'hokkaido_dx_bank']);
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    extra.clear();
  }
});
