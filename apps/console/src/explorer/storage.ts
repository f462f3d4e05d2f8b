/**
 * GraphiQL keeps its tabs, queries and history (which may hold patient data from responses) in this
 * browser tab's sessionStorage, under keys of the signed-in person only: whoever signs in next in
 * the same tab starts with an empty explorer, not with the previous person's queries.
 */
export function personalStorage(subject: string, backing: Storage = sessionStorage): Storage {
  const prefix = `carta.explorer.${subject}.`;
  const own = () =>
    Array.from({ length: backing.length }, (_, index) => backing.key(index)).filter((key): key is string => key !== null && key.startsWith(prefix));
  return {
    getItem: (key) => backing.getItem(prefix + key),
    setItem: (key, value) => backing.setItem(prefix + key, value),
    removeItem: (key) => backing.removeItem(prefix + key),
    clear: () => own().forEach((key) => backing.removeItem(key)),
    key: (index) => own()[index]?.slice(prefix.length) ?? null,
    get length() {
      return own().length;
    },
  };
}
