// SPDX-License-Identifier: MIT
// The evidence report as one self-contained HTML file: inline CSS, inline SVG, no script, no font,
// no image, and a Content-Security-Policy that forbids loading anything, so that opening it (or
// printing it to PDF) never reaches the network whatever the cited messages contain.
import type { ReportInput } from '../model/report';
import { exposureCurvesSvg, monthlyHistogramSvg } from './report-charts';
import {
  citedSection,
  clusterSection,
  dossierSection,
  exposureSection,
  incidentSection,
  messageLink,
  reportedDossiers,
  type SectionContext,
} from './report-sections';
import { reportStrings } from './report-strings';
import { adviceText } from '../advice/advice-text';
import { escapeHtml as e, localDate, localTime, MARKER_CLASS, utcTime, visibleHtml as v } from './report-text';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; script-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

const CSS = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#111;margin:2em auto;max-width:60em;line-height:1.45;font-size:14px;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #111;padding-bottom:.2em;margin-top:2em}h3{font-size:1.1em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #888;padding:.25em .4em;vertical-align:top;text-align:left}
th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums}table.small{font-size:.9em}
.addr,.hash{font-family:"Noto Sans Mono",monospace;word-break:break-all}.${MARKER_CLASS}{font-family:"Noto Sans Mono",monospace;font-size:.85em;font-style:normal;border:1px solid #111;border-radius:2px;padding:0 .15em;white-space:nowrap;direction:ltr;unicode-bidi:isolate}.hash{font-size:.85em}.utc{color:#555;font-size:.85em}.marks{border-left:3px solid #999;padding-left:.4em;font-style:italic}
.meta dt{font-weight:bold;float:left;clear:left;width:13em}.meta dd{margin-left:13em}
.notice{border:2px solid #111;padding:.4em .6em;font-weight:bold}
.none,.note{font-style:italic}
tr.mark td{font-weight:bold;border-left:4px solid #111}
.msg{border:1px solid #888;margin:.8em 0;padding:.4em .6em;break-inside:avoid}
.msg dl{display:grid;grid-template-columns:11em 1fr;margin:0;font-size:.9em}.msg dt{font-weight:bold}.msg dd{margin:0}
pre.body{white-space:pre-wrap;word-break:break-word;font-family:inherit;background:#f6f6f6;border-left:3px solid #111;padding:.4em .6em;margin:.4em 0 0}
.advice li{margin:.4em 0}
svg{max-width:100%;height:auto}svg .axis{stroke:#111;stroke-width:1}svg .step{fill:none;stroke:#111;stroke-width:1.6}
svg .dot{fill:#fff;stroke:#111;stroke-width:1.2}svg .bar{fill:#555;stroke:#111;stroke-width:.5}
svg text{font-size:11px;fill:#111}svg .lbl{font-size:12px}svg .num{font-size:10px}svg .tick{font-size:10px}
@page{size:A4;margin:14mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-after:avoid}section{break-inside:auto}tr,.cluster,.incident{break-inside:avoid}a{color:#111;text-decoration:none}th{background:#ddd!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

export function renderHtml(input: ReportInput): string {
  const t = reportStrings(input.lang);
  const ctx: SectionContext = {
    input,
    t,
    labels: new Map(input.timeline.items.map((i) => [i.key, i.label])),
    citedIds: new Set(input.messages.map((m) => m.id)),
  };
  const sections = [
    summarySection(ctx),
    exposureSection(ctx),
    chartsSection(ctx),
    dossierSection(ctx),
    clusterSection(ctx),
    incidentSection(ctx),
    citedSection(ctx),
  ].join('\n');
  // Escaping turns every `<` of the cited text into &lt;: only visibleHtml can have written this.
  const hasMarkers = sections.includes(`<span class="${MARKER_CLASS}"`);
  return `<!DOCTYPE html>
<html lang="${input.lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<title>${e(t.title)}</title><style>${CSS}</style></head>
<body>
<header><h1>${e(t.title)}</h1>
<dl class="meta">
<dt>${e(t.generated)}</dt><dd>${e(localTime(input.generatedAt, input.timeZone))} (${e(utcTime(input.generatedAt))})</dd>
<dt>${e(t.timeZone)}</dt><dd>${e(input.timeZone)}</dd>
<dt>${e(t.contentHash)}</dt><dd class="hash" id="content-hash">${e(input.dbContentHash)}</dd>
<dt></dt><dd class="note">${e(t.contentHashNote)}</dd>
${input.appVersion ? `<dt>${e(t.appVersion)}</dt><dd>Leakline ${e(input.appVersion)}</dd>` : ''}
</dl>
<p class="notice">${e(input.reveal ? t.revealed : t.masked)}</p>
${hasMarkers ? `<p class="note" id="invisible-note">${e(t.invisibleNote)}</p>` : ''}</header>
${sections}
</body></html>
`;
}

function summarySection(ctx: SectionContext): string {
  const { input, t } = ctx;
  const tl = input.timeline;
  // A loop, not Math.min(...): spreading a hundred thousand senders' dates overflows the call stack.
  let first = Infinity;
  let last = -Infinity;
  for (const s of tl.senders) {
    if (s.firstSeen !== null) first = Math.min(first, s.firstSeen);
    if (s.lastSeen !== null) last = Math.max(last, s.lastSeen);
  }
  const period = first <= last ? `${localDate(first, input.timeZone)} – ${localDate(last, input.timeZone)}` : '–';
  const knowing = tl.senders.filter((s) => s.knows.length > 0).length;
  const exposed = tl.curves.filter((c) => c.points.length > 0).length;
  const rows: [string, string | number][] = [
    [t.period, period],
    [t.totalMessages, input.totals.messages],
    [t.totalCalls, input.totals.calls],
    [t.totalSenders, input.totals.senders],
    [t.totalSources, input.totals.sources],
    [t.sendersWhoKnew, knowing],
    [t.exposedItems, `${exposed} / ${tl.items.length}`],
    [t.clustersCount, tl.clusters.length],
    [t.incidentsCount, tl.incidents.length],
    [t.dossiers, reportedDossiers(tl.senders).shown.length],
    [t.cited, input.messages.length],
    [t.suspectTimes, tl.suspectTimes.length],
  ];
  return `<section id="summary"><h2>${e(t.summary)}</h2>
    <table><tbody>${rows.map(([k, v]) => `<tr><th>${e(k)}</th><td>${e(String(v))}</td></tr>`).join('')}</tbody></table>
    <h3>${e(t.nextSteps)}</h3>${adviceList(ctx)}</section>`;
}

function adviceList(ctx: SectionContext): string {
  const { input, t } = ctx;
  if (input.advice.length === 0) return `<p class="none">${e(t.noAdvice)}</p>`;
  const items = [...input.advice]
    .sort((a, b) => a.priority - b.priority)
    .map((a) => {
      const channels = a.channels
        .map((c) => `${e(c.name)} ${e(c.contact)} (${e(c.purpose === 'verify' ? t.verify : t.report)})`)
        .join('; ');
      const evidence = a.messageIds.slice(0, 20).map((id) => messageLink(ctx, id)).join(' ');
      return `<li>${v(adviceText(a, input.lang, (ms) => localDate(ms, input.timeZone)), 'body')}
        ${channels ? `<div>${e(t.channels)}: ${channels}</div>` : ''}
        ${evidence ? `<div>${e(t.evidence)}: ${evidence}</div>` : ''}</li>`;
    });
  return `<ol class="advice">${items.join('')}</ol>`;
}

function chartsSection(ctx: SectionContext): string {
  const { input, t } = ctx;
  const curves = exposureCurvesSvg(input.timeline.curves, ctx.labels, input.timeZone);
  const histogram = monthlyHistogramSvg(input.monthly);
  return `<section id="charts"><h2>${e(t.curves)}</h2><p>${e(t.curvesIntro)}</p>${curves || `<p class="none">${e(t.noExposure)}</p>`}
    <h2>${e(t.histogram)}</h2>${histogram}</section>`;
}
