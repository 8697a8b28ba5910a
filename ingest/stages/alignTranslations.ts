// alignTranslations: gives each translation unit of a document its English from the document's
// translation file, and reports what a translator has to fix, at the line of the file: a unit
// without English (translation-missing; one warning per document, each unit as info), English
// written from Chinese that has changed since (translation-stale, shown but flagged), English for a
// unit that no longer exists (translation-orphan), and the checks of text/translationChecks.ts.
import type { DiagnosticSink } from '../diagnostics.ts';
import type { DocumentModel, TranslatedUnit } from '../model.ts';
import type { GlossaryTerm } from '../schema/glossary.ts';
import type { LoadedTranslationFile } from './load.ts';
import type { TermMatcher } from './annotate.ts';
import { translationProblems } from '../text/translationChecks.ts';
import { translationUnits, unitHash } from '../translationUnits.ts';

/** How many untranslated units the per-document warning names. */
const namedMissing = 5;

/** The English of a document's units, by unit id. */
export function alignTranslations(
  document: DocumentModel,
  file: LoadedTranslationFile | null,
  sink: DiagnosticSink,
  matchTerms: TermMatcher,
  glossary: ReadonlyMap<string, GlossaryTerm>,
): Record<string, TranslatedUnit> {
  const units = translationUnits(document);
  const translated: Record<string, TranslatedUnit> = {};
  if (file === null) return translated;
  const entries = new Map(file.units.map((entry, index) => [entry.id, { entry, line: file.lineOf(index) }]));
  const missing: string[] = [];
  for (const unit of units) {
    const found = entries.get(unit.id);
    if (!found || found.entry.en.trim() === '') {
      missing.push(unit.id);
      sink.info(found?.line ?? null, 'translation-missing', `${unit.id} (source line ${unit.line}) has no English`);
      continue;
    }
    const { entry, line } = found;
    const stale = entry.hash !== unitHash(unit.zh);
    if (stale) sink.warn(line, 'translation-stale', `${unit.id}: the Chinese has changed since this English was written (hash ${entry.hash}, now ${unitHash(unit.zh)}); the reader shows it marked as outdated`);
    translated[unit.id] = { en: entry.en, stale };
    const terms = [...new Set(matchTerms(unit.zh).map((match) => match.term))].map((id) => glossary.get(id)!);
    for (const problem of translationProblems(unit.zh, entry.en, terms)) {
      const report = problem.rule === 'translation-length' ? sink.info.bind(sink) : sink.warn.bind(sink);
      report(line, problem.rule, `${unit.id}: ${problem.message}`);
    }
  }
  const current = new Set(units.map((unit) => unit.id));
  for (const [id, { line }] of entries) {
    if (!current.has(id)) sink.warn(line, 'translation-orphan', `${id}: no such unit in "${document.id}" any more: move its English to the unit that replaced it, or delete it`);
  }
  if (missing.length > 0) {
    const named = missing.slice(0, namedMissing).join(', ');
    sink.warn(null, 'translation-missing', `${missing.length} of ${units.length} units have no English yet (${named}${missing.length > namedMissing ? ', …' : ''}); --verbose lists them all`);
  }
  return translated;
}
