// SPDX-License-Identifier: MIT
// Near-duplicate templates: SimHashes within MAX_TEMPLATE_DISTANCE bits of each other, grouped
// transitively. Candidates come from banding: split into four 16-bit bands, two hashes at most
// 3 bits apart agree on at least one band (pigeonhole), so only hashes sharing a band value are
// compared.
import { DisjointSets } from './disjoint-sets';
import { hammingDistance, splitHash } from './message-template';

export const MAX_TEMPLATE_DISTANCE = 3;
// A band value shared by this many distinct hashes is a degenerate template (almost empty text);
// comparing all its pairs would cost more than it can tell.
const MAX_BUCKET = 4000;

/** For each hash (by index), the smallest index of its group of near-duplicates. */
export function nearDuplicateGroups(hashes: readonly string[]): Uint32Array {
  const n = hashes.length;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) [hi[i], lo[i]] = splitHash(hashes[i]!);
  const sets = new DisjointSets();
  for (let band = 0; band < 4; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const word = band < 2 ? hi[i]! : lo[i]!;
      const key = band % 2 === 0 ? word >>> 16 : word & 0xffff;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
      for (let a = 0; a < bucket.length; a++) {
        const i = bucket[a]!;
        for (let b = a + 1; b < bucket.length; b++) {
          const j = bucket[b]!;
          if (hammingDistance(hi[i]!, lo[i]!, hi[j]!, lo[j]!) <= MAX_TEMPLATE_DISTANCE) sets.union(i, j);
        }
      }
    }
  }
  const groupOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) groupOf[i] = sets.find(i);
  return groupOf;
}
