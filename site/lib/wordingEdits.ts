// A document's wording of a shared phrase written as its edits to the plan's wording, which the
// row already shows: the phrases page's text filter finds a row by any wording, and most wordings
// differ from the plan's by a word or a number (10x corpus: the other wordings written out were
// 0.51 MB of each language's page). Both ends run in JavaScript, so positions count UTF-16 units.
//
// An edit is `at,deleted,length,text`: from position `at` of the plan's wording (counted from the
// end of the edit before), `deleted` units replaced by the `length` units of `text`; edits are
// joined by `;`. Text is taken by its length, so it may hold any character.

type Edit = [at: number, deleted: number, inserted: string];

/** Past this many single-character edits a wording is written whole (one edit replacing everything). */
const maxChanges = 256;

/** The edits turning `base` into `wording` (Myers' shortest edit script), each a run of deletions and insertions at one place. */
function diff(base: string, wording: string): Edit[] {
  const n = base.length;
  const m = wording.length;
  const offset = maxChanges + 1;
  const frontier = new Int32Array(2 * maxChanges + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= maxChanges && found < 0; d += 1) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!) ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && base[x] === wording[y]) {
        x += 1;
        y += 1;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [[0, n, wording]];
  // Walk back from the end: each step is one deletion (from base) or insertion (from wording).
  const steps: Array<{ at: number; inserted?: string }> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d -= 1) {
    const before = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && before[offset + k - 1]! < before[offset + k + 1]!);
    const previousX = before[offset + (down ? k + 1 : k - 1)]!;
    const previousY = previousX - (down ? k + 1 : k - 1);
    steps.push(down ? { at: previousX, inserted: wording[previousY]! } : { at: previousX });
    x = previousX;
    y = previousY;
  }
  const edits: Edit[] = [];
  for (const step of steps.reverse()) {
    const last = edits.at(-1);
    if (last && step.at === last[0] + last[1]) {
      if (step.inserted === undefined) last[1] += 1;
      else last[2] += step.inserted;
    } else edits.push(step.inserted === undefined ? [step.at, 1, ''] : [step.at, 0, step.inserted]);
  }
  return edits;
}

/** `wording` as edits to `base` (see the module's comment). */
export function encodeWording(base: string, wording: string): string {
  let end = 0;
  return diff(base, wording)
    .map(([at, deleted, inserted]) => {
      const written = `${at - end},${deleted},${inserted.length},${inserted}`;
      end = at + deleted;
      return written;
    })
    .join(';');
}

/** The wording that `edits` (encodeWording's) make of `base`. */
export function decodeWording(base: string, edits: string): string {
  let wording = '';
  let end = 0;
  let read = 0;
  const number = () => {
    const comma = edits.indexOf(',', read);
    const value = Number(edits.slice(read, comma));
    read = comma + 1;
    return value;
  };
  while (read < edits.length) {
    const at = end + number();
    const deleted = number();
    const length = number();
    wording += base.slice(end, at) + edits.slice(read, read + length);
    read += length + 1; // and the ';' after it
    end = at + deleted;
  }
  return wording + base.slice(end);
}
