// passages: the units that search, topics and cross-references work on — every paragraph,
// box item and table, with the chain of headings above it.
import type { Block, BoxBlock, HeadingBlock, HeadingRef, Passage, TableBlock } from '../model.ts';

/** The header and rows of a table, a line each. */
export const tableCells = (table: TableBlock): string => [table.header.join(' '), ...table.rows.map((row) => row.join(' '))].join('\n');

/** The text of a table as one passage: caption, header, rows and note, a line each. */
export function tableText(table: TableBlock): string {
  const lines = [`表${table.number ?? ''} ${table.caption}`, tableCells(table)];
  if (table.note) lines.push(table.note);
  return lines.join('\n');
}

/** The heading of a box as printed: 专栏 25 title. */
export function boxLabel(box: BoxBlock): string {
  return ['专栏', box.number === null ? null : String(box.number), box.title].filter((part) => part !== null).join(' ');
}

const headingRef = ({ id, level, form, numbering, number, title, subtitle, titleEn, subtitleEn }: HeadingBlock): HeadingRef => ({
  id,
  level,
  form,
  numbering,
  number,
  title,
  subtitle,
  titleEn,
  subtitleEn,
});

/** Lists the passages of a document in reading order; tokens, topics and keywords come later. */
export function passages(documentId: string, blocks: readonly Block[]): Passage[] {
  const stack: HeadingBlock[] = [];
  const found: Passage[] = [];
  const add = (id: string, kind: Passage['kind'], line: number, text: string, box: string | null): void => {
    const headingPath = stack.map(headingRef);
    found.push({
      id,
      documentId,
      kind,
      line,
      headingPath,
      chapterId: headingPath[0]?.id ?? null,
      sectionId: headingPath[1]?.id ?? null,
      box,
      text,
      tokens: [],
      topics: [],
      keywords: [],
    });
  };
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        while (stack.length > 0 && stack[stack.length - 1]!.level >= block.level) stack.pop();
        stack.push(block);
        break;
      case 'paragraph':
        add(block.id, 'paragraph', block.line, block.text, null);
        break;
      case 'box':
        for (const item of block.items) {
          add(item.id, 'box-item', item.line, item.label ? `${item.label}：${item.text}` : item.text, boxLabel(block));
        }
        break;
      case 'table':
        add(block.id, 'table', block.line, tableText(block), null);
        break;
      case 'figure':
        break;
    }
  }
  return found;
}
