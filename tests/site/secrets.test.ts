// The admin or master key of Meilisearch never reaches dist/ (the site was built with both set).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { secretMarkers } from './buildSite.ts';

const dist = path.join(projectRoot, 'dist');
const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));

describe('dist/', () => {
  it('holds no admin or master key, nor their variable names', () => {
    const leaks: string[] = [];
    for (const file of files) {
      const content = readFileSync(file).toString('latin1');
      for (const [name, value] of Object.entries(secretMarkers)) {
        if (content.includes(value) || content.includes(name)) leaks.push(`${path.relative(dist, file)}: ${name}`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(leaks).toEqual([]);
  });

  it('reads only PUBLIC_ variables in the site sources', () => {
    const sources = readdirSync(path.join(projectRoot, 'site'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|astro)$/u.test(entry.name))
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
    const variables = sources.flatMap((source) => [...source.matchAll(/import\.meta\.env\.([A-Z_]+)/gu)].map((match) => match[1]));
    expect(variables.length).toBeGreaterThan(0);
    expect(variables.every((name) => name!.startsWith('PUBLIC_'))).toBe(true);
  });
});
