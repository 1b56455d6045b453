// SPDX-License-Identifier: MIT
// Runs lexicon regexes the fast way with the results of the slow way. Each rule's top-level
// alternatives are sorted once into exact words, prefixed patterns and the rest
// (literal-expansion.ts); one trie walk per message finds the words and prefixes of every rule at
// once; per rule, the regex's own choice is then replayed: leftmost match first, at one position
// the earliest alternative (JS alternation is ordered, not longest), non-overlapping, at most
// `limit`, an empty match only moving on by one. Prefixed alternatives are confirmed by running
// just that alternative, anchored, where its prefix occurs; the rest still runs as one smaller
// regex. Rules the parser does not understand keep the plain regex scan.
import type { SignalCode } from '../model/analysis';
import { planAlternative, requiredWords } from './literal-expansion';
import { LiteralTrie } from './literal-trie';
import { distributeLeadingGroup, parseAlternatives, UnsupportedRegex, type TopAlternative } from './regex-syntax';
import type { SignalSink } from './signal-sink';

const EXACT = 0;
const PREFIX = 1;
const FREE = 2;

interface Alternative {
  kind: typeof EXACT | typeof PREFIX | typeof FREE;
  source: string;
  /** Match lengths of the exact words, by expansion order. */
  lengths: Int32Array | null;
  anchored: RegExp | null;
}

interface CompiledRule {
  id: number;
  flags: string;
  alts: Alternative[];
  /** The free alternatives in their order, as one global regex; null when there are none. */
  rest: RegExp | null;
  freeAlts: readonly number[];
  /** The rest can only match where one of its required words occurs (see `ruleGate`). */
  gated: boolean;
}

// An event is one number, so that a typed-array sort orders it by rule, start, alternative and
// expansion: the order in which the regex would consider them.
const SUB = 512;
const ALT = 1024;
const POS = 2 ** 21;
const MAX_RULES = 4096;
/** Rules beyond this many are assumed to be built per call and are not worth compiling. */
const MAX_COMPILED = 512;

const BOUNDARY_START = 1;
const BOUNDARY_END = 2;
const GATE = 4;

/** Plain scan of a global regex: the semantics the engine reproduces. */
export function scanWithRegex(sink: SignalSink, code: SignalCode, re: RegExp, text: string, limit: number): number {
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while (n < limit && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    sink.add(code, m.index, m.index + m[0].length);
    n++;
  }
  re.lastIndex = 0;
  return n;
}

class RuleEngine {
  private readonly byRegex = new WeakMap<RegExp, CompiledRule | null>();
  private readonly byList = new WeakMap<readonly object[], (CompiledRule | null)[]>();
  private readonly rules: CompiledRule[] = [];
  private readonly trie = new LiteralTrie();
  // What each trie word stands for, indexed by word id.
  private readonly wordLength: number[] = [];
  private readonly wordRule: number[] = [];
  private readonly wordAlt: number[] = [];
  private readonly wordSub: number[] = [];
  private readonly wordFlags: number[] = [];
  private readonly wordVerify: (string | null)[] = [];
  private version = 0;

  private cachedText: string | null = null;
  private cachedVersion = -1;
  private events = new Float64Array(256);
  private readonly ruleFrom = new Int32Array(MAX_RULES);
  private readonly ruleTo = new Int32Array(MAX_RULES);
  private readonly ruleStamp = new Int32Array(MAX_RULES);
  /** Equal to `stamp` when a required word of the rule's rest regex is in the text. */
  private readonly ruleGate = new Int32Array(MAX_RULES);
  private stamp = 0;

  /** scanRegex for each rule of a lexicon, its compiled rules looked up once per list. */
  scanList(sink: SignalSink, list: readonly { code: SignalCode; re: RegExp }[], text: string, limit: number): void {
    let compiled = this.byList.get(list);
    if (compiled === undefined || compiled.length !== list.length) {
      compiled = list.map((r) => this.compiled(r.re));
      this.byList.set(list, compiled);
    }
    const fits = text.length < POS;
    for (let i = 0; i < list.length; i++) {
      const rule = compiled[i]!;
      const { code, re } = list[i]!;
      if (rule === null || !fits) scanWithRegex(sink, code, re, text, limit);
      else this.scan(sink, code, rule, text, limit);
    }
  }

  /** Same signals and count as scanWithRegex. */
  scanRegex(sink: SignalSink, code: SignalCode, re: RegExp, text: string, limit: number): number {
    const rule = this.compiled(re);
    if (rule === null || text.length >= POS) return scanWithRegex(sink, code, re, text, limit);
    return this.scan(sink, code, rule, text, limit);
  }

  private compiled(re: RegExp): CompiledRule | null {
    let rule = this.byRegex.get(re);
    if (rule === undefined) {
      rule = this.rules.length < MAX_COMPILED ? this.compile(re) : null;
      this.byRegex.set(re, rule);
    }
    return rule;
  }

  private scan(sink: SignalSink, code: SignalCode, rule: CompiledRule, text: string, limit: number): number {
    this.prepare(text);
    let from = 0;
    let to = 0;
    if (this.ruleStamp[rule.id] === this.stamp) {
      from = this.ruleFrom[rule.id]!;
      to = this.ruleTo[rule.id]!;
    }
    const rest = rule.rest;
    let restDone = rest === null || (rule.gated && this.ruleGate[rule.id] !== this.stamp);
    if (from === to && restDone) return 0;
    const events = this.events;
    let last = 0;
    let n = 0;
    let ei = from;
    let restPos = -1;
    let restEnd = 0;
    while (n < limit) {
      let wordPos = -1;
      let wordAlt = 0;
      let wordEnd = 0;
      while (ei < to) {
        const p = Math.floor(events[ei]! / (ALT * SUB)) % POS;
        if (p < last) {
          ei++;
          continue;
        }
        let e = ei;
        let tried = -1;
        for (; e < to; e++) {
          const key = events[e]!;
          if (Math.floor(key / (ALT * SUB)) % POS !== p) break;
          const a = Math.floor(key / SUB) % ALT;
          const alt = rule.alts[a]!;
          if (alt.kind === EXACT) {
            wordEnd = p + alt.lengths![key % SUB]!;
          } else {
            if (a === tried) continue;
            tried = a;
            const m = this.execAt(rule, alt, text, p);
            if (m < 0) continue;
            wordEnd = p + m;
          }
          wordPos = p;
          wordAlt = a;
          break;
        }
        if (wordPos >= 0) break;
        ei = e;
      }
      if (!restDone && restPos < last) {
        rest!.lastIndex = last;
        const m = rest!.exec(text);
        if (m === null) restDone = true;
        else {
          restPos = m.index;
          restEnd = restPos + m[0].length;
        }
      }
      let pos: number;
      let end: number;
      if (!restDone && (wordPos < 0 || restPos < wordPos)) {
        pos = restPos;
        end = restEnd;
      } else if (wordPos < 0) {
        break;
      } else {
        pos = wordPos;
        end = wordEnd;
        // Both sides match here: a free alternative wins only if it comes first in the regex.
        if (!restDone && restPos === wordPos) {
          for (const a of rule.freeAlts) {
            if (a >= wordAlt) break;
            const m = this.execAt(rule, rule.alts[a]!, text, pos);
            if (m >= 0) {
              end = pos + m;
              break;
            }
          }
        }
      }
      if (end === pos) {
        last = pos + 1;
        continue;
      }
      sink.add(code, pos, end);
      n++;
      last = end;
    }
    if (rest !== null) rest.lastIndex = 0;
    return n;
  }

  /** Length of the alternative's match anchored at `p`, or -1. */
  private execAt(rule: CompiledRule, alt: Alternative, text: string, p: number): number {
    const re = (alt.anchored ??= new RegExp(alt.source, rule.flags.replace('g', '') + 'y'));
    re.lastIndex = p;
    const m = re.exec(text);
    return m === null ? -1 : m[0].length;
  }

  /** Finds every word and prefix of every rule in `text`, unless already done for this text. */
  private prepare(text: string): void {
    if (text === this.cachedText && this.version === this.cachedVersion) return;
    this.cachedText = text;
    this.cachedVersion = this.version;
    this.stamp++;
    const { hits, count } = this.trie.find(text);
    let events = this.events;
    if (events.length < count) this.events = events = new Float64Array(Math.max(count, 2 * events.length));
    let k = 0;
    for (let i = 0; i < count; i++) {
      const p = hits[2 * i]!;
      const w = hits[2 * i + 1]!;
      const verify = this.wordVerify[w];
      if (verify !== null && !text.startsWith(verify!, p)) continue;
      const flags = this.wordFlags[w]!;
      if (flags === GATE) {
        this.ruleGate[this.wordRule[w]!] = this.stamp;
        continue;
      }
      if (flags !== 0) {
        if (flags & BOUNDARY_START && !isBoundary(text, p)) continue;
        if (flags & BOUNDARY_END && !isBoundary(text, p + this.wordLength[w]!)) continue;
      }
      events[k++] = ((this.wordRule[w]! * POS + p) * ALT + this.wordAlt[w]!) * SUB + this.wordSub[w]!;
    }
    if (k === 0) return;
    const sorted = events.subarray(0, k).sort();
    for (let i = 0; i < k; i++) {
      const r = Math.floor(sorted[i]! / (POS * ALT * SUB));
      if (this.ruleStamp[r] !== this.stamp) {
        this.ruleStamp[r] = this.stamp;
        this.ruleFrom[r] = i;
      }
      this.ruleTo[r] = i + 1;
    }
  }

  private compile(re: RegExp): CompiledRule | null {
    const flags = re.flags;
    if (!flags.includes('g') || /[uvy]/.test(flags)) return null;
    let parsed: TopAlternative[];
    try {
      parsed = parseAlternatives(re.source).flatMap((a) => distributeLeadingGroup(a, ALT / 4));
    } catch (err) {
      if (err instanceof UnsupportedRegex) return null;
      throw err;
    }
    if (parsed.length >= ALT) return null;
    const ignoreCase = flags.includes('i');
    const plans = parsed.map((a) => planAlternative(a.nodes, ignoreCase));
    const id = this.rules.length;
    const alts: Alternative[] = [];
    const freeAlts: number[] = [];
    plans.forEach((plan, a) => {
      const source = parsed[a]!.sources.join('');
      if (plan.kind === 'free') {
        freeAlts.push(a);
        alts.push({ kind: FREE, source, lengths: null, anchored: null });
        return;
      }
      const exact = plan.kind === 'exact';
      const flagsOf = exact ? (plan.boundaryStart ? BOUNDARY_START : 0) | (plan.boundaryEnd ? BOUNDARY_END : 0) : 0;
      plan.words.forEach((w, sub) => this.addWord(w, ignoreCase, id, a, exact ? sub : 0, flagsOf));
      alts.push({
        kind: exact ? EXACT : PREFIX,
        source,
        lengths: exact ? Int32Array.from(plan.words, (w) => w.length) : null,
        anchored: null,
      });
    });
    const gates = freeAlts.map((a) => requiredWords(parsed[a]!.nodes, ignoreCase));
    const gated = freeAlts.length > 0 && gates.every((g) => g !== null);
    if (freeAlts.length === parsed.length && !gated) return null;
    if (gated) for (const words of gates) for (const w of words!) this.addWord(w, ignoreCase, id, 0, 0, GATE);
    const rest = freeAlts.length > 0 ? new RegExp(freeAlts.map((a) => alts[a]!.source).join('|'), flags) : null;
    const rule: CompiledRule = { id, flags, alts, rest, freeAlts, gated };
    this.rules.push(rule);
    this.version++;
    return rule;
  }

  private addWord(word: string, ignoreCase: boolean, rule: number, alt: number, sub: number, flags: number): void {
    this.trie.add(word.replace(/[A-Z]/g, (c) => c.toLowerCase()));
    this.wordLength.push(word.length);
    // The trie reads the text lower-cased; a case-sensitive word with letters is checked as written.
    this.wordVerify.push(!ignoreCase && /[A-Za-z]/.test(word) ? word : null);
    this.wordRule.push(rule);
    this.wordAlt.push(alt);
    this.wordSub.push(sub);
    this.wordFlags.push(flags);
  }
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `\b` without the u flag: word characters are exactly [A-Za-z0-9_]. */
function isBoundary(text: string, i: number): boolean {
  const before = i > 0 && isWordChar(text.charCodeAt(i - 1));
  const after = i < text.length && isWordChar(text.charCodeAt(i));
  return before !== after;
}

export const ruleEngine = new RuleEngine();
