// The master plan's table of contents: recognised, kept out of the content, and checked
// against the chapters and sections found in the body.
import type { HeadingBlock, TocEntry } from '../model.ts';
import type { DiagnosticSink } from '../diagnostics.ts';
import type { Unit } from './normalize.ts';
import { compact } from '../text/chars.ts';
import { isPlainSubhead, lineForm } from '../text/lineForms.ts';

/** Reads the entries of a 目录 that starts at `units[start]`; returns them and the index after it. */
export function readToc(units: readonly Unit[], start: number): { entries: TocEntry[]; next: number } {
  const entries: TocEntry[] = [];
  let index = start + 1;
  for (; index < units.length; index += 1) {
    const unit = units[index]!;
    const form = lineForm(unit.text);
    if (form.form === 'book' || form.form === 'volume' || form.form === 'chapter' || form.form === 'section') {
      // The body starts where an entry of the contents' top form (第一篇, or 第一章 where there
      // are no 篇) comes round again: no preface stands between contents and body.
      const top = entries[0]?.form;
      if (form.form === top && entries.some((entry) => entry.form === form.form && entry.numbering === form.numbering)) break;
      entries.push({ form: form.form, numbering: form.numbering, title: form.title, subtitle: null, line: unit.line });
      continue;
    }
    const last = entries[entries.length - 1];
    if (last?.form === 'chapter' && last.subtitle === null && isPlainSubhead(unit.text)) {
      last.subtitle = unit.text.trim();
      continue;
    }
    break;
  }
  return { entries, next: index };
}

interface OutlineKey {
  key: string;
  label: string;
  line: number;
}

function outlineKeys(items: ReadonlyArray<{ form: string; numbering: string | null; title: string; subtitle: string | null; line: number }>): OutlineKey[] {
  const keys: OutlineKey[] = [];
  let chapter = '';
  for (const item of items) {
    if (item.form === 'chapter') chapter = item.numbering ?? '';
    // 篇 and 编 are numbered on their own; sections by their chapter.
    const place = item.form === 'section' ? `${chapter}/${item.numbering}` : item.numbering ?? '';
    const title = compact(`${item.title}${item.subtitle ?? ''}`);
    keys.push({ key: `${place}:${title}`, label: `${item.numbering}${item.title}${item.subtitle ? ` ${item.subtitle}` : ''}`, line: item.line });
  }
  return keys;
}

/** Reports every table-of-contents entry the body lacks and every body heading the table of contents lacks. */
export function checkToc(entries: readonly TocEntry[], headings: readonly HeadingBlock[], sink: DiagnosticSink): void {
  const forms = new Set<string>(entries.map((entry) => entry.form));
  const body = outlineKeys(headings.filter((heading) => forms.has(heading.form)));
  const toc = outlineKeys(entries);
  const bodyKeys = new Set(body.map((entry) => entry.key));
  const tocKeys = new Set(toc.map((entry) => entry.key));
  for (const entry of toc) {
    if (!bodyKeys.has(entry.key)) sink.warn(entry.line, 'toc-mismatch', `the table of contents lists "${entry.label}" but the body has no such heading`);
  }
  for (const entry of body) {
    if (!tocKeys.has(entry.key)) sink.warn(entry.line, 'toc-mismatch', `the body has "${entry.label}" but the table of contents does not list it`);
  }
}
