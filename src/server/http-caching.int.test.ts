/* Serving: compression, ETag and Last-Modified revalidation with 304, the icon, and reference exports. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tempEngine } from '../../test/helpers.ts';
import { startServer } from './index.ts';
import { referencesToBibtex, referencesToRis } from './exports.ts';

const engine = await tempEngine();
const slug = engine.ask('How is tinea pedis treated?').article!.slug;
const server = await startServer(engine, 0);
after(() => server.close());
const base = `http://127.0.0.1:${server.port}`;

/** A raw GET (fetch would decompress and hide the encoding). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

test('article pages are sent brotli- or gzip-compressed, as the browser accepts', async () => {
  const br = await get(`/articles/${slug}`, { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.match(brotliDecompressSync(br.body).toString(), /^<!doctype html>/);
  const gz = await get(`/articles/${slug}`, { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(gz.body.length < gunzipSync(gz.body).length / 2, 'at least halved');
  assert.match(String(gz.headers.vary), /Accept-Encoding/);
});

test('a page revalidated with its ETag answers 304 with no body', async () => {
  // A browser sends back its anonymous id, so its pages (and their CSRF tokens) are the same each time.
  const first = await get('/library');
  const cookie = ([first.headers['set-cookie'] ?? []].flat() as string[]).map((c) => c.split(';')[0]).join('; ');
  const etag = String((await get('/library', { Cookie: cookie })).headers.etag);
  assert.match(etag, /^W\/"/);
  const again = await get('/library', { 'If-None-Match': etag, Cookie: cookie });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.match(String(again.headers['content-security-policy']), /default-src 'none'/, 'security headers stay');
});

test('exports carry Last-Modified and answer 304 to If-Modified-Since', async () => {
  const ris = await get(`/articles/${slug}/references.ris`);
  assert.equal(ris.status, 200);
  assert.match(ris.body.toString(), /^TY {2}- /);
  const since = String(ris.headers['last-modified']);
  assert.equal((await get(`/articles/${slug}/references.ris`, { 'If-Modified-Since': since })).status, 304);
});

test('/favicon.ico is an icon', async () => {
  const icon = await get('/favicon.ico');
  assert.equal(icon.status, 200);
  assert.equal(icon.headers['content-type'], 'image/x-icon');
  assert.deepEqual([...icon.body.subarray(0, 4)], [0, 0, 1, 0]);
});

test('references export as RIS and BibTeX with PMID and DOI, and the article as Markdown', async () => {
  const refs = [
    {
      n: 1,
      type: 'guideline' as const,
      title: 'ALS {guideline} & care',
      source: 'European Academy of Neurology',
      year: 2024,
      pmid: '38470068',
      doi: '10.1111/ene.16264',
    },
  ];
  assert.match(
    referencesToRis(refs),
    /TY {2}- RPRT\r\nTI {2}- ALS \{guideline\} & care\r\nT2 {2}- European Academy of Neurology\r\nPY {2}- 2024\r\nDO {2}- 10.1111\/ene.16264\r\nAN {2}- PMID:38470068/,
  );
  assert.match(referencesToBibtex(refs), /@techreport\{evidentia1,\n {2}title = \{ALS \\\{guideline\\\} \\& care\},/);
  const md = await get(`/articles/${slug}/article.md`);
  assert.match(md.body.toString(), /^# Management of tinea pedis/);
  assert.match(String(md.headers['content-disposition']), /attachment; filename="management-of-tinea-pedis.md"/);
});
