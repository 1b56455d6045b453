// SPDX-License-Identifier: MIT
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../src-main/core/db/open';
import { importPath } from '../../../src-main/core/import/run-import';
import { analyseDatabase } from '../../../src-main/core/analysis/run-analysis';
import { parseProfileFile, saveProfile } from '../../../src-main/core/profile/profile-store';
import { CAST, LINKS, OPERATIONS, type CastKey } from '../../../src-main/core/demo/demo-cast';
import { normalizeAddress } from '../../../src-main/core/senders/normalize-address';
import { refreshLinkage } from '../../../src-main/core/linkage/refresh-linkage';
import { senderClusterIds, senderClusters } from '../../../src-main/core/linkage/cluster-store';
import { benchLinkage } from '../../../src-main/core/linkage/bench-linkage';
import { CancelledError } from '../../../src-main/core/errors';
import { SenderCluster } from '../../../src-main/core/model/timeline';

const DEMO = resolve(__dirname, '../../../resources/demo');
let dir: string;
let db: Database;

const address = (key: CastKey): string => normalizeAddress(CAST[key].number).address;
const digits = (s: string): string => s.replace(/\D/g, '');

async function demoDb(name: string): Promise<Database> {
  const d = openDatabase(join(dir, name), { key: null });
  await importPath(d, join(DEMO, 'demo-sms.xml'));
  await importPath(d, join(DEMO, 'demo-calls.xml'));
  saveProfile(d, parseProfileFile(readFileSync(join(DEMO, 'demo-profile.json'), 'utf8')));
  await analyseDatabase(d);
  return d;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-linkage-'));
  db = await demoDb('demo.db');
  refreshLinkage(db);
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function clusterOf(key: CastKey): SenderCluster | undefined {
  return senderClusters(db).find((c) => c.senders.includes(address(key)));
}

describe('sender linkage on the demo', { timeout: 120_000 }, () => {
  it('stores clusters that satisfy the shared schema', () => {
    const clusters = senderClusters(db);
    expect(clusters.length).toBeGreaterThan(0);
    for (const c of clusters) expect(() => SenderCluster.parse(c)).not.toThrow();
  });

  it('puts each multi-number operation of the story into exactly one cluster of its members', () => {
    for (const op of OPERATIONS.filter((o) => o.members.length > 1)) {
      const cluster = clusterOf(op.members[0]!);
      expect(cluster, op.key).toBeDefined();
      expect([...cluster!.senders].sort(), op.key).toEqual(op.members.map(address).sort());
    }
  });

  it('links the collection crew through the shared callback number, the repayment domain and the template', () => {
    const crew = clusterOf('collectorA')!;
    const callback = crew.reasons.find((r) => r.kind === 'callback' && r.value === digits(LINKS.collectionCallback));
    expect(callback?.senders.sort()).toEqual(OPERATIONS[0]!.members.map(address).sort());
    const domain = crew.reasons.find((r) => r.kind === 'domain');
    expect(domain?.value).toBe(LINKS.collectionDomain);
    expect(domain?.senders).toEqual(expect.arrayContaining(['collectorA', 'collectorB', 'collectorC', 'collectorD'].map((k) => address(k as CastKey))));
    const template = crew.reasons.find((r) => r.kind === 'template');
    expect(template?.value).toContain('速借宝');
    expect(template?.value).toContain('〔金额〕');
    expect(template?.value).not.toContain('3,280.50');
  });

  it('joins the call-centre line that only ever calls through the callback number the texts give', () => {
    const crew = clusterOf('collectorA')!;
    expect(crew.senders).toContain(address('collectionLandline'));
    expect(crew.id).toBe(Math.min(...crew.senders.map((a) => db.prepare('SELECT id FROM senders WHERE address = ?').pluck().get(a) as number)));
  });

  it('links the scam ring through its QQ number and link domain, across gateways and mobiles', () => {
    const ring = clusterOf('fakeCreditCentre')!;
    expect(ring.reasons.find((r) => r.kind === 'callback')?.value).toBe(`qq:${LINKS.ringQq}`);
    expect(ring.reasons.find((r) => r.kind === 'domain')?.value).toBe(LINKS.ringDomain);
  });

  it('links the 闪电花 collectors by callback number and names the platform as a further reason', () => {
    const pair = clusterOf('shandianA')!;
    expect(pair.reasons.map((r) => [r.kind, r.value])).toEqual([
      ['callback', digits(LINKS.shandianCallback)],
      ['platform', '闪电花'],
    ]);
  });

  it('cites for each sender a message of its own that shows the shared value', () => {
    const crew = clusterOf('collectorA')!;
    const callback = crew.reasons.find((r) => r.kind === 'callback')!;
    callback.senders.forEach((sender, i) => {
      const row = db.prepare('SELECT s.address, m.body FROM messages m JOIN senders s ON s.id = m.sender_id WHERE m.id = ?').get(callback.messageIds[i]) as { address: string; body: string };
      expect(row.body).toContain(LINKS.collectionCallback);
      // The calls-only line is cited by the first text that gives its number.
      if (sender !== address('collectionLandline')) expect(row.address).toBe(sender);
    });
  });

  it('keeps the genuine lender, the platform, banks, family and the fake courier out of every cluster', () => {
    const clustered = new Set(senderClusters(db).flatMap((c) => c.senders));
    for (const key of ['lender', 'platform', 'cmb', 'icbc', 'ccb', 'carrier', 'antiFraud', 'hotline12345', 'mother', 'father', 'sister', 'colleague', 'fakeCourier'] as CastKey[]) {
      expect(clustered.has(address(key)), key).toBe(false);
    }
    expect(clustered.has('4006901357')).toBe(false);
  });

  it('does not chain unrelated spam into the story or into one big cluster', () => {
    const story = new Set(OPERATIONS.flatMap((o) => o.members.map(address)));
    for (const c of senderClusters(db)) {
      const inStory = c.senders.filter((s) => story.has(s));
      if (inStory.length > 0) expect(inStory.length, c.senders.join(',')).toBe(c.senders.length);
      expect(c.senders.length).toBeLessThanOrEqual(8);
    }
  });

  it('maps each clustered sender to its cluster id for the dossiers', () => {
    const ids = senderClusterIds(db);
    const crew = clusterOf('collectorB')!;
    const collectorB = db.prepare('SELECT id FROM senders WHERE address = ?').pluck().get(address('collectorB')) as number;
    expect(ids.get(collectorB)).toBe(crew.id);
  });

  it('reads nothing again on a second refresh and keeps the same clusters', () => {
    const before = senderClusters(db);
    expect(refreshLinkage(db)).toEqual({ processed: 0, clustered: false });
    expect(senderClusters(db)).toEqual(before);
  });

  it('reads only the re-analysed messages again and recomputes the clusters', () => {
    db.prepare("UPDATE analysis SET basis = basis + 1 WHERE message_id IN (SELECT id FROM messages WHERE body LIKE '%闪电花%' AND direction = 'in')").run();
    const outcome = refreshLinkage(db);
    expect(outcome.clustered).toBe(true);
    expect(outcome.processed).toBe(6);
    expect(clusterOf('shandianB')?.senders.sort()).toEqual([address('shandianA'), address('shandianB')].sort());
  });

  it('drops the links of removed messages on the next refresh', async () => {
    const other = await demoDb('removal.db');
    refreshLinkage(other);
    other.prepare("DELETE FROM messages WHERE sender_id IN (SELECT id FROM senders WHERE address = ?)").run(address('shandianB'));
    expect(refreshLinkage(other)).toEqual({ processed: 0, clustered: true });
    expect(senderClusters(other).some((c) => c.senders.includes(address('shandianA')))).toBe(false);
    other.close();
  });

  it('stops when cancelled and finishes on the next run', async () => {
    const other = await demoDb('cancel.db');
    const abort = new AbortController();
    expect(() => refreshLinkage(other, { signal: abort.signal, batchSize: 100, onProgress: ({ done }) => done > 0 && abort.abort() })).toThrow(CancelledError);
    const done = other.prepare('SELECT count(*) FROM linkage_processed').pluck().get() as number;
    expect(done).toBe(100);
    const rest = refreshLinkage(other);
    expect(rest.processed + done).toBe(other.prepare("SELECT count(*) FROM messages WHERE direction = 'in'").pluck().get());
    expect(senderClusters(other)).toEqual(senderClusters(db));
    other.close();
  });

  it('gives the lead a bench run that rebuilds from scratch and then has nothing to do', () => {
    const r = benchLinkage(db);
    expect(r.processed).toBe(db.prepare("SELECT count(*) FROM messages WHERE direction = 'in'").pluck().get());
    expect(r.clusters).toBe(senderClusters(db).length);
    expect(r.clusters).toBeGreaterThanOrEqual(3);
  });
});
