// SPDX-License-Identifier: MIT
// A multinomial naive Bayes classifier over text features, trained on the user's own corrections
// on this machine. Naive Bayes because it learns something useful from a handful of examples,
// trains in one pass and is small enough to store in the database beside the data it came from.
import { z } from 'zod';
import { Category, type Category as CategoryT } from '../model/analysis';
import { textFeatures } from './text-features';

export const NaiveBayesData = z.object({
  classes: z.array(z.object({ category: Category, docs: z.number().int().min(1), tokens: z.number().int().min(0) })),
  /** token → counts per class, in the order of `classes`. */
  counts: z.record(z.string(), z.array(z.number().int().min(0))),
});
export type NaiveBayesData = z.infer<typeof NaiveBayesData>;

export interface Prediction {
  category: CategoryT;
  probability: number;
}

/** Counts features per class; vocabulary capped so that the stored model stays small. */
export function trainNaiveBayes(examples: Iterable<{ text: string; category: CategoryT }>, maxVocabulary = 50_000): NaiveBayesData {
  const classIndex = new Map<CategoryT, number>();
  const classes: NaiveBayesData['classes'] = [];
  const counts = new Map<string, number[]>();
  for (const { text, category } of examples) {
    let c = classIndex.get(category);
    if (c === undefined) {
      c = classes.length;
      classIndex.set(category, c);
      classes.push({ category, docs: 0, tokens: 0 });
      for (const row of counts.values()) row.push(0);
    }
    classes[c]!.docs++;
    for (const token of textFeatures(text)) {
      let row = counts.get(token);
      if (!row) {
        if (counts.size >= maxVocabulary) continue;
        row = new Array<number>(classes.length).fill(0);
        counts.set(token, row);
      }
      row[c]!++;
      classes[c]!.tokens++;
    }
  }
  return { classes, counts: Object.fromEntries(counts) };
}

/** A trained model ready to predict: log-probabilities precomputed once. */
export class NaiveBayes {
  private readonly logPriors: Float64Array;
  private readonly logLikelihood = new Map<string, Float64Array>();
  readonly categories: CategoryT[];
  readonly examples: number;

  constructor(data: NaiveBayesData) {
    const k = data.classes.length;
    const vocabulary = Object.keys(data.counts).length + 1;
    this.categories = data.classes.map((c) => c.category);
    this.examples = data.classes.reduce((n, c) => n + c.docs, 0);
    this.logPriors = Float64Array.from(data.classes, (c) => Math.log(c.docs / this.examples));
    for (const [token, row] of Object.entries(data.counts)) {
      const lp = new Float64Array(k);
      for (let c = 0; c < k; c++) lp[c] = Math.log(((row[c] ?? 0) + 1) / (data.classes[c]!.tokens + vocabulary));
      this.logLikelihood.set(token, lp);
    }
  }

  /** The most probable category and its posterior, or null if the model knows fewer than two. */
  predict(text: string): Prediction | null {
    const k = this.categories.length;
    if (k < 2) return null;
    const score = Float64Array.from(this.logPriors);
    let known = 0;
    for (const token of textFeatures(text)) {
      const lp = this.logLikelihood.get(token);
      if (!lp) continue;
      known++;
      for (let c = 0; c < k; c++) score[c]! += lp[c]!;
    }
    // Nothing the model has seen: its answer would be the prior alone.
    if (known === 0) return null;
    let best = 0;
    for (let c = 1; c < k; c++) if (score[c]! > score[best]!) best = c;
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp(score[c]! - score[best]!);
    return { category: this.categories[best]!, probability: 1 / sum };
  }
}
