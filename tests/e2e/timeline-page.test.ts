// SPDX-License-Identifier: MIT
// The leak timeline and the senders in the page, in Chromium with the real main side behind the
// browser bridge: the demo loaded and analysed with the demo profile, a lane per profile item,
// the first time a collector showed the user's ID fragment as a marker that leads to the message,
// the lanes by linked operation, the collectors' cluster on the senders page, and the evidence
// report exported as HTML.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAST } from '../../src-main/core/demo/demo-cast';
import { Profile } from '../../src-main/ipc/contract';
import { waitForAnalysis, waitForJobPanelIdle } from './analysis-flows';
import { closeCleanly, waitForSummary } from './app-flows';
import { launchBridge, type BridgeDriver } from './harness/bridge';
import { query } from './harness/driver';
import { TMP_DIR } from './harness/paths';

const DEMO_PROFILE = Profile.parse(JSON.parse(readFileSync(resolve(__dirname, '../../resources/demo/demo-profile.json'), 'utf8')));
// Normalised addresses drop the +86 the backup writes on incoming texts.
const COLLECTOR_A = CAST.collectorA.number;
const COLLECTOR_B = CAST.collectorB.number;

describe('browser bridge: the leak timeline and the senders', () => {
  let driver: BridgeDriver;
  beforeAll(async () => {
    driver = await launchBridge();
  });
  closeCleanly(() => driver, 'all');

  it('loads the demo with the demo profile and analyses it', async () => {
    const { page } = driver;
    await page.getByTestId('demo-load-button').click();
    await waitForSummary(page);
    await waitForAnalysis(driver);
    await waitForJobPanelIdle(page);
    await query(driver, 'profile:set', { profile: DEMO_PROFILE });
    await waitForJobPanelIdle(page);
    await waitForAnalysis(driver);
    expect((await query(driver, 'profile:get', {})).items.length).toBeGreaterThan(5);
  });

  it('draws a lane per profile item and marks the first collector that showed the ID fragment', async () => {
    const { page } = driver;
    const view = await query(driver, 'timeline:get', {});
    const idEvents = view.events.filter((e) => e.item === 'id_number' && e.first).sort((a, b) => a.time - b.time);
    expect(idEvents.length, 'senders that showed the ID number or a fragment of it').toBeGreaterThan(0);

    await page.getByTestId('timeline-button').click();
    await page.getByTestId('timeline-lanes').waitFor();
    const laneKeys = await page.getByTestId('timeline-lane').evaluateAll((els) => els.map((el) => el.getAttribute('data-item')));
    for (const key of ['name', 'phones.0', 'id_number', 'bank_cards.0', 'relatives.0', 'others.0']) expect(laneKeys).toContain(key);
    // Profile values are masked on the page: the full ID number never appears.
    expect(await page.getByTestId('timeline-page').innerText()).not.toContain(DEMO_PROFILE.id_number!);

    const first = idEvents[0]!;
    const marker = page.locator(`[data-testid="exposure-marker"][data-item="id_number"][data-message-id="${first.messageId}"]`);
    await expect.poll(() => marker.count()).toBe(1);
    expect(await page.locator('[data-testid="exposure-marker"][data-item="id_number"]').count()).toBe(idEvents.length);
    const known = page.locator('[data-testid="timeline-lane"][data-item="id_number"] [data-testid="lane-known"]');
    expect(Number(await known.getAttribute('data-count'))).toBe(idEvents.length);

    await marker.click();
    const panel = page.getByTestId('timeline-event');
    await panel.waitFor();
    expect(await panel.innerText()).toContain(first.sender);
    // The ±N window lists the event itself, and at least as much with a wider window.
    const around = page.getByTestId('timeline-around');
    const narrow = Number(await around.getAttribute('data-count'));
    expect(narrow).toBeGreaterThan(0);
    await page.getByTestId('timeline-window-days').selectOption('30');
    await expect.poll(async () => Number(await around.getAttribute('data-count'))).toBeGreaterThanOrEqual(narrow);

    await page.getByTestId('timeline-open-message').click();
    await page.getByTestId('message-detail').waitFor();
    const message = await query(driver, 'messages:get', { id: first.messageId });
    expect((await page.getByTestId('detail-body').innerText()).trim()).toBe(message.body.trim());
    mkdirSync(TMP_DIR, { recursive: true });
  });

  it('reaches a marker with the keyboard and switches times to UTC', async () => {
    const { page } = driver;
    await page.getByTestId('timeline-button').click();
    await page.getByTestId('timeline-lanes').waitFor();
    const marker = page.getByTestId('exposure-marker').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('timeline-event').waitFor();
    await page.getByTestId('time-basis-utc').check();
    expect(await page.getByTestId('timeline-range').innerText()).toContain('UTC');
    await page.screenshot({ path: join(TMP_DIR, 'timeline-page.png') });
  });

  it('switches the lanes to one per linked operation, with the collection crew knowing the most', async () => {
    const { page } = driver;
    const view = await query(driver, 'timeline:get', {});
    const crew = view.clusters.find((c) => c.senders.includes(COLLECTOR_B))!;
    const crewItems = new Set(view.events.filter((e) => e.first && crew.senders.includes(e.sender)).map((e) => e.item));
    await page.getByTestId('lanes-by-cluster').check();
    const lane = page.locator(`[data-testid="timeline-lane"][data-item="cluster:${crew.id}"]`);
    await lane.waitFor();
    expect(Number(await lane.getByTestId('lane-known').getAttribute('data-count'))).toBe(crewItems.size);
    const senders = await lane.getByTestId('exposure-marker').evaluateAll((els) => els.map((el) => el.getAttribute('data-sender')));
    expect(senders).toContain(COLLECTOR_B);
    expect(senders.every((s) => crew.senders.includes(s!))).toBe(true);
    await page.getByTestId('lanes-by-item').check();
    await page.locator('[data-testid="timeline-lane"][data-item="id_number"]').waitFor();
  });

  it('shows the collectors as one cluster on the senders page with their dossiers', async () => {
    const { page } = driver;
    await page.getByTestId('senders-button').click();
    await page.getByTestId('dossier-table').waitFor();
    await expect.poll(() => page.getByTestId('dossier-row').count()).toBeGreaterThan(3);

    const clusters = page.getByTestId('cluster');
    await expect.poll(() => clusters.count()).toBeGreaterThan(0);
    const memberships = await clusters.evaluateAll((els) => els.map((el) => (el.getAttribute('data-senders') ?? '').split(' ')));
    const collectors = memberships.find((senders) => senders.includes(COLLECTOR_B));
    expect(collectors, 'a cluster with collector B').toBeDefined();
    expect(collectors).toContain(COLLECTOR_A);
    expect(await page.locator('[data-testid="cluster-reason"]').count()).toBeGreaterThan(0);

    await page.getByTestId('dossier-search').fill(COLLECTOR_B);
    const row = page.locator(`[data-testid="dossier-row"][data-address="${COLLECTOR_B}"]`);
    await row.waitFor();
    await row.locator('button').first().click();
    const dossier = page.getByTestId('dossier-panel');
    await dossier.waitFor();
    expect(await dossier.getAttribute('data-address')).toBe(COLLECTOR_B);
    expect(await dossier.getByTestId('dossier-knows').locator('li[data-item]').count()).toBeGreaterThan(0);
    expect(await dossier.getByTestId('dossier-linked').innerText()).toContain(COLLECTOR_A);
    await page.screenshot({ path: join(TMP_DIR, 'senders-page.png') });
  });

  it('exports the evidence report as HTML to the path the save dialog gave', async () => {
    const { page } = driver;
    await page.getByTestId('report-format').selectOption('html');
    await page.getByTestId('report-export-button').click();
    const saved = page.getByTestId('report-saved');
    await saved.waitFor({ timeout: 60_000 });
    const path = await saved.getAttribute('data-path');
    expect(path).toMatch(/\.html$/);
    expect(existsSync(path!)).toBe(true);
    const html = readFileSync(path!, 'utf8');
    expect(html).toContain(COLLECTOR_B);
    // Masked unless the user ticked the box.
    expect(html).not.toContain(DEMO_PROFILE.id_number!);
  });
});
