// What a page computes from the corpus's shared objects (a document's model, a graph), computed
// once per object for the whole build: the content store hands every page the same objects, and
// an index rebuilt for each page or panel made the build grow faster than the corpus.

/** `make`'s result for each object it is given, made the first time. */
export function perObject<Key extends object, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new WeakMap<Key, Value>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}
