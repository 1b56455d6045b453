// SPDX-License-Identifier: MIT
// What one message app's screen looks like, as the corpus draws it: the colours of each theme and
// the markup of the parts around the thread (status bar, header, input bar). The thread itself is
// drawn the same way for every app (screen-html.ts) from these values.

export const CORPUS_APPS = ['ios', 'google-messages', 'miui', 'emui', 'coloros'] as const;
export type CorpusApp = (typeof CORPUS_APPS)[number];
export type CorpusTheme = 'light' | 'dark';

export interface SkinPalette {
  background: string;
  text: string;
  subtle: string;
  incomingBackground: string;
  incomingText: string;
  outgoingBackground: string;
  outgoingText: string;
  barBackground: string;
  fieldBackground: string;
  accent: string;
  divider: string;
}

export interface SenderShown {
  /** As the header prints it ("+86 138 0013 8000", "王律师"). */
  display: string;
  /** As a backup would store it ("+8613800138000", "王律师"). */
  address: string;
  /** A saved contact has a name; a bare number does not. */
  isName: boolean;
}

export interface AppSkin {
  app: CorpusApp;
  viewport: { width: number; height: number };
  palette: Record<CorpusTheme, SkinPalette>;
  /** CSS specific to the app, appended after the shared rules. */
  css(p: SkinPalette): string;
  statusBar(clock: string, battery: number): string;
  header(sender: SenderShown): string;
  composer(): string;
  /** Lines drawn at the top of the thread that are neither bubbles nor times (iOS "短信"). */
  threadLead(): string;
  /** Whether incoming bubbles carry a round avatar on their left. */
  incomingAvatar: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The first character of a name, or a person glyph for numbers, as avatars show them. */
export function avatarLetter(sender: SenderShown): string {
  if (!sender.isName) return '';
  return (sender.display.match(/^./u)?.[0] ?? '').toUpperCase();
}

/** The silhouette apps draw for a number without a contact, made of two CSS shapes (no emoji font). */
export const PERSON_GLYPH = '<span class="person"><i></i><b></b></span>';

/** Signal bars and a battery outline drawn with CSS, so no icon font is needed. */
export function statusGlyphs(battery: number, withPercent: boolean): string {
  const bars = [0, 1, 2, 3].map((i) => `<b style="height:${4 + i * 2.5}px"></b>`).join('');
  const percent = withPercent ? `<span class="pct">${battery}</span>` : '';
  return `<span class="glyphs"><span class="bars">${bars}</span><span class="net">5G</span>${percent}<span class="battery"><span class="fill" style="width:${battery}%"></span></span></span>`;
}
