// SPDX-License-Identifier: MIT
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAST, type CastKey } from '../../src-main/core/demo/demo-cast';
import { normalizeAddress } from '../../src-main/core/senders/normalize-address';
import type { TimelineJson } from '../../src-main/core/timeline/timeline-json';
import { runCli } from '../support/run-cli';

const PROFILE = resolve(__dirname, '../../resources/demo/demo-profile.json');
const address = (key: CastKey) => normalizeAddress(CAST[key].number).address;
let dir: string;
let env: Record<string, string>;
let out: TimelineJson;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-cli-timeline-'));
  env = { LEAKLINE_DB: join(dir, 'cli.db'), LEAKLINE_PASSPHRASE: 'correct horse' };
  expect(runCli(['demo'], env).status).toBe(0);
  expect(runCli(['profile', 'set', '--file', PROFILE], env).status).toBe(0);
  expect(runCli(['analyze'], env).status).toBe(0);
  const r = runCli(['timeline', '--json'], env);
  expect(r.status, r.stderr).toBe(0);
  out = JSON.parse(r.stdout) as TimelineJson;
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('leakline timeline --json', { timeout: 120_000 }, () => {
  it('prints exactly the keys of the issue, in snake_case with ISO UTC times', () => {
    expect(Object.keys(out).sort()).toEqual(['clusters', 'events', 'items', 'senders']);
    expect(Object.keys(out.items[0]!).sort()).toEqual(['key', 'label', 'type']);
    expect(Object.keys(out.events[0]!).sort()).toEqual(['first', 'item', 'message_id', 'sender', 'time']);
    expect(Object.keys(out.senders[0]!).sort()).toEqual(['address', 'calls', 'cluster', 'first_seen', 'kind', 'knows', 'last_seen', 'messages', 'risk']);
    expect(Object.keys(out.clusters[0]!).sort()).toEqual(['id', 'reasons', 'senders']);
    expect(out.events.every((e) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(e.time))).toBe(true);
  });

  it('lists profile items (one per relative) and the debts, with masked labels', () => {
    const types = Object.fromEntries(out.items.map((i) => [i.key, i.type]));
    expect(types).toMatchObject({ name: 'name', 'phones.0': 'phone', id_number: 'id_number', 'bank_cards.0': 'bank_card', 'relatives.2': 'relative', 'others.0': 'other', 'debt:速借宝': 'debt' });
    expect(JSON.stringify(out.items)).not.toContain('林晓峰');
    const revealed = JSON.parse(runCli(['timeline', '--json', '--reveal'], env).stdout) as TimelineJson;
    expect(revealed.items.find((i) => i.key === 'name')!.label).toContain('林晓峰');
  });

  it('includes every mention with exactly one first per sender and item', () => {
    const firsts = new Map<string, number>();
    for (const e of out.events) if (e.first) firsts.set(`${e.sender} ${e.item}`, (firsts.get(`${e.sender} ${e.item}`) ?? 0) + 1);
    expect([...firsts.values()].every((n) => n === 1)).toBe(true);
    expect(out.events.filter((e) => !e.first).length).toBeGreaterThan(100);
    const idFirst = out.events.find((e) => e.item === 'id_number' && e.first)!;
    expect(idFirst.sender).toBe(address('fakeCreditCentre'));
    expect(idFirst.time.startsWith('2024-08-20T11:42')).toBe(true);
  });

  it('gives senders by normalised address with what they knew and their cluster', () => {
    const c = out.senders.find((s) => s.address === address('collectorC'))!;
    expect(c.knows).toEqual(expect.arrayContaining(['id_number', 'relatives.0', 'relatives.2', 'address', 'debt:速借宝']));
    expect(c.cluster).not.toBeNull();
    const crew = out.clusters.find((cl) => cl.id === c.cluster)!;
    expect(crew.senders).toEqual(expect.arrayContaining(['collectorA', 'collectorB', 'collectorD', 'collectionLandline'].map((k) => address(k as CastKey))));
    expect(crew.reasons.some((r) => r.kind === 'callback' && r.message_ids.length === r.senders.length)).toBe(true);
    const mother = out.senders.find((s) => s.address === address('mother'))!;
    expect(mother).toMatchObject({ knows: [], cluster: null, kind: 'mobile' });
    expect(mother.messages).toBeGreaterThan(10);
  });
});
