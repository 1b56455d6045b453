// SPDX-License-Identifier: MIT
// Fuzz targets: Google Messages' bugle_db and Huawei's sms.db and harassment.db, written by
// tests/support's writers and damaged by SQL and by byte flips. The property is in import-mutation.ts.
import { databaseDamage, describeImporterTargets } from './import-mutation';
import { bugleSeeds, huaweiSeeds } from './import-seeds';

describeImporterTargets('Google Messages and Huawei databases, damaged', [
  { name: 'google-bugle', seeds: bugleSeeds, damage: databaseDamage, ciRuns: 40 },
  { name: 'huawei-sms', seeds: (dir) => huaweiSeeds(dir).sms, damage: databaseDamage, ciRuns: 40 },
  { name: 'huawei-harassment', seeds: (dir) => huaweiSeeds(dir).harassment, damage: databaseDamage, ciRuns: 40 },
]);
