// Where the words of a segmented text start and end, from the words ingest stores with a passage:
// plain TypeScript (no jieba), for the ingest's later stages, the site and its page scripts.

/**
 * The offsets at which a passage's words start and end, from the segmentation ingest stored
 * with it (its `tokens`, in reading order, punctuation left out).
 * @example wordEdges('让市民生活更方便', ['让', '市民', '生活', '更', '方便']) // Set { 0, 1, 3, 5, 6, 8 }
 */
export function wordEdges(text: string, tokens: readonly string[]): Set<number> {
  const edges = new Set([0, text.length]);
  let at = 0;
  for (const token of tokens) {
    const start = text.indexOf(token, at);
    if (start < 0) continue;
    edges.add(start);
    edges.add((at = start + token.length));
  }
  return edges;
}
