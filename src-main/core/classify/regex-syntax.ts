// SPDX-License-Identifier: MIT
// Reads a lexicon regex's source (non-unicode mode, as the lexicons are written) into a small
// tree: top-level alternatives with their exact source slices, and inside them the literal
// characters, small character sets, groups, repeats and zero-width assertions. The scan engine
// needs to know which alternatives are plain words and what every match must start with; any
// syntax it does not understand (back-references, unknown escapes, unicode mode) is refused,
// and the rule is then scanned with the plain regex.

/** Zero-width tests: `b`/`B` for word boundaries, `other` for ^, $ and lookarounds. */
export type RegexNode =
  | { t: 'char'; c: number }
  | { t: 'set'; chars: readonly number[] | null }
  | { t: 'group'; alts: RegexNode[][]; sources: string[] }
  | { t: 'assert'; k: 'b' | 'B' | 'other' }
  | { t: 'rep'; node: RegexNode; min: number; max: number; lazy: boolean };

export interface TopAlternative {
  nodes: RegexNode[];
  /** Source of each node, in order; joined they are the alternative's source. */
  sources: string[];
}

export class UnsupportedRegex extends Error {}

/** Sets larger than this are treated as "any character" by the engine. */
const MAX_SET = 16;
const DIGITS = Array.from({ length: 10 }, (_, i) => 48 + i);
const QUANTIFIER = /^\{(\d+)(?:(,)(\d*))?\}/;

export function parseAlternatives(source: string): TopAlternative[] {
  const p = new Parser(source);
  const out: TopAlternative[] = [];
  for (;;) {
    const sources: string[] = [];
    const nodes = p.sequence(sources);
    out.push({ nodes, sources });
    if (p.i >= source.length) return out;
    if (source[p.i] !== '|') throw new UnsupportedRegex('unbalanced )');
    p.i++;
  }
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  sequence(sources?: string[]): RegexNode[] {
    const nodes: RegexNode[] = [];
    while (this.i < this.s.length) {
      const ch = this.s[this.i]!;
      if (ch === '|' || ch === ')') break;
      const start = this.i;
      const atom = this.atom();
      nodes.push(this.quantified(atom));
      sources?.push(this.s.slice(start, this.i));
    }
    return nodes;
  }

  private quantified(atom: RegexNode): RegexNode {
    const ch = this.s[this.i];
    let min: number;
    let max: number;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.i++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else if (ch === '{') {
      const m = QUANTIFIER.exec(this.s.slice(this.i));
      if (!m) return atom;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    } else {
      return atom;
    }
    let lazy = false;
    if (this.s[this.i] === '?') {
      lazy = true;
      this.i++;
    }
    if (atom.t === 'assert') return atom;
    return { t: 'rep', node: atom, min, max, lazy };
  }

  private atom(): RegexNode {
    const s = this.s;
    const ch = s[this.i]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    this.i++;
    if (ch === '^' || ch === '$') return { t: 'assert', k: 'other' };
    if (ch === '.') return { t: 'set', chars: null };
    if (ch === '*' || ch === '+' || ch === '?') throw new UnsupportedRegex('nothing to repeat');
    return { t: 'char', c: ch.charCodeAt(0) };
  }

  private group(): RegexNode {
    const s = this.s;
    this.i++;
    let assertion = false;
    if (s[this.i] === '?') {
      const head = s.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.i += 2;
        assertion = true;
      } else if (head === '?<=' || head === '?<!') {
        this.i += 3;
        assertion = true;
      } else if (head.startsWith('?<')) {
        const close = s.indexOf('>', this.i);
        if (close < 0) throw new UnsupportedRegex('bad group name');
        this.i = close + 1;
      } else throw new UnsupportedRegex('unknown group');
    }
    const alts: RegexNode[][] = [];
    const sources: string[] = [];
    for (;;) {
      const start = this.i;
      alts.push(this.sequence());
      sources.push(s.slice(start, this.i));
      if (s[this.i] !== '|') break;
      this.i++;
    }
    if (s[this.i] !== ')') throw new UnsupportedRegex('unclosed group');
    this.i++;
    return assertion ? { t: 'assert', k: 'other' } : { t: 'group', alts, sources };
  }

  private escape(): RegexNode {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new UnsupportedRegex('trailing backslash');
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return { t: 'assert', k: e };
    }
    const set = this.classEscape(e);
    if (set !== undefined) {
      this.i += 2;
      return { t: 'set', chars: set };
    }
    return { t: 'char', c: this.charEscape(false) };
  }

  /** \d is kept as its ten digits; the other class escapes are too wide to enumerate. */
  private classEscape(e: string): readonly number[] | null | undefined {
    if (e === 'd') return DIGITS;
    if ('DsSwW'.includes(e)) return null;
    return undefined;
  }

  /** One escaped character (at this.i, which points at the backslash); advances past it. */
  private charEscape(inClass: boolean): number {
    const s = this.s;
    const e = s[this.i + 1]!;
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0 };
    if (inClass && e === 'b') {
      this.i += 2;
      return 8;
    }
    if (e === '0' && /[0-9]/.test(s[this.i + 2] ?? '')) throw new UnsupportedRegex('octal escape');
    if (e in simple) {
      this.i += 2;
      return simple[e]!;
    }
    if (e === 'x' || e === 'u') {
      const len = e === 'x' ? 2 : 4;
      const hex = s.slice(this.i + 2, this.i + 2 + len);
      if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) throw new UnsupportedRegex('loose hex escape');
      this.i += 2 + len;
      return parseInt(hex, 16);
    }
    // Letters and digits carry meaning (\1, \k<name>, \cX, \p) or are legacy oddities; only
    // punctuation and non-ASCII characters are taken as themselves.
    if (/[A-Za-z0-9_]/.test(e)) throw new UnsupportedRegex(`escape \\${e}`);
    this.i += 2;
    return e.charCodeAt(0);
  }

  private charClass(): RegexNode {
    const s = this.s;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const chars = new Set<number>();
    let wide = false;
    for (;;) {
      if (this.i >= s.length) throw new UnsupportedRegex('unclosed class');
      if (s[this.i] === ']') {
        this.i++;
        break;
      }
      const lo = this.classAtom();
      if (typeof lo !== 'number') {
        if (lo === null) wide = true;
        else for (const c of lo) chars.add(c);
        continue;
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        const hi = this.classAtom();
        if (typeof hi !== 'number') {
          // Annex B: a range with a class escape is the three members, '-' included.
          wide = true;
          continue;
        }
        if (hi < lo) throw new UnsupportedRegex('range out of order');
        if (hi - lo >= MAX_SET) wide = true;
        else for (let c = lo; c <= hi; c++) chars.add(c);
        continue;
      }
      chars.add(lo);
    }
    if (negated || wide || chars.size > MAX_SET) return { t: 'set', chars: null };
    return { t: 'set', chars: [...chars] };
  }

  /** A class member: a character code, the digits for \d, or null for a wide escape (\w, \s). */
  private classAtom(): number | readonly number[] | null {
    const s = this.s;
    if (s[this.i] !== '\\') return s.charCodeAt(this.i++);
    const e = s[this.i + 1];
    if (e === undefined) throw new UnsupportedRegex('trailing backslash');
    if (e === '-') {
      this.i += 2;
      return 45;
    }
    const set = this.classEscape(e);
    if (set !== undefined) {
      this.i += 2;
      return set;
    }
    return this.charEscape(true);
  }
}

/**
 * `\b(?:a|b)X` is the same regex as `\baX|\bbX`: zero-width tests before the group have no
 * choices of their own, so trying a then b is the same order either way. Splitting such a group
 * lets each word be planned on its own (most English rules are one `\b(?:...)\b` group).
 */
export function distributeLeadingGroup(alt: TopAlternative, budget: number): TopAlternative[] {
  let g = 0;
  while (g < alt.nodes.length && alt.nodes[g]!.t === 'assert') g++;
  const group = alt.nodes[g];
  if (group === undefined || group.t !== 'group' || group.alts.length > budget) return [alt];
  return group.alts.map((branch, b) => ({
    nodes: [...alt.nodes.slice(0, g), ...branch, ...alt.nodes.slice(g + 1)],
    sources: [...alt.sources.slice(0, g), group.sources[b]!, ...alt.sources.slice(g + 1)],
  }));
}
