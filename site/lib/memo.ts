// What a page computes from the corpus's shared objects (a document's model, a graph), computed
// once per object for the whole build: buildFiles.ts reads each file of build/ once and hands every
// page the same objects, and an index rebuilt for each page or panel made the build grow faster
// than the corpus.

/** `make`'s result, made the first time it is asked for and shared after. */
export function once<Value>(make: () => Value): () => Value {
  let made: { value: Value } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** `make`'s result for each object it is given, made the first time. */
export function perObject<Key extends object, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new WeakMap<Key, Value>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/** `make`'s result for each object and name it is given (a graph and a plan's id), made the first time. */
export function perObjectAndName<Key extends object, Value>(make: (key: Key, name: string) => Value): (key: Key, name: string) => Value {
  const made = new WeakMap<Key, Map<string, Value>>();
  return (key, name) => {
    const byName = made.get(key) ?? new Map<string, Value>();
    made.set(key, byName);
    if (!byName.has(name)) byName.set(name, make(key, name));
    return byName.get(name)!;
  };
}
