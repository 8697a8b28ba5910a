// npm run build is atomic: a build that fails or is killed midway leaves the previous site
// whole, and the next build clears what the killed one left. The previous site is a copy of the
// dist/ the global set-up built, in a scratch folder given as --dist.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { runNode, snapshot } from '../reliability/fixtures.ts';

const buildScript = path.join(projectRoot, 'site', 'build.ts');

/** A scratch folder holding `site/`, a copy of the built dist/. */
async function previousSite(): Promise<{ parent: string; dist: string; before: Map<string, string> }> {
  const parent = await mkdtemp(path.join(tmpdir(), 'policy-reader-site-'));
  const dist = path.join(parent, 'site');
  await cp(path.join(projectRoot, 'dist'), dist, { recursive: true });
  return { parent, dist, before: await snapshot(dist) };
}

describe('npm run build', () => {
  it('left no temporary folder beside dist/ after the build of the set-up', async () => {
    expect((await readdir(projectRoot)).filter((name) => /^dist\.(tmp|old)-/u.test(name))).toEqual([]);
    expect(await readdir(path.join(projectRoot, 'dist'))).toEqual(expect.arrayContaining(['index.html', 'pagefind']));
  });

  it('leaves the previous site whole when the site step fails midway', async () => {
    const { parent, dist, before } = await previousSite();
    // The site refuses a Meilisearch URL without its search key while it renders the pages.
    const env: NodeJS.ProcessEnv = { ...process.env, PUBLIC_MEILI_URL: 'http://127.0.0.1:9' };
    delete env.PUBLIC_MEILI_SEARCH_KEY;
    const result = await runNode(buildScript, ['--dist', dist], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`build failed`);
    expect(await snapshot(dist)).toEqual(before);
    expect(await readdir(parent)).toEqual(['site']);
  });

  it('leaves the previous site whole when killed midway, and the next build removes what the killed one left', async () => {
    const { parent, dist, before } = await previousSite();
    // --force: the copy is up to date, so without it the build would skip every step.
    const child = spawn(process.execPath, [buildScript, '--dist', dist, '--force'], { cwd: projectRoot, stdio: 'ignore', detached: true });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const staging = `${dist}.tmp-${child.pid}`;
    // Kill it (and the astro build it runs) once the site build has written into its folder.
    let started = false;
    while (!started && child.exitCode === null) {
      started = (await readdir(staging).catch(() => [])).length > 0;
      if (!started) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    expect(started).toBe(true);
    expect(await snapshot(dist)).toEqual(before);
    expect(await readdir(parent)).toEqual(['site', path.basename(staging)]);

    // The next build fails at its ingest (a bad manifest), after clearing the dead run's folder.
    const corpus = path.join(parent, 'corpus');
    await mkdir(corpus);
    await writeFile(path.join(corpus, 'manifest.json'), '{ "documents": [');
    const failed = await runNode(buildScript, ['--dist', dist, '--corpus', corpus]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('the ingest failed');
    expect((await readdir(parent)).sort()).toEqual(['corpus', 'site']);
    expect(await snapshot(dist)).toEqual(before);
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toContain('<html');
  });
});
