// SPDX-License-Identifier: MIT
// One message in, its whole analysis out: generic personal-information detectors, matching against
// the user's profile, the rule-based classifier, and the model learned from the user's labels.
// Pure and synchronous, so that the CLI's `classify`, the analysis workers and the tests share it.
import type { Category, MessageAnalysis, Signal } from '../model/analysis';
import type { Profile } from '../model/profile';
import { detectPii } from '../pii/detect-pii';
import { compileProfileMatcher } from '../profile/profile-matcher';
import { classifyMessage } from '../classify/classify-message';
import { NaiveBayes, type NaiveBayesData } from '../learning/naive-bayes';

/** Longer texts (MMS, pasted documents) are analysed on their start: evidence sits up front. */
export const ANALYSED_CHARS = 4000;
/** The model overrules a rule verdict of `other` at this posterior, any other verdict only at the next. */
const MODEL_OVER_OTHER = 0.8;
const MODEL_OVER_RULES = 0.98;
const MODEL_MIN_EXAMPLES = 10;

export interface AnalyzerSetup {
  profile?: Profile;
  model?: NaiveBayesData | null;
}

export interface AnalyzerInput {
  text: string;
  sender: string | null;
  /** Messages the user sent are theirs: no category guess, no risk; details are still found. */
  direction?: 'in' | 'out';
}

export type MessageAnalyzer = (input: AnalyzerInput) => MessageAnalysis;

export function createMessageAnalyzer(setup: AnalyzerSetup = {}): MessageAnalyzer {
  const matcher = compileProfileMatcher(setup.profile ?? {});
  const model = setup.model ? new NaiveBayes(setup.model) : null;
  return ({ text: fullText, sender, direction = 'in' }) => {
    const text = fullText.length > ANALYSED_CHARS ? fullText.slice(0, ANALYSED_CHARS) : fullText;
    const pii = detectPii(text);
    const mentions = matcher.empty ? [] : matcher.match(text, pii);
    if (direction === 'out') return { category: 'personal', categorySource: 'rules', risk: 0, signals: [], pii, mentions };
    const rules = classifyMessage({ text, sender }, { pii, mentions });
    const learned = model ? modelVerdict(model, text, rules.category) : null;
    if (!learned) return { category: rules.category, categorySource: 'rules', risk: rules.risk, signals: rules.signals, pii, mentions };
    const signals: Signal[] = [...rules.signals, { code: 'learned_model', start: null, end: null }];
    const risk = learned === 'fraud' ? Math.max(rules.risk, 0.7) : rules.risk;
    return { category: learned, categorySource: 'model', risk, signals, pii, mentions };
  };
}

/**
 * The model speaks where the rules found nothing (`other`), or against a rule verdict only when the
 * user has taught it examples of that very category: a model that never saw a verification code
 * has no grounds to call one something else, however sure its (overconfident) posterior looks.
 */
function modelVerdict(model: NaiveBayes, text: string, rulesCategory: Category): Category | null {
  if (model.examples < MODEL_MIN_EXAMPLES) return null;
  if (rulesCategory !== 'other' && !model.categories.includes(rulesCategory)) return null;
  const prediction = model.predict(text);
  if (!prediction || prediction.category === rulesCategory) return null;
  const bar = rulesCategory === 'other' ? MODEL_OVER_OTHER : MODEL_OVER_RULES;
  return prediction.probability >= bar ? prediction.category : null;
}
