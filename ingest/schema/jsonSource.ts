// A corpus JSON file parsed with the place of every value, so that a problem found in the data
// (by a zod schema or a later check) is reported at the line a user has to edit.
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type JsonPath = ReadonlyArray<string | number | symbol>;

export type JsonSource =
  | { ok: true; value: unknown; lineAt: (path: JsonPath) => number | null }
  | { ok: false; line: number | null; message: string };

/** The 1-based line of a character offset. */
const lineOfOffset = (raw: string, offset: number): number => raw.slice(0, offset).split('\n').length;

/**
 * Parses JSON strictly (JSON.parse decides what is valid) and keeps the tree for lines.
 *
 * @example parseJsonSource('{\n "a": [1, 2]\n}') // lineAt(['a', 1]) === 2
 */
export function parseJsonSource(text: string): JsonSource {
  const raw = text.replace(/^\uFEFF/u, '');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    // JSON.parse names no line for some errors ("Unexpected end of JSON input"): ask the tolerant parser where it broke.
    const errors: ParseError[] = [];
    parse(raw, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const line = first ? lineOfOffset(raw, first.offset) : null;
    const reason = first ? ` (${printParseErrorCode(first.error)})` : '';
    return { ok: false, line, message: `not valid JSON: ${(error as Error).message}${reason}` };
  }
  const tree = parseTree(raw);
  return {
    ok: true,
    value,
    lineAt: (jsonPath) => {
      if (tree === undefined) return null;
      // A missing field has no node: report the object that lacks it.
      const keys = jsonPath.filter((key): key is string | number => typeof key !== 'symbol');
      for (let length = keys.length; length >= 0; length -= 1) {
        const node: Node | undefined = findNodeAtLocation(tree, keys.slice(0, length));
        if (node !== undefined) {
          // A property's value: report the line of its key, where the user looks for it.
          const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
          return lineOfOffset(raw, at);
        }
      }
      return null;
    },
  };
}
