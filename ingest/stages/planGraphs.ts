// The cross-references and shared wording found for each master plan, joined into the corpus's
// one graph of each (several master plans, one reader).
import type { XrefGraph } from './link.ts';
import type { ReuseFigures, ReuseGraph, ReuseSpan, SectionReuse } from './reuse.ts';

/** The cross-references to every plan as one graph: sections name their plan, a passage's targets follow the plans' order. */
export interface CorpusXref extends Omit<XrefGraph, 'masterDocumentId' | 'sections'> {
  /** The master plans linked to, in manifest order. */
  planIds: string[];
  /** Per plan id, the documents that carry it out (the compare pages), in manifest order. */
  carriers: Record<string, string[]>;
  sections: Array<XrefGraph['sections'][number] & { documentId: string }>;
}

/** Joins the graphs of each plan; with one plan the links are that plan's, unchanged. */
export function joinXref(graphs: readonly XrefGraph[]): CorpusXref {
  const links = new Map<string, CorpusXref['links'][number]>();
  for (const graph of graphs) {
    for (const link of graph.links) {
      const known = links.get(link.passageId);
      if (known) known.targets.push(...link.targets);
      else links.set(link.passageId, { ...link, targets: [...link.targets] });
    }
  }
  return {
    planIds: graphs.map((graph) => graph.masterDocumentId),
    carriers: Object.fromEntries(graphs.map((graph) => [graph.masterDocumentId, [...new Set(graph.links.map((link) => link.documentId))]])),
    minScore: graphs[0]?.minScore ?? 0,
    sections: graphs.flatMap((graph) => graph.sections.map((section) => ({ ...section, documentId: graph.masterDocumentId }))),
    links: [...links.values()],
    carriedOutIn: Object.assign({}, ...graphs.map((graph) => graph.carriedOutIn)) as CorpusXref['carriedOutIn'],
  };
}

/** The shared wording with every plan as one graph: spans name their plan, figures are per plan and document. */
export interface CorpusReuse extends Omit<ReuseGraph, 'masterDocumentId' | 'spans' | 'documents'> {
  planIds: string[];
  spans: Array<ReuseSpan & { planDocumentId: string }>;
  /** Per plan id, per document that carries it out, how much of its text is the plan's wording. */
  byPlan: Record<string, Record<string, ReuseFigures>>;
  sections: Record<string, SectionReuse>;
}

/** Joins the shared wording found for each plan. */
export function joinReuse(graphs: readonly [ReuseGraph, ...ReuseGraph[]]): CorpusReuse {
  return {
    planIds: graphs.map((graph) => graph.masterDocumentId),
    options: graphs[0].options,
    spans: graphs.flatMap((graph) => graph.spans.map((span) => ({ ...span, planDocumentId: graph.masterDocumentId }))),
    byPlan: Object.fromEntries(graphs.map((graph) => [graph.masterDocumentId, graph.documents])),
    sections: Object.assign({}, ...graphs.map((graph) => graph.sections)) as CorpusReuse['sections'],
  };
}
