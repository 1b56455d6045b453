// SPDX-License-Identifier: MIT
// The report's body sections as HTML fragments: exposure, dossiers, clusters, incidents and the
// cited messages. Every value is escaped here; message text is only ever element content, and text
// from other people's phones (senders, bodies, shared values) goes through visibleHtml.
import type { ReportInput } from '../model/report';
import type { Annotation } from '../model/annotation';
import type { SenderDossier } from '../model/timeline';
import {
  CATEGORY_NAMES,
  CITATION_NAMES,
  ITEM_TYPE_NAMES,
  LINK_REASON_NAMES,
  SENDER_KIND_NAMES,
  STAGE_NAMES,
  type ReportStrings,
} from './report-strings';
import { escapeHtml as e, fill, localTime, utcTime, visibleHtml as v } from './report-text';

/** The most dossiers one report lists: senders that knew something come first. */
export const DOSSIER_CAP = 500;

export interface SectionContext {
  input: ReportInput;
  t: ReportStrings;
  /** Item key → its (masked unless revealed) label. */
  labels: ReadonlyMap<string, string>;
  /** Message ids that appear in the cited-messages section, so links to them resolve. */
  citedIds: ReadonlySet<number>;
}

export function messageLink(ctx: SectionContext, id: number): string {
  return ctx.citedIds.has(id) ? `<a href="#m-${id}">#${id}</a>` : `#${id}`;
}

/** The user's own star, tags and note, set apart so that nobody takes them for the evidence. */
function marks(ctx: SectionContext, a: Annotation): string {
  if (!isMarked(a)) return '';
  const { t } = ctx;
  const parts = [
    ...(a.starred ? [`★ ${e(t.starred)}`] : []),
    ...(a.tags.length > 0 ? [`${e(t.tags)}: ${a.tags.map(e).join('、')}`] : []),
    ...(a.note !== null ? [`${e(t.note)}: ${e(a.note)}`] : []),
  ];
  return `<div class="marks" title="${e(t.yourMarks)}">${parts.join('; ')}</div>`;
}

function when(ctx: SectionContext, ms: number | null): string {
  if (ms === null) return '–';
  return `${e(localTime(ms, ctx.input.timeZone))}<br><span class="utc">${e(utcTime(ms))}</span>`;
}

export function exposureSection(ctx: SectionContext): string {
  const { input, t } = ctx;
  const curves = new Map(input.timeline.curves.map((c) => [c.item, c]));
  const rows = input.timeline.items.map((item) => {
    const points = curves.get(item.key)?.points ?? [];
    const first = points[0];
    return `<tr><td>${e(item.label)}</td><td>${e(ITEM_TYPE_NAMES[input.lang][item.type])}</td><td class="n">${points.length}</td>
      <td>${first ? when(ctx, first.time) : '–'}</td>
      <td class="addr">${first ? v(senderAddress(input, first.senderId)) : '–'}</td><td>${first ? messageLink(ctx, first.messageId) : '–'}</td></tr>`;
  });
  const any = input.timeline.curves.some((c) => c.points.length > 0);
  return `<section id="exposure"><h2>${e(t.exposure)}</h2><p>${e(t.exposureIntro)}</p>
    ${any ? '' : `<p class="none">${e(t.noExposure)}</p>`}
    <table><thead><tr><th>${e(t.item)}</th><th>${e(t.kind)}</th><th>${e(t.senderCount)}</th><th>${e(t.firstKnown)}</th><th>${e(t.firstSender)}</th><th>${e(t.evidence)}</th></tr></thead>
    <tbody>${rows.join('')}</tbody></table></section>`;
}

function senderAddress(input: ReportInput, senderId: number): string {
  return input.timeline.senders.find((s) => s.senderId === senderId)?.address
    ?? input.timeline.events.find((ev) => ev.senderId === senderId)?.sender
    ?? `#${senderId}`;
}

const isMarked = (a: Annotation) => a.starred || a.tags.length > 0 || a.note !== null;

/** Senders worth a dossier in the report: those the user marked, that knew something, are linked, or carry risk. */
export function reportedDossiers(senders: readonly SenderDossier[]): { shown: SenderDossier[]; omitted: number } {
  const relevant = senders
    .filter((s) => isMarked(s.annotation) || s.knows.length > 0 || s.cluster !== null || s.risk >= 0.5)
    .sort((a, b) => Number(isMarked(b.annotation)) - Number(isMarked(a.annotation)) || b.knows.length - a.knows.length || b.risk - a.risk || a.senderId - b.senderId);
  return { shown: relevant.slice(0, DOSSIER_CAP), omitted: Math.max(0, relevant.length - DOSSIER_CAP) };
}

export function dossierSection(ctx: SectionContext): string {
  const { input, t } = ctx;
  const { shown, omitted } = reportedDossiers(input.timeline.senders);
  const rows = shown.map((s) => {
    const cats = Object.entries(s.categories)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${e(CATEGORY_NAMES[input.lang][c as keyof (typeof CATEGORY_NAMES)['zh']])} ${n}`)
      .join('、');
    const knows = s.knows
      .map((k) => `${e(ctx.labels.get(k.item) ?? k.item)} (${e(localTime(k.firstTime, input.timeZone).slice(0, 10))}, ${messageLink(ctx, k.messageId)})`)
      .join('<br>');
    return `<tr id="s-${s.senderId}"><td class="addr">${v(s.address)}${s.contactName ? `<br>${v(s.contactName)}` : ''}${marks(ctx, s.annotation)}</td>
      <td>${e(SENDER_KIND_NAMES[input.lang][s.kind])}</td><td>${when(ctx, s.firstSeen)}<br>${when(ctx, s.lastSeen)}</td>
      <td class="n">${s.messages} / ${s.calls}</td><td>${cats || '–'}</td><td class="n">${s.risk.toFixed(2)}</td>
      <td>${knows || '–'}</td><td>${s.cluster !== null ? `<a href="#c-${s.cluster}">#${s.cluster}</a>` : '–'}</td></tr>`;
  });
  return `<section id="dossiers"><h2>${e(t.dossiers)}</h2><p>${e(t.dossiersIntro)}</p>
    <table class="small"><thead><tr><th>${e(t.sender)}</th><th>${e(t.kind)}</th><th>${e(t.firstLast)}</th><th>${e(t.messagesCalls)}</th><th>${e(t.categories)}</th><th>${e(t.risk)}</th><th>${e(t.knows)}</th><th>${e(t.cluster)}</th></tr></thead>
    <tbody>${rows.join('')}</tbody></table>
    ${omitted > 0 ? `<p class="note">${e(fill(t.dossiersCapped, { n: omitted }))}</p>` : ''}</section>`;
}

export function clusterSection(ctx: SectionContext): string {
  const { input, t } = ctx;
  const clusters = input.timeline.clusters.map((c) => {
    const reasons = c.reasons.map(
      (r) => `<tr><td>${e(LINK_REASON_NAMES[input.lang][r.kind])}</td><td class="addr">${v(r.value)}</td>
        <td class="addr">${r.senders.map((s) => v(s)).join('<br>')}</td><td>${r.messageIds.map((id) => messageLink(ctx, id)).join(' ')}</td></tr>`,
    );
    return `<div class="cluster" id="c-${c.id}"><h3>${e(t.cluster)} #${c.id}: ${c.senders.map((s) => v(s)).join('、')}</h3>
      <table class="small"><thead><tr><th>${e(t.reason)}</th><th>${e(t.sharedValue)}</th><th>${e(t.sender)}</th><th>${e(t.evidence)}</th></tr></thead>
      <tbody>${reasons.join('')}</tbody></table></div>`;
  });
  return `<section id="clusters"><h2>${e(t.clusters)}</h2><p>${e(t.clustersIntro)}</p>
    ${clusters.length > 0 ? clusters.join('') : `<p class="none">${e(t.noClusters)}</p>`}</section>`;
}

export function incidentSection(ctx: SectionContext): string {
  const { input, t } = ctx;
  const incidents = input.timeline.incidents.map((inc) => {
    const steps = inc.steps.map(
      (s) => `<tr${s.stage === 'contacts' || s.stage === 'threat' ? ' class="mark"' : ''}><td>${when(ctx, s.time)}</td>
        <td><b>${e(STAGE_NAMES[input.lang][s.stage])}</b></td><td>${e(CATEGORY_NAMES[input.lang][s.category])}</td>
        <td class="addr">${v(s.sender)}</td><td>${messageLink(ctx, s.messageId)}</td></tr>`,
    );
    return `<div class="incident" id="i-${e(inc.id)}"><h3>${v(inc.title)}</h3>
      ${inc.contactsDrawnIn !== null ? `<p><b>${e(t.contactsDrawnIn)}:</b> ${when(ctx, inc.contactsDrawnIn)}</p>` : ''}
      <table class="small"><thead><tr><th>${e(t.time)}</th><th>${e(t.stage)}</th><th>${e(t.categories)}</th><th>${e(t.sender)}</th><th>${e(t.evidence)}</th></tr></thead>
      <tbody>${steps.join('')}</tbody></table></div>`;
  });
  return `<section id="incidents"><h2>${e(t.incidents)}</h2><p>${e(t.incidentsIntro)}</p>
    ${incidents.length > 0 ? incidents.join('') : `<p class="none">${e(t.noIncidents)}</p>`}</section>`;
}

export function citedSection(ctx: SectionContext): string {
  const { input, t } = ctx;
  const omitted = input.citable - input.messages.length;
  const blocks = input.messages.map((m) => {
    const items = m.items.map((k) => e(ctx.labels.get(k) ?? k)).join('、');
    return `<article class="msg" id="m-${m.id}">
      <dl>
        <dt>${e(t.messageId)}</dt><dd>${m.id}</dd>
        <dt>${e(t.sender)}</dt><dd class="addr">${v(m.sender)} (${e(m.direction === 'in' ? t.incoming : t.outgoing)})</dd>
        <dt>${e(t.localTime)}</dt><dd>${e(localTime(m.time, input.timeZone))}${m.timeSuspect ? ` <b>[${e(t.suspectTime)}]</b>` : ''}</dd>
        <dt>${e(t.utc)}</dt><dd>${e(utcTime(m.time))}</dd>
        <dt>${e(t.categories)}</dt><dd>${m.category ? e(CATEGORY_NAMES[input.lang][m.category]) : '–'}${m.risk !== null ? `, ${e(t.risk)} ${m.risk.toFixed(2)}` : ''}</dd>
        ${isMarked(m.annotation) ? `<dt>${e(t.yourMarks)}</dt><dd>${marks(ctx, m.annotation)}</dd>` : ''}
        <dt>${e(t.citedFor)}</dt><dd>${m.reasons.map((r) => e(CITATION_NAMES[input.lang][r])).join('、')}${items ? `: ${items}` : ''}</dd>
        <dt>${e(t.source)}</dt><dd class="addr">${e(m.sourceFile)}</dd>
        <dt>${e(t.sourceSha)}</dt><dd class="hash">${e(m.sourceSha256)}</dd>
      </dl>
      <pre class="body">${v(m.body, 'body')}</pre></article>`;
  });
  return `<section id="cited"><h2>${e(t.cited)}</h2><p>${e(t.citedIntro)}</p>
    ${omitted > 0 ? `<p class="note">${e(fill(t.citedCapped, { n: omitted }))}</p>` : ''}
    ${blocks.join('')}</section>`;
}
