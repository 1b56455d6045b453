// SPDX-License-Identifier: MIT
// The text a person saw in an MMS, written the way the SBR importer writes it so the same message
// from an SBR backup and from a database gets the same body (and so one dedupe key): text/plain
// parts in slide order joined by newlines, and the subject as a first line when it adds anything.

/** True for the parts whose text is message text (not SMIL layout, not media). */
export function isTextPart(contentType: string | null): boolean {
  return contentType !== null && contentType.trim().toLowerCase().startsWith('text/plain');
}

export function mmsBody(subject: string | null, texts: readonly string[]): string {
  const text = texts.join('\n');
  const topic = subject?.trim();
  if (!topic || topic === text.trim()) return text;
  return text ? `${topic}\n${text}` : topic;
}
