// SPDX-License-Identifier: MIT
// The Android message apps Leakline's users screenshot: stock Android (Google Messages), MIUI /
// HyperOS, EMUI / HarmonyOS and ColorOS. They share a shape (status bar with a battery percentage,
// a header with a back arrow, bubbles, an input pill) and differ in colours, header layout and
// whether incoming bubbles carry a letter avatar.
import { avatarLetter, escapeHtml, PERSON_GLYPH, statusGlyphs, type AppSkin, type CorpusApp, type SenderShown, type SkinPalette } from './app-skin';
import { avatarColour } from './screen-html';

const ANDROID_VIEWPORT = { width: 393, height: 873 };

interface AndroidShape {
  app: CorpusApp;
  palette: AppSkin['palette'];
  /** 'left': back arrow, avatar and name in a row; 'centre': title centred with the number below. */
  headerLayout: 'left' | 'centre';
  incomingAvatar: boolean;
  bubbleRadius: string;
  fontSize: number;
  placeholder: string;
  extraCss?: (p: SkinPalette) => string;
}

function androidSkin(shape: AndroidShape): AppSkin {
  return {
    app: shape.app,
    viewport: ANDROID_VIEWPORT,
    palette: shape.palette,
    incomingAvatar: shape.incomingAvatar,
    css: (p) => `
.status { height: 30px; padding: 0 18px 0 22px; font-size: 13px; }
.header { height: 64px; display: flex; align-items: center; gap: 14px; padding: 0 14px; color: ${p.text}; }
.header .back { font-size: 24px; line-height: 1; }
.header .title { flex: 1; min-width: 0; }
.header .name { font-size: 20px; }
.header .sub { font-size: 12.5px; color: ${p.subtle}; margin-top: 2px; }
.header .icons { display: flex; gap: 18px; font-size: 20px; color: ${p.subtle}; }
.header.centre .title { text-align: center; }
.header.centre .name { font-size: 18px; font-weight: 600; }
.face { width: 36px; height: 36px; border-radius: 50%; color: #fff; display: flex; align-items: center; justify-content: center; font-size: 17px; }
.bubble { border-radius: ${shape.bubbleRadius}; font-size: ${shape.fontSize}px; padding: 9px 13px; }
.composer { padding: 8px 12px 22px; }
.composer .plus { font-size: 26px; color: ${p.accent}; }
.field { height: 42px; border-radius: 21px; padding: 0 16px; font-size: 15px; }
.send { width: 40px; height: 40px; border-radius: 50%; background: ${p.accent}; color: #fff; display: flex; align-items: center; justify-content: center; font-size: 18px; }
${shape.extraCss?.(p) ?? ''}`,
    statusBar: (clock, battery) => `<div class="status"><span>${escapeHtml(clock)}</span>${statusGlyphs(battery, true)}</div>`,
    header: (sender: SenderShown) => {
      const letter = avatarLetter(sender);
      const sub = sender.isName ? `<div class="sub">手机</div>` : '';
      if (shape.headerLayout === 'centre') {
        return `<div class="header centre"><span class="back">←</span><div class="title"><div class="name">${escapeHtml(sender.display)}</div>${sub}</div><span class="icons">☏&#xFE0E;</span></div>`;
      }
      const face = `<div class="face" style="background:${avatarColour(sender.address)}">${letter ? escapeHtml(letter) : PERSON_GLYPH}</div>`;
      return `<div class="header"><span class="back">←</span>${face}<div class="title"><div class="name">${escapeHtml(sender.display)}</div></div><span class="icons">☏&#xFE0E; ⋮</span></div>`;
    },
    composer: () => `<div class="composer"><span class="plus">⊕</span><div class="field">${escapeHtml(shape.placeholder)}</div><span class="send">➤&#xFE0E;</span></div>`,
    threadLead: () => '',
  };
}

const palette = (light: Partial<SkinPalette>, dark: Partial<SkinPalette>): AppSkin['palette'] => ({
  light: {
    background: '#ffffff',
    text: '#1f1f1f',
    subtle: '#747775',
    incomingBackground: '#f0f0f0',
    incomingText: '#1f1f1f',
    outgoingBackground: '#1a73e8',
    outgoingText: '#ffffff',
    barBackground: '#ffffff',
    fieldBackground: '#f1f3f4',
    accent: '#1a73e8',
    divider: '#e0e0e0',
    ...light,
  },
  dark: {
    background: '#121212',
    text: '#e3e3e3',
    subtle: '#9aa0a6',
    incomingBackground: '#2b2b2b',
    incomingText: '#e3e3e3',
    outgoingBackground: '#0b57d0',
    outgoingText: '#ffffff',
    barBackground: '#121212',
    fieldBackground: '#2b2b2b',
    accent: '#8ab4f8',
    divider: '#3c4043',
    ...dark,
  },
});

export const GOOGLE_MESSAGES_SKIN = androidSkin({
  app: 'google-messages',
  headerLayout: 'left',
  incomingAvatar: true,
  bubbleRadius: '20px',
  fontSize: 16,
  placeholder: '短信',
  palette: palette(
    { background: '#fdfcff', incomingBackground: '#e9eef6', outgoingBackground: '#d3e3fd', outgoingText: '#041e49', barBackground: '#fdfcff' },
    { background: '#1b1b1f', incomingBackground: '#2e3036', incomingText: '#e3e3e3', outgoingBackground: '#004a77', outgoingText: '#c2e7ff', barBackground: '#1b1b1f', fieldBackground: '#2e3036' },
  ),
});

export const MIUI_SKIN = androidSkin({
  app: 'miui',
  headerLayout: 'centre',
  incomingAvatar: false,
  bubbleRadius: '14px',
  fontSize: 16,
  placeholder: '短信',
  palette: palette(
    { background: '#f5f5f5', incomingBackground: '#ffffff', incomingText: '#000000', outgoingBackground: '#0d84ff', barBackground: '#f5f5f5', fieldBackground: '#ffffff', accent: '#0d84ff' },
    { background: '#000000', incomingBackground: '#1f1f1f', incomingText: '#e6e6e6', outgoingBackground: '#0b6ed6', barBackground: '#000000', fieldBackground: '#1f1f1f', accent: '#2d8cff' },
  ),
});

export const EMUI_SKIN = androidSkin({
  app: 'emui',
  headerLayout: 'left',
  incomingAvatar: false,
  bubbleRadius: '16px 16px 16px 4px',
  fontSize: 16,
  placeholder: '信息',
  palette: palette(
    { background: '#f1f3f5', incomingBackground: '#ffffff', incomingText: '#191919', outgoingBackground: '#007dff', barBackground: '#f1f3f5', fieldBackground: '#ffffff', accent: '#007dff' },
    { background: '#000000', incomingBackground: '#262626', incomingText: '#e5e5e5', outgoingBackground: '#0a59f7', barBackground: '#000000', fieldBackground: '#262626', accent: '#3f97e9' },
  ),
  extraCss: () => `.row.out .bubble { border-radius: 16px 16px 4px 16px; } .header .face { display: none; }`,
});

export const COLOROS_SKIN = androidSkin({
  app: 'coloros',
  headerLayout: 'centre',
  incomingAvatar: false,
  bubbleRadius: '18px',
  fontSize: 16,
  placeholder: '短信',
  palette: palette(
    { background: '#ffffff', incomingBackground: '#f2f2f2', incomingText: '#000000', outgoingBackground: '#2aae5c', barBackground: '#ffffff', accent: '#2aae5c' },
    { background: '#000000', incomingBackground: '#2a2a2a', incomingText: '#ebebeb', outgoingBackground: '#1f8f4a', barBackground: '#000000', fieldBackground: '#2a2a2a', accent: '#33c36b' },
  ),
});
