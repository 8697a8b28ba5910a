import { chromium } from 'playwright-core';
import { serveDist, chromiumFlags, findChromium } from './tests/site/browser.ts';
const [, , ...targets] = process.argv;
const server = await serveDist();
const b = await chromium.launch({ executablePath: (await findChromium()).executablePath, args: chromiumFlags });
for (const t of targets) {
  const [route, w, name] = t.split('|');
  const ctx = await b.newContext({ viewport: { width: Number(w), height: Number(w) > 500 ? 1600 : 844 } });
  const p = await ctx.newPage();
  p.on('console', (m) => { if (m.type() === 'error') console.log('console error', route, m.text()); });
  await p.goto(server.url + route); await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/shots/${name}.png` });
  await ctx.close();
}
await b.close(); await server.stop();
