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
