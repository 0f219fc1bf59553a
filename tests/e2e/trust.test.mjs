// Nothing lost, nothing leaked (#16): replacing work with a share link can be undone exactly,
// and a link's `?pack=` cannot make the app read a file the publisher did not declare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, openPage, assertNoViolations, root, focusReaches } from './browser.mjs';

const s = suite();

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('dxm.state.v1') || 'null'));

test('replacing the current assessment with a share link can be undone, exactly', async () => {
  // A link made elsewhere: 札幌市.
  const { page } = await openPage(s.env);
  await page.fill('#org-search', 'さっぽろ');
  await page.locator('.org-results button').first().click();
  await page.goto(s.env.server.url + '#/data');
  await page.click('#make-link');
  const link = await page.locator('#share-link').inputValue();

  // The user's own work here: 函館市.
  const other = await openPage(s.env);
  const me = other.page;
  await me.fill('#org-search', 'はこだて');
  await me.locator('.org-results button').first().click();
  await me.waitForFunction(() => JSON.parse(localStorage.getItem('dxm.state.v1') || 'null')?.assessments[0].context.lgcode);
  const before = await stored(me);
  const mine = before.assessments.find((a) => a.id === before.active);

  await me.goto(link);
  await me.locator('#share-preview').waitFor();
  await me.click('#share-replace');
  await me.click('#share-replace');
  await me.locator('h1', { hasText: 'ギャップ' }).waitFor();
  const replaced = await stored(me);
  const slot = replaced.assessments.find((a) => a.id === mine.id);
  assert.notDeepEqual(slot, mine, 'replaced');
  assert.equal(replaced.assessments.length, before.assessments.length);

  // The screen it leads to says what happened and offers to undo it.
  const notice = me.locator('[role=status] .notice', { hasText: mine.name });
  await notice.waitFor();
  assert.match(await notice.textContent(), /共有リンクの内容で置き換えました/);
  await assertNoViolations(me, 'gap screen after a replace');
  await me.click('#undo-replace');
  await me.locator('#undo-replace').waitFor({ state: 'detached' });
  await focusReaches(me, '#page-title');
  await me.waitForFunction(
    (want) => JSON.stringify(JSON.parse(localStorage.getItem('dxm.state.v1'))) === want,
    JSON.stringify(before),
  );
  assert.deepEqual(await stored(me), before, 'the previous state, exactly');

  // The offer lasts until the user moves on.
  await me.goto(link);
  await me.click('#share-replace');
  await me.click('#share-replace');
  await me.locator('#undo-replace').waitFor();
  await me.click('a[href="#/assessments"]');
  await me.locator('h1', { hasText: '評価の一覧' }).waitFor();
  assert.equal(await me.locator('#undo-replace').count(), 0);
});

test('?pack= loads only a pack the publisher declared; any other file is refused, not fetched', async () => {
  const extra = s.env.server.extra;
  const pack = JSON.parse(fs.readFileSync(path.join(root, 'docs/templates/profile-pack-example.json'), 'utf8'));
  extra.set('/dxm-config.json', {
    type: 'application/json',
    body: JSON.stringify({ profile_packs: ['packs/pool.json'] }),
  });
  extra.set('/packs/pool.json', { type: 'application/json', body: JSON.stringify({ ...pack, ja: '公開 DX人材プール' }) });
  extra.set('/uploads/other.json', { type: 'application/json', body: JSON.stringify({ ...pack, ja: '持ち込まれたリスト' }) });
  try {
    const { page, problems } = await openPage(s.env);
    await page.goto(s.env.server.url + '?pack=uploads/other.json#/data');
    await page.locator('.list-card h3', { hasText: '公開 DX人材プール' }).waitFor();
    const notice = page.locator('.notice.warning', { hasText: 'uploads/other.json' });
    await notice.waitFor();
    assert.match(await notice.textContent(), /profile_packs/);
    assert.equal(await page.locator('.list-card h3', { hasText: '持ち込まれたリスト' }).count(), 0);
    assert.ok(!problems.requests.some((u) => new URL(u).pathname === '/uploads/other.json'), 'never fetched');
    await assertNoViolations(page, 'data page with a refused ?pack=');

    // A declared pack named in the address: no notice, and loaded once.
    await page.goto(s.env.server.url + '?pack=packs/pool.json#/data');
    await page.reload();
    await page.locator('.list-card h3', { hasText: '公開 DX人材プール' }).waitFor();
    assert.equal(await page.locator('.list-card h3', { hasText: '公開 DX人材プール' }).count(), 1);
    assert.equal(await page.locator('.notice.warning', { hasText: 'packs/pool.json' }).count(), 0);
  } finally {
    extra.clear();
  }
});
