// SPDX-License-Identifier: MIT
// iPhone Messages for an SMS thread: grey incoming and green outgoing bubbles, a translucent header
// with the contact's round avatar and the number or name under it, small grey centred times, and
// the "短信" label iOS draws above an SMS thread.
import { avatarLetter, escapeHtml, PERSON_GLYPH, statusGlyphs, type AppSkin, type SenderShown, type SkinPalette } from './app-skin';

export const IOS_SKIN: AppSkin = {
  app: 'ios',
  viewport: { width: 390, height: 844 },
  incomingAvatar: false,
  palette: {
    light: {
      background: '#ffffff',
      text: '#000000',
      subtle: '#8e8e93',
      incomingBackground: '#e9e9eb',
      incomingText: '#000000',
      outgoingBackground: '#34c759',
      outgoingText: '#ffffff',
      barBackground: '#f6f6f6',
      fieldBackground: '#ffffff',
      accent: '#007aff',
      divider: '#d1d1d6',
    },
    dark: {
      background: '#000000',
      text: '#ffffff',
      subtle: '#8d8d93',
      incomingBackground: '#262629',
      incomingText: '#ffffff',
      outgoingBackground: '#30b94f',
      outgoingText: '#ffffff',
      barBackground: '#161618',
      fieldBackground: '#000000',
      accent: '#0a84ff',
      divider: '#38383a',
    },
  },
  css: (p: SkinPalette) => `
.status { height: 47px; padding: 14px 30px 0 46px; font-size: 17px; font-weight: 600; }
.header { height: 98px; position: relative; border-bottom: 0.5px solid ${p.divider}; text-align: center; }
.header .back { position: absolute; left: 10px; top: 20px; color: ${p.accent}; font-size: 34px; font-weight: 300; line-height: 1; }
.header .face { width: 52px; height: 52px; border-radius: 50%; margin: 6px auto 4px; background: linear-gradient(#a5abb8, #858994); color: #fff; font-size: 24px; display: flex; align-items: center; justify-content: center; }
.header .who { font-size: 12px; color: ${p.text}; }
.header .who::after { content: ' ›'; color: ${p.subtle}; }
.sep { font-size: 11.5px; }
.bubble { font-size: 17px; line-height: 1.3; padding: 7px 12px; border-radius: 18px; max-width: 72%; }
.row { margin: 2px 14px; }
.composer { padding: 8px 12px 34px; background: ${p.background}; }
.plus { width: 34px; height: 34px; border-radius: 50%; background: ${p.incomingBackground}; color: ${p.subtle}; font-size: 24px; display: flex; align-items: center; justify-content: center; }
.field { height: 36px; border: 1px solid ${p.divider}; border-radius: 18px; padding: 0 14px; font-size: 16px; justify-content: space-between; }
`,
  statusBar: (clock, battery) => `<div class="status"><span>${escapeHtml(clock)}</span>${statusGlyphs(battery, false)}</div>`,
  header: (sender: SenderShown) => {
    const letter = avatarLetter(sender);
    return `<div class="header"><span class="back">‹</span><div class="face">${letter ? escapeHtml(letter) : PERSON_GLYPH}</div><div class="who">${escapeHtml(sender.display)}</div></div>`;
  },
  composer: () => `<div class="composer"><span class="plus">+</span><div class="field"><span>短信</span><span class="mic"></span></div></div>`,
  threadLead: () => `<div class="lead">短信</div>`,
};
