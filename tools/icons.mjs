#!/usr/bin/env node
// Renders the app icons (assets/icons/*.png) from the same drawing as assets/icon.svg, with
// headless Chromium. The PNGs are committed; rerun after changing the drawing:
//   node tools/icons.mjs
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');
mkdirSync(out, { recursive: true });

// The mark: two linked rings (a need and a person) on DADS blue-900.
const mark = `
  <circle cx="24" cy="26" r="9" fill="none" stroke="#fff" stroke-width="5"/>
  <circle cx="40" cy="38" r="9" fill="none" stroke="#ffd43d" stroke-width="5"/>`;
// "any": rounded tile with a transparent corner. "maskable": full bleed, the mark inside the
// central 80 % safe zone. "apple": full bleed and opaque (iOS rounds it itself).
const variants = {
  any: `<rect width="64" height="64" rx="12" fill="#0017c1"/>${mark}`,
  maskable: `<rect width="64" height="64" fill="#0017c1"/><g transform="translate(9.6 9.6) scale(0.7)">${mark}</g>`,
  apple: `<rect width="64" height="64" fill="#0017c1"/><g transform="translate(4.8 4.8) scale(0.85)">${mark}</g>`,
};
const jobs = [
  ...[48, 72, 96, 128, 144, 192, 256, 384, 512].map((s) => ['any', s, `icon-${s}.png`]),
  ['maskable', 192, 'maskable-192.png'],
  ['maskable', 512, 'maskable-512.png'],
  ['apple', 180, 'apple-touch-icon.png'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const [variant, size, file] of jobs) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${size}" height="${size}" style="display:block">${variants[variant]}</svg>` +
      `</body></html>`,
  );
  await page.screenshot({ path: path.join(out, file), omitBackground: true });
  console.log(`${file} ${size}×${size}`);
}
await browser.close();
