/** Search results are shown in order, the first as soon as its own data is in, the rest fetched after it. */
import { describe, expect, it } from 'vitest';
import { showInOrder } from '../../src/components/search/pagefind';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('showInOrder', () => {
  it('fetches the first result alone, then the others, and shows them in order', async () => {
    const asked: number[] = [];
    const gates = [0, 1, 2].map(() => deferred<string>());
    const results = gates.map((gate, i) => ({ data: () => (asked.push(i), gate.promise) }));
    const shown: string[] = [];
    const done = showInOrder(results, (d) => shown.push(d), () => false);
    expect(asked).toEqual([0]);
    gates[2]!.resolve('c');
    gates[0]!.resolve('a');
    await new Promise((r) => setTimeout(r, 0));
    expect(shown).toEqual(['a']);
    expect(asked).toEqual([0, 1, 2]);
    gates[1]!.resolve('b');
    expect(await done).toBe(3);
    expect(shown).toEqual(['a', 'b', 'c']);
  });

  it('stops when a newer search has begun, and shows nothing for no results', async () => {
    let stale = false;
    const shown: string[] = [];
    const results = ['a', 'b'].map((d) => ({ data: async () => ((stale = true), d) }));
    expect(await showInOrder(results, (d) => shown.push(d), () => stale)).toBe(0);
    expect(shown).toEqual([]);
    expect(await showInOrder([], () => {}, () => false)).toBe(0);
  });
});
