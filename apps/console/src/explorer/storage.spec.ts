import { personalStorage } from './storage';

/** A Web Storage in memory (the unit specs run in Node, without a DOM). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

describe("the explorer's storage", () => {
  it("keeps each person's queries apart, and clearing one person's leaves the others'", () => {
    const backing = memoryStorage();
    backing.setItem('carta.console.session', 'kept');
    const alice = personalStorage('alice', backing);
    const bob = personalStorage('bob', backing);
    alice.setItem('graphiql:tabState', '{"query":"{ case(id: 1) { id } }"}');
    expect(bob.getItem('graphiql:tabState')).toBeNull();
    bob.setItem('graphiql:tabState', '{}');
    expect([alice.length, bob.length, alice.key(0)]).toEqual([1, 1, 'graphiql:tabState']);
    alice.clear();
    expect([alice.length, bob.getItem('graphiql:tabState'), backing.getItem('carta.console.session')]).toEqual([0, '{}', 'kept']);
  });
});
