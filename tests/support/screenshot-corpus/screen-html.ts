// SPDX-License-Identifier: MIT
// One conversation as a whole HTML page: the app's status bar, header and input bar around a
// scrollable thread of time lines and bubbles. Each drawn item carries data-item so the renderer
// can measure where it landed; fonts are the system's CJK fonts, nothing is loaded from outside.
import { avatarLetter, escapeHtml, PERSON_GLYPH, type AppSkin, type CorpusTheme, type SenderShown, type SkinPalette } from './app-skin';

export type PlannedItem =
  | { kind: 'separator'; text: string; time: string }
  | { kind: 'message'; direction: 'in' | 'out'; text: string };

export interface ScreenContent {
  skin: AppSkin;
  theme: CorpusTheme;
  sender: SenderShown;
  items: readonly PlannedItem[];
  statusClock: string;
  battery: number;
}

const FONTS = `'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', sans-serif`;

function sharedCss(p: SkinPalette): string {
  return `
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { width: 100%; height: 100%; overflow: hidden; background: ${p.background}; }
body { font-family: ${FONTS}; color: ${p.text}; -webkit-font-smoothing: antialiased; }
.screen { display: flex; flex-direction: column; width: 100vw; height: 100vh; }
.status { flex: none; display: flex; align-items: center; justify-content: space-between; color: ${p.text}; }
.glyphs { display: flex; align-items: center; gap: 5px; }
.bars { display: flex; align-items: flex-end; gap: 1.5px; height: 12px; }
.bars b { display: block; width: 3px; background: ${p.text}; border-radius: 1px; }
.net { font-size: 11px; font-weight: 600; }
.pct { font-size: 11px; }
.battery { position: relative; display: inline-block; width: 24px; height: 12px; border: 1.5px solid ${p.subtle}; border-radius: 3.5px; padding: 1px; }
.battery::after { content: ''; position: absolute; right: -4px; top: 3px; width: 2px; height: 4px; background: ${p.subtle}; border-radius: 0 1px 1px 0; }
.battery .fill { display: block; height: 100%; background: ${p.text}; border-radius: 1.5px; }
.header { flex: none; background: ${p.barBackground}; }
.thread { flex: 1; overflow: hidden; position: relative; }
.content { padding: 8px 0 12px; }
.sep { text-align: center; color: ${p.subtle}; font-size: 12px; line-height: 16px; margin: 14px auto 6px; width: max-content; }
.row { display: flex; align-items: flex-end; margin: 3px 12px; }
.row.out { justify-content: flex-end; }
.bubble { max-width: 74%; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 16px; line-height: 1.38; padding: 8px 12px; }
.row.in .bubble { background: ${p.incomingBackground}; color: ${p.incomingText}; }
.row.out .bubble { background: ${p.outgoingBackground}; color: ${p.outgoingText}; }
.avatar { flex: none; width: 32px; height: 32px; border-radius: 50%; margin-right: 8px; display: flex; align-items: center; justify-content: center; font-size: 15px; color: #fff; }
.avatar.hidden { visibility: hidden; }
.composer { flex: none; background: ${p.barBackground}; display: flex; align-items: center; gap: 10px; }
.field { flex: 1; background: ${p.fieldBackground}; color: ${p.subtle}; display: flex; align-items: center; }
.person { position: relative; display: block; width: 56%; height: 56%; overflow: hidden; }
.person i { position: absolute; left: 30%; top: 4%; width: 40%; height: 40%; border-radius: 50%; background: currentColor; }
.person b { position: absolute; left: 8%; top: 52%; width: 84%; height: 80%; border-radius: 50% 50% 0 0; background: currentColor; }
.mic { display: inline-block; width: 8px; height: 14px; border: 2px solid currentColor; border-radius: 4px; }
.lead { text-align: center; color: ${p.subtle}; font-size: 11px; margin-top: 6px; }
`;
}

function itemHtml(skin: AppSkin, sender: SenderShown, items: readonly PlannedItem[], index: number): string {
  const item = items[index] as PlannedItem;
  if (item.kind === 'separator') return `<div class="sep" data-item="${index}">${escapeHtml(item.text)}</div>`;
  const bubble = `<div class="bubble" data-item="${index}">${escapeHtml(item.text)}</div>`;
  if (item.direction === 'out') return `<div class="row out">${bubble}</div>`;
  if (!skin.incomingAvatar) return `<div class="row in">${bubble}</div>`;
  const next = items[index + 1];
  const lastOfRun = !(next?.kind === 'message' && next.direction === 'in');
  const letter = avatarLetter(sender);
  const avatar = `<div class="avatar${lastOfRun ? '' : ' hidden'}" style="background:${avatarColour(sender.address)}">${letter ? escapeHtml(letter) : PERSON_GLYPH}</div>`;
  return `<div class="row in">${avatar}${bubble}</div>`;
}

/** Apps colour a contact's avatar by a hash of the address; so does the corpus. */
export function avatarColour(address: string): string {
  const colours = ['#1a73e8', '#e8710a', '#188038', '#a142f4', '#d93025', '#12b5cb', '#e52592'];
  let hash = 0;
  for (const c of address) hash = (hash * 31 + (c.codePointAt(0) ?? 0)) >>> 0;
  return colours[hash % colours.length] as string;
}

export function screenHtml(content: ScreenContent): string {
  const { skin, theme, sender, items } = content;
  const palette = skin.palette[theme];
  const thread = items.map((_, i) => itemHtml(skin, sender, items, i)).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${sharedCss(palette)}${skin.css(palette)}</style></head>
<body><div class="screen app-${skin.app}">
${skin.statusBar(content.statusClock, content.battery)}
${skin.header(sender)}
<div class="thread" id="thread"><div class="content">${skin.threadLead()}
${thread}
</div></div>
${skin.composer()}
</div></body></html>`;
}
