// Careless command lines: an option's value that is another option, limits that are not
// positive whole numbers, missing values. Each is exit code 2 with a message, before any file
// is read. (Unknown --doc and --topic ids need a build: tests/site/search-cli.test.ts.)
import { describe, expect, it } from 'vitest';
import { excerptHtml } from '../../search/highlight.ts';
import { parseQuery, positiveTerms } from '../../search/query.ts';
import { ingest, runNode, searchCli } from './fixtures.ts';

const search = (...args: string[]) => runNode(searchCli, args);

describe('npm run search: option values', () => {
  const refused: Array<[string[], RegExp]> = [
    [['海洋', '--doc', '--json'], /--doc takes a document id, not the option --json/u],
    [['海洋', '--topic', '--all'], /--topic takes a topic id, not the option --all/u],
    [['海洋', '--doc'], /--doc takes a document id/u],
    [['海洋', '--backend', '--json'], /--backend takes pagefind or meili, not the option --json/u],
    [['海洋', '--limit', '2.5'], /--limit takes a positive whole number, not "2.5"/u],
    [['海洋', '--limit', '0'], /--limit takes a positive whole number, not "0"/u],
    [['海洋', '--limit', '-3'], /--limit takes a positive whole number/u],
    [['海洋', '--limit', '1e3'], /--limit takes a positive whole number, not "1e3"/u],
    [['海洋', '--limit', 'ten'], /--limit takes a positive whole number, not "ten"/u],
    [['海洋', '--limit'], /--limit takes a positive whole number/u],
    [['海洋', '--no-such-option'], /unknown option --no-such-option/u],
    [['--json'], /no query given/u],
  ];
  for (const [args, message] of refused) {
    it(`refuses ${args.slice(1).join(' ') || args.join(' ')} with exit code 2`, async () => {
      const result = await search(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('usage: npm run search');
      expect(result.stdout).toBe('');
    });
  }
});

describe('npm run ingest: option values (kinds that already held)', () => {
  for (const args of [['--corpus', '--json'], ['--out', '--verbose'], ['--out'], ['--corpus', 'corpus', 'extra-word']]) {
    it(`refuses ${args.join(' ')} with exit code 2`, async () => {
      const result = await ingest(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('usage: npm run ingest');
    });
  }
});

describe('payloads in a query (kinds that already held)', () => {
  const payloads = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '&lt;b&gt;', 'javascript:alert(1)'];
  for (const payload of payloads) {
    it(`an excerpt of text holding ${payload} marks the phrase and escapes the rest`, () => {
      const terms = positiveTerms(parseQuery(`"${payload}"`)).map((term) => term.text);
      const html = excerptHtml(`海洋经济${payload}高质量发展`, [...terms, '海洋经济']);
      expect(html).toContain('<mark>海洋经济</mark>');
      // Only <mark> elements survive as markup.
      expect(html.replace(/<\/?mark>/gu, '')).not.toMatch(/[<>]/u);
    });
  }
});
