/*
 * Admins manage members from the pages, against a real server and store file: list, add with roles,
 * disable (sessions end, tokens stop, sign-in refused) and enable; admin role only; CSRF on every form;
 * the first password never comes back; every change audited under the admin's name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addTestMember, startBoardServer, bearer, testPassword, testToken, TestBrowser } from '../../test/board.ts';
import { boardPath } from '../store/index.ts';

const { dbPath, engine, base } = await startBoardServer();
await addTestMember(engine.store, 'ada', ['admin'], { displayName: 'Ada Admin' });
await addTestMember(engine.store, 'rita', ['reviewer'], { displayName: 'Dr Rita Ng' });

async function signedIn(name: string, password = testPassword): Promise<TestBrowser> {
  const browser = new TestBrowser(base);
  assert.equal((await browser.signIn(name, password)).status, 303, `${name} signs in`);
  return browser;
}

/** The audit rows about accounts (they name no article), read through the store file. */
async function accountAudit(): Promise<{ actor: string; via: string; action: string; comment: string | null }[]> {
  const { default: Database } = await import('better-sqlite3');
  // Members, audit rows and questions live in the board file beside the corpus.
  const db = new Database(boardPath(dbPath), { readonly: true });
  try {
    return db.prepare('SELECT actor, via, action, comment FROM audit_log WHERE article_id IS NULL ORDER BY id').all() as never;
  } finally {
    db.close();
  }
}

test('an admin lists members and adds one with roles and a first password; the password never comes back', async () => {
  const ada = await signedIn('ada');
  const list = await (await ada.get('/admin/members')).text();
  assert.match(list, /<td>rita<\/td><td>reviewer<\/td><td>Dr Rita Ng<\/td>/);
  const password = 'first-password-for-ana-5531';
  const added = await ada.post('/admin/members', {
    name: 'ana',
    displayName: 'Dr Ana Silva',
    credentials: 'MD',
    specialty: 'Neurology',
    role_reviewer: 'on',
    role_editor: 'on',
    password,
  });
  assert.equal(added.status, 303);
  assert.deepEqual(engine.store.member('ana')!.roles, ['editor', 'reviewer']);
  assert.equal(engine.store.member('ana')!.specialty, 'Neurology');
  const ana = await signedIn('ana', password);
  assert.equal((await ana.get('/review')).status, 200);
  const again = await ada.post('/admin/members', { name: 'ana', role_reader: 'on', password });
  assert.equal(again.status, 409);
  const againHtml = await again.text();
  assert.match(againHtml, /a member named &quot;ana&quot; already exists/);
  assert.ok(!againHtml.includes(password), 'the password is not sent back');
  const noRole = await ada.post('/admin/members', { name: 'nobody', displayName: '<script>x</script>', password });
  assert.equal(noRole.status, 400);
  const noRoleHtml = await noRole.text();
  assert.match(noRoleHtml, /a member needs a role/);
  assert.ok(noRoleHtml.includes('value="&lt;script&gt;x&lt;/script&gt;"'), 'what was typed comes back, escaped');
  assert.equal((await ada.post('/admin/members', { name: 'shorty', role_reader: 'on', password: 'short' })).status, 400);
  for (const file of readdirSync(dirname(dbPath)))
    assert.ok(!readFileSync(join(dirname(dbPath), file)).includes(Buffer.from(password)), file);
  const last = (await accountAudit()).at(-1)!;
  assert.deepEqual(last, { actor: 'ada', via: 'web', action: 'member_added', comment: 'ana (editor, reviewer)' });
});

test('disabling an account ends its sessions, stops its API tokens and refuses its sign-in, until it is enabled', async () => {
  await addTestMember(engine.store, 'ed', ['editor']);
  const token = testToken(engine.store, 'ed');
  const ed = await signedIn('ed');
  assert.equal((await ed.get('/review')).status, 200);
  const ada = await signedIn('ada');
  assert.equal((await ada.post('/admin/members/ed/disable', {})).status, 303);
  assert.ok(engine.store.member('ed')!.disabledAt);
  assert.equal((await ed.get('/review')).status, 303, 'the session has ended: sent to sign in');
  assert.equal((await bearer(base, token, 'GET', '/api/articles/x/audit')).status, 401, 'the token no longer works');
  const refused = await new TestBrowser(base).signIn('ed');
  assert.equal(refused.status, 403);
  assert.match(await refused.text(), /this account is disabled; ask an administrator to enable it/);
  assert.match(await (await ada.get('/admin/members')).text(), /<tr class="disabled"><td>ed<\/td>/);
  assert.equal((await ada.post('/admin/members/ed/enable', {})).status, 303);
  assert.equal((await signedIn('ed')).cookies.has('evidentia_session'), true);
  assert.notEqual((await bearer(base, token, 'GET', '/api/articles/x/audit')).status, 401, 'the token works again');
  assert.deepEqual(
    (await accountAudit()).slice(-2).map((e) => [e.actor, e.action, e.comment]),
    [
      ['ada', 'member_disabled', 'ed'],
      ['ada', 'member_enabled', 'ed'],
    ],
  );
  const self = await ada.post('/admin/members/ada/disable', {});
  assert.equal(self.status, 409);
  assert.match(await self.text(), /ada cannot disable their own account; another admin can/);
  assert.equal((await ada.post('/admin/members/ghost/disable', {})).status, 404);
});

test('member pages are for admins only: 401 without an account, 403 for other roles, 403 without the CSRF token', async () => {
  const anonymous = await fetch(`${base}/admin/members`, { redirect: 'manual' });
  assert.equal(anonymous.status, 303);
  assert.equal(anonymous.headers.get('location'), '/login?next=%2Fadmin%2Fmembers');
  assert.equal(
    (await new TestBrowser(base).post('/admin/members', { name: 'mallory', role_admin: 'on', password: 'mallory-password-1234' })).status,
    401,
  );
  const rita = await signedIn('rita');
  assert.equal((await rita.get('/admin/members')).status, 403);
  const forbidden = await rita.post('/admin/members', { name: 'mallory', role_admin: 'on', password: 'mallory-password-1234' });
  assert.equal(forbidden.status, 403);
  assert.match(await forbidden.text(), /managing members needs the admin role; rita has reviewer/);
  assert.equal((await rita.post('/admin/members/ada/disable', {})).status, 403);
  const ada = await signedIn('ada');
  assert.equal(
    (await ada.post('/admin/members', { name: 'mallory', role_admin: 'on', password: 'mallory-password-1234' }, false)).status,
    403,
  );
  assert.equal((await ada.post('/admin/members/rita/disable', {}, 'forged')).status, 403);
  assert.equal(engine.store.member('mallory'), undefined);
  assert.equal(engine.store.member('rita')!.disabledAt, undefined);
  assert.equal((await fetch(`${base}/admin/members/rita/disable`)).status, 405, 'GET never disables');
});
