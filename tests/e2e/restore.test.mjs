// Restoring a backup is all or nothing across both stores (assessments in localStorage, lists
// in IndexedDB), and a backup gets the checks of an import: ids used twice (across lists, or
// by the samples), ids that are personal data (never repeated in the message), newer formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, assertNoViolations, root } from './browser.mjs';
import { openData, storedLists, importPool } from './import.mjs';

const s = suite();
const corpus = (name) => path.join(root, 'crates/domain/tests/corpus', name);

const restore = async (page, backup) =>
  page.setInputFiles('#restore-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
const refusal = (page) => page.locator('.export [role=status] .error');
const savedWork = (page) => page.evaluate(() => localStorage.getItem('dxm.state.v1'));

test('a restore is checked like an import and changes nothing unless all of it can be stored', async () => {
  const { page, problems } = await openData(s.env);
  await importPool(page, corpus('good_pool.csv'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-backup')]);
  const backup = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const lists = await storedLists(page);
  const work = await savedWork(page);

  // The same list twice under two ids: its ids would be used twice.
  const twice = structuredClone(backup);
  twice.sets.push({ ...structuredClone(backup.sets[0]), id: 'other', name: '県の人材プール（写し）' });
  await restore(page, twice);
  await refusal(page).waitFor();
  const text = await refusal(page).textContent();
  assert.match(text, /今の作業は変わっていません/);
  assert.match(text, /リスト「good_pool」の1件目：このIDはほかのリストで使われています/);
  assert.equal(await page.locator('#restore-preview').count(), 0);

  // An id that is an e-mail address: refused without repeating it.
  const personal = structuredClone(backup);
  personal.sets[0].records[0].id = 'hanako.suzuki@example.lg.jp';
  await restore(page, personal);
  await page.waitForFunction(() => /個人情報（メールアドレス）/.test(document.querySelector('.export [role=status] .error')?.textContent ?? ''));
  assert.ok(!(await refusal(page).textContent()).includes('hanako'), 'the address is not shown');
  await assertNoViolations(page, 'a refused restore');

  // A good backup whose lists cannot be stored (IndexedDB full): the assessments written
  // first are put back, the page keeps showing the work as it was.
  const renamed = structuredClone(backup);
  renamed.workspace.assessments[0].name = '復元したい評価';
  await page.evaluate(() => {
    window.__put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await restore(page, renamed);
  await page.locator('#restore-preview').waitFor();
  await page.click('#confirm-restore');
  await refusal(page).waitFor();
  assert.match(await refusal(page).textContent(), /今の作業は変わっていません。.*保存領域がいっぱい/);
  assert.equal(await savedWork(page), work, 'the assessments are as they were');
  assert.deepEqual(await storedLists(page), lists, 'the lists are as they were');
  assert.doesNotMatch(await page.locator('.current-assessment .name').textContent(), /復元したい評価/);

  // Once storage has room again, the same restore goes through, both parts.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = window.__put;
  });
  await page.click('#confirm-restore');
  await page.locator('.export .ok', { hasText: 'バックアップから復元しました' }).waitFor();
  await page.locator('.current-assessment .name', { hasText: '復元したい評価' }).waitFor();
  assert.match(await savedWork(page), /復元したい評価/);
  assert.equal((await storedLists(page)).length, 1);
  assert.deepEqual(problems.foreignRequests, []);
});
