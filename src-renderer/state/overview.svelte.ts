// SPDX-License-Identifier: MIT
// What the header shows and what decides between the empty state and the list: app info and stats.
import type { AppInfo, Stats } from '../../src-main/ipc/contract';
import { asClientError, call, type ClientError } from '../api/leakline-client';

class OverviewState {
  info = $state<AppInfo | null>(null);
  stats = $state<Stats | null>(null);
  error = $state<ClientError | null>(null);

  async refresh(): Promise<void> {
    try {
      const [info, stats] = await Promise.all([this.info ?? call('app:info', {}), call('stats:get', {})]);
      this.info = info;
      this.stats = stats;
      this.error = null;
    } catch (err) {
      this.error = asClientError(err);
    }
  }
}

export const overview = new OverviewState();
