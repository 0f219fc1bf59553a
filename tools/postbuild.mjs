#!/usr/bin/env node
// Trunk post_build hook (see Trunk.toml), run on the staged build before it replaces dist/:
//  1. moves Trunk's inline start-up script into a hashed file, so the page needs no inline
//     script and its Content-Security-Policy can forbid them;
//  2. adds that policy to index.html as a <meta> element (hosts should also send it as a
//     header, with frame-ancestors: docs/hosting.md);
//  3. gives the import worker's files (which Trunk does not hash) content-hashed names and
//     tells the page the loader's name in a <meta>, so a page of one version never runs the
//     import code of another;
//  4. writes sw.js from assets/sw.js: the list of every built file to precache and a version
//     derived from their contents, so any change to the build is a new version.
//
// Also usable by hand on a built folder: node tools/postbuild.mjs <dir>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, renameSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.env.TRUNK_SOURCE_DIR || path.join(here, '..');
const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: node tools/postbuild.mjs <built folder> (or run as a Trunk hook)');
  process.exit(2);
}

// The one definition of the page's policy; docs/hosting.md shows the header form.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// Files a host may change without a new build (publisher settings), files for other sites
// (embed.js runs on the portal) and the worker itself are not precached.
const NOT_PRECACHED = new Set(['sw.js', 'dxm-config.json', 'embed.js']);
// The import code is fetched only when someone imports (issue: the first visit stays small);
// the service worker keeps it, in the same versioned cache, the first time it is used. The PNG
// icons (74 KB that barely compress) are fetched by the browser only when it shows or installs
// the app, so they are kept the same way instead of being downloaded on every first visit.
const LAZY = /^(dxm-import-worker|icons\/)/;

const sha = (alg, data) => createHash(alg).update(data).digest();

function externaliseInlineScripts(html) {
  return html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (tag, attrs, body) => {
    if (/\ssrc=/.test(attrs) || body.trim() === '') return tag;
    const name = `boot-${sha('sha256', body).toString('hex').slice(0, 16)}.js`;
    writeFileSync(path.join(dir, name), body);
    const integrity = `sha384-${sha('sha384', body).toString('base64')}`;
    return `<script${attrs} src="./${name}" integrity="${integrity}"></script>`;
  });
}

function addPolicy(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  return html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${meta}`);
}

const WORKER = 'dxm-import-worker';

/** Renames the worker's files by content; returns the <meta> naming the loader (or ''). */
function hashWorker() {
  const js = path.join(dir, `${WORKER}.js`);
  const wasm = path.join(dir, `${WORKER}_bg.wasm`);
  const loader = path.join(dir, `${WORKER}_loader.js`);
  if (![js, wasm, loader].every(existsSync)) return '';
  const h = createHash('sha256');
  h.update(readFileSync(js));
  h.update(readFileSync(wasm));
  const name = `${WORKER}-${h.digest('hex').slice(0, 16)}`;
  renameSync(js, path.join(dir, `${name}.js`));
  renameSync(wasm, path.join(dir, `${name}_bg.wasm`));
  const text = readFileSync(loader, 'utf8')
    .replace(`./${WORKER}.js`, `./${name}.js`)
    .replace(`./${WORKER}_bg.wasm`, `./${name}_bg.wasm`);
  if (!text.includes(name)) throw new Error(`postbuild: unexpected worker loader: ${text}`);
  writeFileSync(path.join(dir, `${name}_loader.js`), text);
  rmSync(loader);
  return `<meta name="dxm-import-worker" content="./${name}_loader.js">`;
}

function files(root, sub = '') {
  return readdirSync(path.join(root, sub)).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    return statSync(path.join(root, rel)).isDirectory() ? files(root, rel) : [rel];
  });
}

function writeServiceWorker() {
  const built = files(dir)
    .filter((f) => !NOT_PRECACHED.has(f))
    .sort();
  const precache = built.filter((f) => !LAZY.test(f));
  const lazy = built.filter((f) => LAZY.test(f));
  const h = createHash('sha256');
  for (const f of built) {
    h.update(f);
    h.update(readFileSync(path.join(dir, f)));
  }
  const version = h.digest('hex').slice(0, 16);
  const template = readFileSync(path.join(source, 'assets', 'sw.js'), 'utf8');
  const sw = template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('[/* __PRECACHE__ */]', JSON.stringify(precache.map((f) => `./${f}`), null, 2))
    .replace('[/* __LAZY__ */]', JSON.stringify(lazy.map((f) => `./${f}`), null, 2));
  writeFileSync(path.join(dir, 'sw.js'), sw);
  return { version, count: precache.length, lazy: lazy.length };
}

const indexPath = path.join(dir, 'index.html');
let html = addPolicy(externaliseInlineScripts(readFileSync(indexPath, 'utf8')));
const workerMeta = hashWorker();
if (workerMeta) html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${workerMeta}`);
writeFileSync(indexPath, html);
const { version, count, lazy } = writeServiceWorker();
console.log(`postbuild: CSP set; sw.js version ${version}: ${count} files precached, ${lazy} on first use`);
