// The schemas of the files of build/ the pages read (buildFiles.ts), as ingest writes them: each
// file is checked against its schema when it is read, and the site's model types come from them.
import { z } from 'astro/zod';

const bilingual = z.object({ zh: z.string(), en: z.string() });

const headingForm = z.enum(['annex', 'book', 'volume', 'chapter', 'section', 'article', 'part', 'subhead', 'numbered', 'arabic', 'paren-arabic', 'item-lead', 'dash-lead']);

const heading = z.object({
  type: z.literal('heading'),
  id: z.string(),
  line: z.number(),
  form: headingForm,
  level: z.number().int().min(1),
  numbering: z.string().nullable(),
  number: z.number().nullable(),
  title: z.string(),
  subtitle: z.string().nullable(),
  titleEn: z.string().nullable(),
  subtitleEn: z.string().nullable(),
});

const paragraph = z.object({ type: z.literal('paragraph'), id: z.string(), line: z.number(), text: z.string(), lead: z.string().nullable() });

const box = z.object({
  type: z.literal('box'),
  id: z.string(),
  line: z.number(),
  number: z.number().nullable(),
  numberInferred: z.boolean(),
  title: z.string().nullable(),
  items: z.array(z.object({ id: z.string(), line: z.number(), label: z.string().nullable(), text: z.string() })),
});

const table = z.object({
  type: z.literal('table'),
  id: z.string(),
  line: z.number(),
  number: z.number().nullable(),
  caption: z.string(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  note: z.string().nullable(),
});

const figure = z.object({ type: z.literal('figure'), id: z.string(), line: z.number(), number: z.number().nullable(), caption: z.string() });

const blockSchema = z.discriminatedUnion('type', [heading, paragraph, box, table, figure]);

const passage = z.object({
  id: z.string(),
  documentId: z.string(),
  kind: z.enum(['paragraph', 'box-item', 'table']),
  /** The headings above the passage, outermost first: each heading's fields but its type and line (ingest/stages/passages.ts headingRef). */
  headingPath: z.array(heading.omit({ type: true, line: true })),
  chapterId: z.string().nullable(),
  sectionId: z.string().nullable(),
  box: z.string().nullable(),
  text: z.string(),
  /** Its words as ingest cut them: shared-term marks fall on these. */
  tokens: z.array(z.string()),
  topics: z.array(z.object({ id: z.string(), score: z.number(), inherited: z.boolean() })),
  keywords: z.array(z.object({ term: z.string(), weight: z.number() })),
});

const meta = z.object({
  id: z.string(),
  file: z.string(),
  title: bilingual,
  shortTitle: bilingual,
  subtitle: bilingual.optional(),
  kind: z.string(),
  level: z.string(),
  region: bilingual,
  date: z.object({ value: z.string(), precision: z.string() }),
  completeness: z.object({ complete: z.boolean(), note: bilingual }),
  /** Fields the manifest gives no English for: the English pages show their Chinese and say so. */
  englishMissing: z.array(z.string()).default([]),
});

const termSpan = z.object({ term: z.string(), start: z.number(), end: z.number(), first: z.boolean() });

const continuation = z.array(z.object({ text: z.string(), direction: z.enum(['from', 'to']), page: z.string(), line: z.number() }));

const headLine = z.object({ text: z.string(), line: z.number() }).nullable();
const documentHead = z.object({ issuer: headLine.default(null), documentNumber: headLine, adopted: headLine.default(null), addressee: headLine, signature: headLine, date: headLine, publication: headLine.default(null), copiedTo: headLine, printed: headLine });

/** A document's model (build/documents/<id>.json). */
export const documentSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  meta,
  source: z.object({ file: z.string(), characters: z.number() }),
  sourceTitle: z.string().nullable(),
  head: documentHead,
  continuation,
  blocks: z.array(blockSchema),
  passages: z.array(passage),
  annotations: z.record(z.string(), z.array(termSpan)),
  /** English by translation unit id (ingest/translationUnits.ts). */
  translations: z.record(z.string(), z.object({ en: z.string(), stale: z.boolean() })),
});

const linkTarget = z.object({
  sectionId: z.string(),
  score: z.number(),
  sharedTerms: z.array(z.string()),
  paragraphs: z.array(z.object({ passageId: z.string(), score: z.number(), sharedTerms: z.array(z.string()) })),
});

/** The cross-references to every master plan (build/xref/links.json). */
export const xrefSchema = z.object({
  schemaVersion: z.literal(1),
  planIds: z.array(z.string()),
  carriers: z.record(z.string(), z.array(z.string())),
  minScore: z.number(),
  sections: z.array(z.object({ id: z.string(), documentId: z.string(), chapterId: z.string(), numbering: z.string(), title: z.string(), titleEn: z.string().nullable() })),
  links: z.array(z.object({ passageId: z.string(), documentId: z.string(), targets: z.array(linkTarget) })),
  carriedOutIn: z.record(z.string(), z.array(z.object({ passageId: z.string(), documentId: z.string(), score: z.number() }))),
});

/** The wording the documents share with each master plan (build/xref/reuse.json). */
export const reuseSchema = z.object({
  schemaVersion: z.literal(1),
  planIds: z.array(z.string()),
  spans: z.array(
    z.object({
      documentId: z.string(),
      passageId: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      planPassageId: z.string(),
      planSectionId: z.string().nullable(),
      planStart: z.number().int(),
      planEnd: z.number().int(),
      text: z.string(),
      planText: z.string(),
      shared: z.number().int(),
      edits: z.array(z.object({ text: z.string(), planText: z.string() })),
      formulaic: z.boolean(),
      formulaicBy: z.enum(['set-phrase', 'documents']).nullable(),
      planDocumentId: z.string(),
    }),
  ),
  byPlan: z.record(z.string(), z.record(z.string(), z.object({ characters: z.number(), reused: z.number(), formulaic: z.number(), share: z.number(), spans: z.number() }))),
  sections: z.record(z.string(), z.object({ characters: z.number(), reused: z.number(), share: z.number(), byDocument: z.record(z.string(), z.number()) })),
});

const phrasePlace = { documentId: z.string(), passageId: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() };

/** A phrase the documents share with the master plan (build/xref/phrases.json holds them, longest first). */
export const phraseSchema = z.object({
  id: z.string(),
  text: z.string(),
  length: z.number().int(),
  formulaic: z.boolean(),
  formulaicBy: z.enum(['set-phrase', 'documents']).nullable(),
  documents: z.array(z.string()),
  plan: z.array(z.object(phrasePlace)),
  occurrences: z.array(z.object({ ...phrasePlace, planPassageId: z.string(), planStart: z.number().int(), planEnd: z.number().int(), exact: z.boolean(), formulaic: z.boolean() })),
});

/** build/xref/phrases.json. */
export const phrasesFileSchema = z.object({ schemaVersion: z.literal(1), planIds: z.array(z.string()), phrases: z.array(phraseSchema) });
