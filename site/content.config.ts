// The site's small collections: the glossary and the topics. The large files of build/ (the
// documents, the cross-references, the shared wording) are read by lib/buildFiles.ts.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';

/** The glossary with each term's occurrences (build/glossary.json), one entry per term. */
const glossary = defineCollection({
  loader: file('build/glossary.json', { parser: (text) => (JSON.parse(text) as { terms: Array<Record<string, unknown>> }).terms }),
  schema: z.object({
    id: z.string(),
    zh: z.string(),
    pinyin: z.string(),
    en: z.string(),
    explanation: z.string(),
    aliases: z.array(z.string()),
    enAliases: z.array(z.string()),
    topic: z.string().nullable(),
    total: z.number(),
    documents: z.array(z.object({ documentId: z.string(), count: z.number(), places: z.array(z.object({ id: z.string(), count: z.number() })) })),
  }),
});

const topics = defineCollection({
  loader: file('build/corpus.json', { parser: (text) => (JSON.parse(text) as { topics: Array<Record<string, unknown>> }).topics }),
  schema: z.object({ id: z.string(), zh: z.string(), en: z.string() }),
});

export const collections = { topics, glossary };
