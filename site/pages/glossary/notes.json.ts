// /glossary/notes.json: what a term's note shows (its Chinese, pinyin, English and explanation),
// one entry per glossary term, shared by every reader page of both languages, which
// scripts/terms.ts draws its notes from instead of each page holding its own copies.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { TermNote } from '../../lib/termIds.ts';

export const GET: APIRoute = async () => {
  const notes: Record<string, TermNote> = {};
  for (const { data } of await getCollection('glossary')) notes[data.id] = { zh: data.zh, pinyin: data.pinyin, en: data.en, explanation: data.explanation };
  return new Response(JSON.stringify(notes), { headers: { 'Content-Type': 'application/json' } });
};
