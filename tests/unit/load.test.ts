import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../ingest/diagnostics.ts';
import { decodeSource, loadManifest, loadSource } from '../../ingest/stages/load.ts';
import { manifestEntry } from '../helpers.ts';

const decode = (bytes: Uint8Array) => {
  const sink = new DiagnosticSink('x.txt');
  return { decoded: decodeSource(bytes, sink), diagnostics: sink.list };
};

describe('decodeSource', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode('青岛市。');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decode(plain).decoded).toEqual({ text: '青岛市。', encoding: 'utf-8' });
    expect(decode(withBom).decoded?.text).toBe('青岛市。');
  });
  it('decodes GB18030 with a warning', () => {
    // 青岛市海洋经济 in GB18030.
    const gb = new Uint8Array([0xc7, 0xe0, 0xb5, 0xba, 0xca, 0xd0, 0xba, 0xa3, 0xd1, 0xf3, 0xbe, 0xad, 0xbc, 0xc3]);
    const { decoded, diagnostics } = decode(gb);
    expect(decoded).toEqual({ text: '青岛市海洋经济', encoding: 'gb18030' });
    expect(diagnostics).toMatchObject([{ severity: 'warning', rule: 'encoding', file: 'x.txt' }]);
  });
  it('refuses binary, empty and white-space-only files with an error naming the file', () => {
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])).diagnostics).toMatchObject([{ severity: 'error', rule: 'binary-file', file: 'x.txt' }]);
    expect(decode(new Uint8Array()).diagnostics).toMatchObject([{ severity: 'error', rule: 'empty-file' }]);
    expect(decode(new TextEncoder().encode(' \n\n ')).diagnostics).toMatchObject([{ severity: 'error', rule: 'empty-file' }]);
  });
  it('refuses bytes that are neither UTF-8 nor Chinese GB18030', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0x81])).diagnostics).toMatchObject([{ severity: 'error', rule: 'encoding' }]);
  });
});

async function corpusWith(manifest: unknown, files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-reader-load-'));
  await writeFile(path.join(dir, 'manifest.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

const manifestProblems = async (manifest: unknown) => {
  const sinks: DiagnosticSink[] = [];
  const dir = await corpusWith(manifest);
  const entries = await loadManifest(dir, sinks);
  return { entries, diagnostics: sinks.flatMap((sink) => sink.list), dir };
};

describe('loadManifest', () => {
  it('accepts the project manifest', async () => {
    const sinks: DiagnosticSink[] = [];
    const entries = await loadManifest(path.resolve(import.meta.dirname, '../../corpus'), sinks);
    expect(entries).toHaveLength(5);
    expect(sinks.flatMap((sink) => sink.list)).toEqual([]);
  });
  it('names a missing field', async () => {
    const { title: _title, ...withoutTitle } = manifestEntry();
    const { diagnostics, dir } = await manifestProblems({ documents: [withoutTitle] });
    expect(diagnostics).toMatchObject([{ file: path.join(dir, 'manifest.json'), severity: 'error', rule: 'manifest-schema' }]);
    expect(diagnostics[0]!.message).toContain('documents.0.title');
  });
  it('names an unknown kind', async () => {
    const { diagnostics } = await manifestProblems({ documents: [{ ...manifestEntry(), kind: 'poem' }] });
    expect(diagnostics[0]).toMatchObject({ rule: 'manifest-schema' });
    expect(diagnostics[0]!.message).toContain('documents.0.kind');
  });
  it('names a duplicate id', async () => {
    const { diagnostics } = await manifestProblems({ documents: [manifestEntry(), manifestEntry({ file: 'other.txt' })] });
    expect(diagnostics).toMatchObject([{ rule: 'manifest-duplicate-id', message: expect.stringContaining('"test-doc"') }]);
  });
  it('says when the manifest is not JSON or not there', async () => {
    expect((await manifestProblems('{ documents: ')).diagnostics).toMatchObject([{ rule: 'invalid-json' }]);
    const sinks: DiagnosticSink[] = [];
    await loadManifest(path.join(tmpdir(), 'no-such-corpus-folder'), sinks);
    expect(sinks[0]!.list).toMatchObject([{ rule: 'missing-file', severity: 'error' }]);
  });
});

describe('loadSource', () => {
  it('names a file the manifest lists but the corpus lacks', async () => {
    const dir = await corpusWith({ documents: [manifestEntry()] });
    const sink = new DiagnosticSink(path.join(dir, 'test-doc.txt'));
    expect(await loadSource(dir, manifestEntry(), sink)).toBeNull();
    expect(sink.list).toMatchObject([{ file: path.join(dir, 'test-doc.txt'), rule: 'missing-file', severity: 'error' }]);
  });
  it('reads a source without changing it', async () => {
    const dir = await corpusWith({ documents: [manifestEntry()] }, { 'test-doc.txt': '第一段。\r\n' });
    const sink = new DiagnosticSink('test-doc.txt');
    const source = await loadSource(dir, manifestEntry(), sink);
    expect(source?.text).toBe('第一段。\r\n');
    expect(await readFile(path.join(dir, 'test-doc.txt'), 'utf8')).toBe('第一段。\r\n');
    await mkdir(path.join(dir, 'folder.txt'));
    expect(await loadSource(dir, manifestEntry({ file: 'folder.txt' }), sink)).toBeNull();
  });
});
