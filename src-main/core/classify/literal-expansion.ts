// SPDX-License-Identifier: MIT
// Decides how the scan engine can find one top-level alternative of a lexicon regex without
// running the regex: as a finite list of exact words (in the order the regex would try them, so
// that the first one present is the one the regex picks), as a list of prefixes every match must
// start with (the regex then only runs where a prefix is), or not at all ("free": the rest of the
// regex is scanned as before).
import type { RegexNode } from './regex-syntax';

export type AlternativePlan =
  | { kind: 'exact'; words: readonly string[]; boundaryStart: boolean; boundaryEnd: boolean }
  | { kind: 'prefix'; words: readonly string[] }
  | { kind: 'free' };

/** More expansions than this are not worth a trie entry each; the alternative stays a prefix. */
const MAX_EXPANSIONS = 256;

interface Item {
  s: string;
  /** Still followed by the rest of the alternative; false once the expansion had to stop. */
  open: boolean;
}
interface Expansion {
  items: Item[];
  exact: boolean;
}

const STOP: Expansion = { items: [{ s: '', open: false }], exact: false };

/**
 * Words are returned case-folded (ASCII lower case) when `ignoreCase`; a character whose case
 * folding is not one-to-one cannot be matched by a folded trie and ends the expansion there.
 */
export function planAlternative(nodes: readonly RegexNode[], ignoreCase: boolean): AlternativePlan {
  let from = 0;
  let to = nodes.length;
  const boundaryStart = to > 0 && isBoundary(nodes[0]!);
  if (boundaryStart) from++;
  const boundaryEnd = to > from && isBoundary(nodes[to - 1]!);
  if (boundaryEnd) to--;
  const e = expandSequence(nodes.slice(from, to), ignoreCase);
  if (e.items.some((i) => i.s === '')) return { kind: 'free' };
  if (e.exact && e.items.every((i) => i.open)) {
    return { kind: 'exact', words: e.items.map((i) => i.s), boundaryStart, boundaryEnd };
  }
  const words = [...new Set(e.items.map((i) => i.s))];
  // A one-letter ASCII prefix (a digit, x, $) would wake the regex at most positions of a text.
  if (words.some((w) => w.length === 1 && w.charCodeAt(0) < 128)) return { kind: 'free' };
  return { kind: 'prefix', words };
}

/**
 * Words one of which every match contains, or null: the most selective run of consecutive
 * nodes that expands to a finite word list. A pattern the trie cannot anchor can still be
 * skipped for a text that holds none of its required words.
 */
export function requiredWords(nodes: readonly RegexNode[], ignoreCase: boolean): readonly string[] | null {
  let best: string[] | null = null;
  let bestScore = 0;
  let run: Item[] = [{ s: '', open: true }];
  const consider = () => {
    if (run.some((i) => i.s === '')) return;
    const words = [...new Set(run.map((i) => i.s))];
    const shortest = Math.min(...words.map((w) => (w.length === 1 && w.charCodeAt(0) < 128 ? 0 : w.length)));
    const score = shortest * 1000 - words.length;
    if (shortest > 0 && score > bestScore) {
      best = words;
      bestScore = score;
    }
  };
  for (const node of nodes) {
    if (node.t === 'assert') continue;
    const step = expandNode(node, ignoreCase);
    const next = step.exact && step.items.every((i) => i.open) ? concat(run, step.items) : null;
    if (next === null || next.length > MAX_EXPANSIONS) {
      consider();
      run = [{ s: '', open: true }];
      if (next === null) continue;
      run = step.items;
      continue;
    }
    run = next;
  }
  consider();
  return best;
}

function isBoundary(n: RegexNode): boolean {
  return n.t === 'assert' && n.k === 'b';
}

function expandSequence(nodes: readonly RegexNode[], ignoreCase: boolean): Expansion {
  let items: Item[] = [{ s: '', open: true }];
  let exact = true;
  for (const node of nodes) {
    if (!items.some((i) => i.open)) break;
    if (node.t === 'assert') {
      exact = false;
      continue;
    }
    const step = expandNode(node, ignoreCase);
    if (!step.exact) exact = false;
    const next = concat(items, step.items);
    if (next.length > MAX_EXPANSIONS) {
      items = items.map((i) => ({ s: i.s, open: false }));
      exact = false;
      break;
    }
    items = next;
  }
  return { items, exact };
}

function concat(left: readonly Item[], right: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (const l of left) {
    if (!l.open) out.push(l);
    else for (const r of right) out.push({ s: l.s + r.s, open: r.open });
    if (out.length > MAX_EXPANSIONS) break;
  }
  return out;
}

function expandNode(node: RegexNode, ignoreCase: boolean): Expansion {
  switch (node.t) {
    case 'char': {
      const s = foldChar(node.c, ignoreCase);
      return s === null ? STOP : { items: [{ s, open: true }], exact: true };
    }
    case 'set': {
      if (node.chars === null) return STOP;
      const seen = new Set<string>();
      for (const c of node.chars) {
        const s = foldChar(c, ignoreCase);
        if (s === null) return STOP;
        seen.add(s);
      }
      return { items: [...seen].map((s) => ({ s, open: true })), exact: true };
    }
    case 'group': {
      const items: Item[] = [];
      let exact = true;
      for (const alt of node.alts) {
        const e = expandSequence(alt, ignoreCase);
        if (!e.exact) exact = false;
        items.push(...e.items);
        if (items.length > MAX_EXPANSIONS) return STOP;
      }
      return { items, exact };
    }
    case 'rep': {
      const inner = expandNode(node.node, ignoreCase);
      if (node.min === 1 && node.max === 1) return inner;
      if (node.min === 0 && node.max === 1) {
        // Greedy tries the item first, lazy tries skipping it first: the regex's own order.
        const skip: Item = { s: '', open: true };
        return { items: node.lazy ? [skip, ...inner.items] : [...inner.items, skip], exact: inner.exact };
      }
      if (node.min === 0) return STOP;
      return { items: inner.items.map((i) => ({ s: i.s, open: false })), exact: false };
    }
    case 'assert':
      return { items: [{ s: '', open: true }], exact: false };
  }
}

function foldChar(c: number, ignoreCase: boolean): string | null {
  if (!ignoreCase) return String.fromCharCode(c);
  if (c < 128) return String.fromCharCode(c >= 65 && c <= 90 ? c | 32 : c);
  return isCaseless(c) ? String.fromCharCode(c) : null;
}

let canonicalCounts: Uint8Array | null = null;

/**
 * Non-unicode ignoreCase compares Canonicalize(ch) (ECMA-262 §22.2.2.7.3: upper-case it, keeping
 * non-ASCII characters out of ASCII); a character is safe to compare as-is when no other code unit
 * shares its canonical form.
 */
function isCaseless(c: number): boolean {
  if (canonicalCounts === null) {
    canonicalCounts = new Uint8Array(65536);
    for (let x = 0; x < 65536; x++) {
      const k = canonicalize(x);
      if (canonicalCounts[k]! < 255) canonicalCounts[k]!++;
    }
  }
  return canonicalize(c) === c && canonicalCounts[c] === 1;
}

function canonicalize(c: number): number {
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const cu = u.charCodeAt(0);
  return c >= 128 && cu < 128 ? c : cu;
}
