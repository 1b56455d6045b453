// SPDX-License-Identifier: MIT
// A screenshot shows a time only where the app drew a separator; bubbles scrolled in below the last
// separator of a shot have none on screen. Such a bubble was sent no earlier than the separator
// above it in the conversation, so it takes that time (marked as estimated). And every bubble under
// one separator shares its minute, so each gets its place in that minute as a second: the stored
// order then follows the screen, and the same code texted twice in one minute stays two messages
// (messages are deduplicated on sender, direction, whole second and text).

export interface SettledTime {
  time: number;
  estimated: boolean;
}

/** Seconds a minute can lend; bubbles past the 60th under one separator share the last second. */
const MAX_SPREAD_S = 59;

/**
 * Times for a conversation's bubbles in order: a known time stays; a missing one takes the nearest
 * earlier known time, else the nearest later one, else `fallback(i)` (local midnight of the day
 * the screenshot was taken). Then the k-th bubble on the same time gets k seconds more (at most 59).
 */
export function settleTimes(known: readonly (number | null)[], fallback: (index: number) => number): SettledTime[] {
  const nextKnown: (number | null)[] = new Array<number | null>(known.length).fill(null);
  let later: number | null = null;
  for (let i = known.length - 1; i >= 0; i--) {
    later = known[i] ?? later;
    nextKnown[i] = later;
  }
  let earlier: number | null = null;
  const seen = new Map<number, number>();
  return known.map((time, i) => {
    const base = time ?? earlier ?? nextKnown[i] ?? fallback(i);
    if (time !== null) earlier = time;
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    return { time: base + Math.min(k, MAX_SPREAD_S) * 1000, estimated: time === null };
  });
}
