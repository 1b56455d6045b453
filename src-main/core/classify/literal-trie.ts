// SPDX-License-Identifier: MIT
// One trie over the words of every lexicon rule, walked once per message from each position: it
// finds every word occurrence (start, word) at a cost that depends on the text, not on how many
// words the lexicons hold. Texts are read ASCII-lower-cased; words are stored folded the same way
// (callers verify the exact case where a rule is case-sensitive). Words can be added at any time
// without a rebuild, since rules are compiled lazily as detectors first use them.

const NONE = -1;

export class LiteralTrie {
  /** First step from the root, by code unit: the common case, so a direct lookup. */
  private readonly root = new Int32Array(65536).fill(NONE);
  private nodeCount = 0;
  private outHead = new Int32Array(1024).fill(NONE);
  private nextOut = new Int32Array(1024).fill(NONE);
  private wordCount = 0;
  // Deeper steps: an open-addressing table keyed by (node, code unit).
  private mask = 1023;
  private shift = 22;
  private edgeNode = new Int32Array(1024).fill(NONE);
  private edgeChar = new Int32Array(1024);
  private edgeChild = new Int32Array(1024);
  private edgeCount = 0;
  private hits = new Int32Array(256);

  get size(): number {
    return this.wordCount;
  }

  /** Adds a non-empty, already folded word; returns its id (ids count up from 0). */
  add(word: string): number {
    let node = NONE;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = node === NONE ? this.root[c]! : this.child(node, c);
      if (next === NONE) {
        next = this.newNode();
        if (node === NONE) this.root[c] = next;
        else this.insertEdge(node, c, next);
      }
      node = next;
    }
    const id = this.wordCount++;
    if (id >= this.nextOut.length) this.nextOut = grown(this.nextOut, id + 1);
    this.nextOut[id] = this.outHead[node]!;
    this.outHead[node] = id;
    return id;
  }

  /**
   * Every occurrence, as pairs (start, word id) in `hits[0 .. 2*count)`, ordered by start. The
   * returned array is reused by the next call.
   */
  find(text: string): { hits: Int32Array; count: number } {
    const n = text.length;
    const root = this.root;
    const outHead = this.outHead;
    const nextOut = this.nextOut;
    let count = 0;
    let hits = this.hits;
    for (let p = 0; p < n; p++) {
      let c = text.charCodeAt(p);
      if (c >= 65 && c <= 90) c |= 32;
      let node = root[c]!;
      let q = p;
      while (node !== NONE) {
        for (let w = outHead[node]!; w !== NONE; w = nextOut[w]!) {
          if (2 * count + 2 > hits.length) this.hits = hits = grown(hits, 2 * count + 2);
          hits[2 * count] = p;
          hits[2 * count + 1] = w;
          count++;
        }
        if (++q >= n) break;
        c = text.charCodeAt(q);
        if (c >= 65 && c <= 90) c |= 32;
        node = this.child(node, c);
      }
    }
    return { hits, count };
  }

  private child(node: number, c: number): number {
    const mask = this.mask;
    const edgeNode = this.edgeNode;
    for (let h = slot(node, c, this.shift); ; h = (h + 1) & mask) {
      const en = edgeNode[h]!;
      if (en === NONE) return NONE;
      if (en === node && this.edgeChar[h] === c) return this.edgeChild[h]!;
    }
  }

  private newNode(): number {
    const id = this.nodeCount++;
    if (id >= this.outHead.length) this.outHead = grown(this.outHead, id + 1);
    this.outHead[id] = NONE;
    return id;
  }

  private insertEdge(node: number, c: number, child: number): void {
    if (2 * (this.edgeCount + 1) > this.mask + 1) this.rehash();
    const mask = this.mask;
    let h = slot(node, c, this.shift);
    while (this.edgeNode[h] !== NONE) h = (h + 1) & mask;
    this.edgeNode[h] = node;
    this.edgeChar[h] = c;
    this.edgeChild[h] = child;
    this.edgeCount++;
  }

  private rehash(): void {
    const { edgeNode, edgeChar, edgeChild } = this;
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.shift--;
    this.edgeNode = new Int32Array(size).fill(NONE);
    this.edgeChar = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    this.edgeCount = 0;
    for (let h = 0; h < edgeNode.length; h++) if (edgeNode[h] !== NONE) this.insertEdge(edgeNode[h]!, edgeChar[h]!, edgeChild[h]!);
  }
}

/** Multiplicative hashing: the high bits of the product are the well-mixed ones. */
function slot(node: number, c: number, shift: number): number {
  return Math.imul(node ^ Math.imul(c, 0x85ebca77), 0x9e3779b1) >>> shift;
}

function grown(a: Int32Array, min: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, min)).fill(NONE);
  b.set(a);
  return b;
}
