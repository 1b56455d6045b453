// SPDX-License-Identifier: MIT
// The four files of resources/demo/, rendered in memory: write-demo.ts writes them, the tests
// compare them with the checked-in copies.
import { chinaTime } from './china-time';
import { renderDemoReadme } from './demo-readme';
import { generateDemo } from './generate-demo';
import { SeededRandom } from './seeded-random';
import { type BackupMeta, callsBackupXml, smsBackupXml } from './write-sbr-xml';

export const DEMO_FILE_NAMES = ['demo-sms.xml', 'demo-calls.xml', 'demo-profile.json', 'README.md'] as const;
export type DemoFileName = (typeof DEMO_FILE_NAMES)[number];

function backupMeta(): BackupMeta {
  const rng = new SeededRandom('leakline-demo backup set');
  const hex = (n: number): string => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
  // A version-4 UUID: '4' and one of 8-b at the fixed positions.
  const backupSet = `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(0, 3)]}${hex(3)}-${hex(12)}`;
  return { backupSet, backupDate: chinaTime('2026-01-01', 9, 30, 12, 345), appVersion: 'v10.20.002' };
}

export function renderDemoFiles(): Record<DemoFileName, string> {
  const data = generateDemo();
  const meta = backupMeta();
  return {
    'demo-sms.xml': smsBackupXml(data.messages, meta),
    'demo-calls.xml': callsBackupXml(data.calls, meta),
    'demo-profile.json': `${JSON.stringify(data.profile, null, 2)}\n`,
    'README.md': renderDemoReadme(data),
  };
}
