// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_FILE_NAMES, renderDemoFiles } from '../../../src-main/core/demo/render-demo-files';

const DEMO_DIR = join(import.meta.dirname, '../../../resources/demo');

describe('resources/demo', () => {
  const fresh = renderDemoFiles();

  it.each(DEMO_FILE_NAMES)('%s is byte for byte what the generator writes now', (name) => {
    const checkedIn = readFileSync(join(DEMO_DIR, name));
    const generated = Buffer.from(fresh[name], 'utf8');
    // Compare bytes, but report the first differing line so a drift is easy to find.
    if (!checkedIn.equals(generated)) {
      const a = checkedIn.toString('utf8').split('\n');
      const b = fresh[name].split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      expect.fail(`${name} differs from a fresh generation at line ${line + 1}; run npm run demo:generate`);
    }
  });

  it('renders the same bytes on every run', () => {
    expect(renderDemoFiles()).toEqual(fresh);
  });

  it('writes the profile in the documented shape', () => {
    const profile: unknown = JSON.parse(fresh['demo-profile.json']);
    expect(profile).toEqual({
      name: '林晓峰',
      phones: ['13912345678'],
      id_number: expect.stringMatching(/^32010619900517\d{3}[\dX]$/),
      bank_cards: [expect.stringMatching(/^\d{12}8848$/)],
      address: '南京市鼓楼区中山路100号',
      employer: '南京某某贸易有限公司',
      relatives: [
        { name: '林建国', relation: '父亲' },
        { name: '王秀兰', relation: '母亲' },
        { name: '林晓雨', relation: '妹妹' },
      ],
      others: [{ label: '同事', value: '周明' }],
    });
    expect(Object.keys(profile as object)).toEqual(['name', 'phones', 'id_number', 'bank_cards', 'address', 'employer', 'relatives', 'others']);
  });
});
