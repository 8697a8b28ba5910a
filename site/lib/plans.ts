// The cross-references and shared wording of one master plan, cut from the corpus's graphs
// (build/xref/), and where a document's compare page against each plan it carries out lives.
import { localePath } from '../i18n/paths.ts';
import type { Lang } from '../i18n/ui.ts';
import { perObject, perObjectAndName } from './memo.ts';

// What these functions read of build/xref/links.json and reuse.json (lib/xref.ts and lib/reuse.ts
// type them whole); kept structural so that they run outside Astro too.
interface Target { sectionId: string }
interface Graph {
  planIds: string[];
  carriers: Record<string, string[]>;
  sections: Array<{ id: string; documentId: string }>;
  links: Array<{ documentId: string; targets: Target[] }>;
  carriedOutIn: Record<string, unknown[]>;
}
interface Reuse<Span extends { planDocumentId: string }, Figures> {
  spans: Span[];
  byPlan: Record<string, Record<string, Figures>>;
}

/** Each plan's carriers as a set, once per graph. */
const carrierSets = perObject((graph: Graph) => new Map(graph.planIds.map((planId) => [planId, new Set(graph.carriers[planId] ?? [])])));

/** The plans `documentId` carries out, in manifest order; the first is its compare page's own. */
export const plansCarriedOut = (graph: Graph | null | undefined, documentId: string): string[] => (graph ? graph.planIds.filter((planId) => carrierSets(graph).get(planId)!.has(documentId)) : []);

/** The plan a link target points into. */
export function planOfTarget(graph: Graph): (target: Target) => string {
  const planOf = new Map(graph.sections.map((section) => [section.id, section.documentId]));
  return (target) => planOf.get(target.sectionId)!;
}

/** The graph with only `planId`'s sections, links and backlinks (cut once per graph and plan: every compare page asks). */
export const planGraph = <G extends Graph>(graph: G, planId: string): G => cutGraph(graph, planId) as G;

const cutGraph = perObjectAndName(<G extends Graph>(graph: G, planId: string): G => {
  const planOf = planOfTarget(graph);
  const carriers = new Set(graph.carriers[planId] ?? []);
  const sections = graph.sections.filter((section) => section.documentId === planId);
  return {
    ...graph,
    planIds: [planId],
    carriers: { [planId]: [...carriers] },
    sections,
    links: graph.links.filter((link) => carriers.has(link.documentId)).map((link) => ({ ...link, targets: link.targets.filter((target) => planOf(target) === planId) })) as G['links'],
    carriedOutIn: Object.fromEntries(sections.map((section) => [section.id, graph.carriedOutIn[section.id] ?? []])),
  };
});

/** The shared wording with `planId` only: its spans, and per document the figures against it. */
export function planReuse<Span extends { planDocumentId: string }, Figures>(reuse: Reuse<Span, Figures> | null, planId: string): { spans: Span[]; documents: Record<string, Figures> } {
  return reuse ? (cutReuse(reuse, planId) as { spans: Span[]; documents: Record<string, Figures> }) : { spans: [], documents: {} };
}

const cutReuse = perObjectAndName((reuse: Reuse<{ planDocumentId: string }, unknown>, planId: string) => ({ spans: reuse.spans.filter((span) => span.planDocumentId === planId), documents: reuse.byPlan[planId] ?? {} }));

/** Groups items by the plan each belongs to, in the graph's plan order. */
export function byPlan<T>(graph: Graph, items: readonly T[], planOf: (item: T) => string): Array<[string, T[]]> {
  return graph.planIds.map((planId) => [planId, items.filter((item) => planOf(item) === planId)] as [string, T[]]).filter(([, group]) => group.length > 0);
}

/**
 * The compare page of a document against a plan: /compare/<id>/ for the first plan it carries
 * out, /compare/<id>/<plan>/ for each other.
 * @example comparePath('en', 'report', 'city-plan', graph) // '/en/compare/report/'
 */
export function comparePath(lang: Lang, documentId: string, planId: string, graph: Graph): string {
  const first = plansCarriedOut(graph, documentId)[0];
  return localePath(lang, planId === first ? `/compare/${documentId}/` : `/compare/${documentId}/${planId}/`);
}
