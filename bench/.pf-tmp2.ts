import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
const realFetch = globalThis.fetch;
let bytes = 0;
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith('file:')) { const body = await readFile(fileURLToPath(url.split('?')[0]!)); bytes += body.length; return new Response(body); }
  return realFetch(input, init);
}) as typeof fetch;
const pf = await import(pathToFileURL('/tmp/pf/pagefind/pagefind.js').href);
await pf.options({ basePath: pathToFileURL('/tmp/pf/pagefind/').href });
await pf.init();
for (const q of ['"海洋 洋经 经济"', '海洋', '"经济 济海"', '经济']) {
  const r = await pf.search(q);
  const data = await Promise.all(r.results.map((x: { data: () => Promise<unknown> }) => x.data()));
  console.log(q, r.results.length, data.map((d: any) => d.url + ' ' + d.excerpt));
}
console.log('bytes', bytes);
