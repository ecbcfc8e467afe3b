/**
 * An extension API namespace resolved on first use. The browser builds a namespace's bindings the
 * first time a context touches it (`chrome.action` ~1.5–2.7 ms, `chrome.tabs` ~1 ms in a woken
 * worker), and a worker pays that again at every start: namespaces used only by some events (the
 * badge after a sync, tabs when a notification is clicked) are reached through this instead.
 * Methods are bound to the real namespace; events and properties are read from it as they are.
 */
export function lazyNamespace<T extends object>(resolve: () => T): T {
  let real: T | null = null;
  const target = () => (real ??= resolve());
  return new Proxy({} as T, {
    get(_shell, key) {
      const value: unknown = Reflect.get(target(), key);
      return typeof value === 'function' ? value.bind(target()) : value;
    },
    has: (_shell, key) => key in target(),
  });
}
