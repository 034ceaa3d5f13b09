/*
 * The Medical Advisory Board on the command line, run as a user would (the real bin, a real store file):
 * members are added with the password on stdin (never argv), tokens are printed once and stored hashed,
 * and `review --as NAME` moves articles under the server's rules, recorded in the audit log.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fixtureLibrary, tempDir } from '../../test/helpers.ts';
import { openSqliteStore } from '../store/index.ts';

const bin = resolve(import.meta.dirname, '..', '..', 'bin', 'evidentia.js');

function evidentia(args: string[], db: string, stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, EVIDENTIA_DB: db, EVIDENTIA_LIBRARY: fixtureLibrary } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

test('user add reads the password from stdin, never argv, and stores only its scrypt hash', async () => {
  const db = join(tempDir(), 'e.db');
  const password = 'stdin-only-passphrase-9917';
  const added = await evidentia(
    ['user', 'add', 'ana', '--role', 'reviewer', '--display-name', 'Dr Ana Silva', '--credentials', 'MD', '--specialty', 'Neurology'],
    db,
    `${password}\n`,
  );
  assert.equal(added.code, 0, added.stderr);
  assert.equal(added.stdout, 'Evidentia: added ana (reviewer)\n');
  assert.ok(!added.stdout.includes(password) && !added.stderr.includes(password));
  const argv = await evidentia(['user', 'add', 'bob', '--role', 'editor', '--password', password], db);
  assert.equal(argv.code, 1);
  assert.match(argv.stderr, /passwords are never given on the command line/);
  const short = await evidentia(['user', 'add', 'bob', '--role', 'editor'], db, 'short\n');
  assert.match(short.stderr, /a password needs at least 12 characters/);
  const role = await evidentia(['user', 'add', 'bob', '--role', 'superuser'], db, `${password}\n`);
  assert.match(role.stderr, /unknown role "superuser" \(use: reader, editor, reviewer, admin\)/);
  for (const file of readdirSync(dirname(db))) assert.ok(!readFileSync(join(dirname(db), file)).includes(Buffer.from(password)), file);
  const store = openSqliteStore(db);
  try {
    assert.deepEqual(store.member('ana'), {
      ...store.member('ana')!,
      roles: ['reviewer'],
      displayName: 'Dr Ana Silva',
      credentials: 'MD',
      specialty: 'Neurology',
    });
  } finally {
    store.close();
  }
});

test('token create prints a token once and keeps only its hash', async () => {
  const db = join(tempDir(), 'e.db');
  await evidentia(['user', 'add', 'bot', '--role', 'reviewer'], db, 'a long robot passphrase\n');
  const made = await evidentia(['token', 'create', 'bot', '--label', 'nightly'], db);
  assert.equal(made.code, 0, made.stderr);
  const token = made.stdout.trim();
  assert.match(token, /^evt_[A-Za-z0-9_-]{43}$/);
  assert.match(made.stderr, /shown only this once/);
  for (const file of readdirSync(dirname(db))) assert.ok(!readFileSync(join(dirname(db), file)).includes(Buffer.from(token)), file);
  const unknown = await evidentia(['token', 'create', 'nobody'], db);
  assert.match(unknown.stderr, /no member named "nobody"/);
});

test('review --as NAME moves an article under the same rules, and the audit log records it', async () => {
  const db = join(tempDir(), 'e.db');
  assert.equal((await evidentia(['ask', 'How is tinea pedis treated?'], db)).code, 0);
  await evidentia(['user', 'add', 'ana', '--role', 'reviewer'], db, 'a long enough passphrase\n');
  await evidentia(['user', 'add', 'ed', '--role', 'editor'], db, 'a long enough passphrase\n');
  const queue = await evidentia(['review'], db);
  assert.match(queue.stdout, /^management-of-tinea-pedis\tversion 1\t\d{4}-\d\d-\d\d\tdermatology\tManagement of tinea pedis\n/);
  const anonymous = await evidentia(['review', 'management-of-tinea-pedis', '--to', 'under_review'], db);
  assert.equal(anonymous.code, 1);
  assert.match(anonymous.stderr, /needs --as NAME/);
  const wrongRole = await evidentia(['review', 'management-of-tinea-pedis', '--to', 'under_review', '--as', 'ed'], db);
  assert.match(wrongRole.stderr, /moving an article to under_review needs the reviewer role; ed has editor/);
  const skip = await evidentia(['review', 'management-of-tinea-pedis', '--to', 'approved', '--as', 'ana'], db);
  assert.match(skip.stderr, /is submitted; it can move to under_review, not approved/);
  const claimed = await evidentia(['review', 'management-of-tinea-pedis', '--to', 'under_review', '--as', 'ana'], db);
  assert.equal(
    claimed.stdout,
    'Evidentia: management-of-tinea-pedis is now under_review (next: approved or changes_requested or submitted)\n',
  );
  const approved = await evidentia(['review', 'management-of-tinea-pedis', '--to', 'approved', '--as', 'ana', '--comment', 'Checked.'], db);
  assert.equal(approved.code, 0, approved.stderr);
  const store = openSqliteStore(db);
  try {
    const article = store.getArticle('management-of-tinea-pedis')!;
    assert.equal(article.reviewState, 'approved');
    assert.deepEqual(
      store
        .auditOf(article.id)
        .filter((e) => e.action === 'transition')
        .map((e) => [e.actor, e.via, e.toState, e.comment ?? null]),
      [
        ['ana', 'cli', 'under_review', null],
        ['ana', 'cli', 'approved', 'Checked.'],
      ],
    );
  } finally {
    store.close();
  }
});

test('user disable and enable switch an account off and on, audited as the operator', async () => {
  const db = join(tempDir(), 'e.db');
  assert.equal((await evidentia(['user', 'add', 'ed', '--role', 'editor'], db, 'an-editor-passphrase-42\n')).code, 0);
  const disabled = await evidentia(['user', 'disable', 'ed'], db);
  assert.equal(disabled.stdout, 'Evidentia: ed is disabled\n', disabled.stderr);
  assert.match((await evidentia(['user', 'list'], db)).stdout, /^ed\teditor\ted\tdisabled \d{4}-\d\d-\d\d$/m);
  assert.equal((await evidentia(['user', 'enable', 'ed'], db)).stdout, 'Evidentia: ed is enabled\n');
  const missing = await evidentia(['user', 'disable', 'ghost'], db);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no member named "ghost"/);
});
