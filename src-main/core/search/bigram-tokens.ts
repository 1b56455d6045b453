// SPDX-License-Identifier: MIT
// Bigram tokens for the search index. Every run of letters and digits becomes its overlapping
// bigrams followed by its last character alone, so that:
//  - a substring of two or more characters is a phrase of consecutive bigrams;
//  - a single character is the prefix of some token (prefix index '1');
//  - a query that ends a run at punctuation still lines up with the run's trailing single token.
// Case folding is left to FTS5's unicode61 tokenizer.

const RUN = /[\p{L}\p{N}]+/gu;

function runs(text: string): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(RUN)) out.push(Array.from(m[0]));
  return out;
}

/** The token string stored in messages_fts for one message body. */
export function indexTokens(text: string): string {
  const parts: string[] = [];
  for (const chars of runs(text)) {
    for (let i = 0; i + 1 < chars.length; i++) parts.push(chars[i]! + chars[i + 1]!);
    parts.push(chars[chars.length - 1]!);
  }
  return parts.join(' ');
}

/**
 * The FTS5 MATCH expression for a user's query, or null when the query has no letters or digits
 * (the caller then scans). The last run drops its trailing single token (the text may go on after
 * it) and, when it is a lone character, becomes a prefix so that it matches inside a longer run.
 */
export function matchExpression(query: string): string | null {
  const all = runs(query);
  if (all.length === 0) return null;
  const phrase: string[] = [];
  all.forEach((chars, index) => {
    const last = index === all.length - 1;
    if (chars.length === 1) {
      phrase.push(last ? `"${chars[0]}"*` : `"${chars[0]}"`);
      return;
    }
    for (let i = 0; i + 1 < chars.length; i++) phrase.push(`"${chars[i]}${chars[i + 1]}"`);
    if (!last) phrase.push(`"${chars[chars.length - 1]}"`);
  });
  return phrase.join(' + ');
}
