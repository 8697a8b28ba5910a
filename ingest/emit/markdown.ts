// One Markdown file per document, made with unified/remark from an mdast tree built in code.
import type { Blockquote, List, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { stringify as stringifyYaml } from 'yaml';
import type { Block, DocumentModel } from '../model.ts';
import { boxLabel } from '../stages/passages.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/**
 * Bold text with its trailing punctuation set after the closing marks: CommonMark cannot close
 * `**` between a punctuation mark and an ideograph, and remark would escape the ideograph.
 */
function boldThen(bold: string, rest: string): PhrasingContent[] {
  const trailing = /[。！？!?；;：:，,、”’」』）)]+$/u.exec(bold)?.[0] ?? '';
  const core = bold.slice(0, bold.length - trailing.length);
  return core ? [strong(core), text(trailing + rest)] : [text(bold + rest)];
}

function tableRow(cells: readonly string[], width: number): TableRow {
  const padded = [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  return { type: 'tableRow', children: padded.map((cell) => ({ type: 'tableCell', children: cell ? [text(cell)] : [] })) };
}

function blockNodes(block: Block): RootContent[] {
  switch (block.type) {
    case 'heading': {
      const title = [block.numbering, block.title].filter(Boolean).join(' ');
      const full = block.subtitle ? `${title}　${block.subtitle}` : title;
      return [{ type: 'heading', depth: Math.min(block.level + 1, 6) as 2, children: [text(full)] }];
    }
    case 'paragraph':
      return [paragraph(...(block.lead ? boldThen(block.lead, block.text.slice(block.lead.length)) : [text(block.text)]))];
    case 'box': {
      const items: List = {
        type: 'list',
        ordered: false,
        spread: false,
        children: block.items.map((item) => ({
          type: 'listItem',
          spread: false,
          children: [paragraph(...(item.label ? boldThen(`${item.label}：`, item.text) : [text(item.text)]))],
        })),
      };
      const quote: Blockquote = { type: 'blockquote', children: [paragraph(strong(boxLabel(block))), items] };
      return [quote];
    }
    case 'table': {
      const width = Math.max(block.header.length, ...block.rows.map((row) => row.length));
      const table: Table = { type: 'table', children: [tableRow(block.header, width), ...block.rows.map((row) => tableRow(row, width))] };
      const nodes: RootContent[] = [paragraph(strong(`表 ${block.number ?? ''} ${block.caption}`)), table];
      if (block.note) nodes.push(paragraph(text(block.note)));
      return nodes;
    }
    case 'figure':
      return [paragraph(emphasis(`图 ${block.number ?? ''} ${block.caption}`))];
  }
}

/** What the Markdown is made of: small enough to hand to a worker thread (see markdownSource). */
export type MarkdownSource = Pick<DocumentModel, 'id' | 'meta' | 'continuation' | 'blocks'>;

export const markdownSource = ({ id, meta, continuation, blocks }: DocumentModel): MarkdownSource => ({ id, meta, continuation, blocks });

/** The mdast tree of a document, with its metadata as YAML frontmatter. */
export function documentTree(document: MarkdownSource): Root {
  const { meta } = document;
  const frontmatter = {
    id: document.id,
    title: meta.title.zh,
    titleEn: meta.title.en,
    kind: meta.kind,
    level: meta.level,
    region: meta.region.zh,
    regionEn: meta.region.en,
    date: meta.date.value,
    datePrecision: meta.date.precision,
    complete: meta.completeness.complete,
    completenessNote: meta.completeness.note.en,
    continuation: document.continuation.map((marker) => marker.text),
  };
  return {
    type: 'root',
    children: [
      { type: 'yaml', value: stringifyYaml(frontmatter).trimEnd() },
      { type: 'heading', depth: 1, children: [text(meta.title.zh)] },
      ...document.blocks.flatMap(blockNodes),
    ],
  };
}

const processor = unified().use(remarkFrontmatter, ['yaml']).use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*' });

/** The document as Markdown. */
export function documentMarkdown(document: MarkdownSource): string {
  return processor.stringify(documentTree(document));
}
