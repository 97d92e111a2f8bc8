/**
 * A loader that runs once per build: thousands of pages ask for the same lists and view models, so the
 * first caller's promise is kept and shared (a dev server keeps it until restarted).
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    promise ??= load();
    return promise;
  };
}

/**
 * A pure function of one key, computed once per key per build: many pages ask for the same place's or
 * language's value (every office page's map names the regions around it, in one of two languages).
 */
export function oncePerKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key) as V;
  };
}
