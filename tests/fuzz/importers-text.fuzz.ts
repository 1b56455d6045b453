// SPDX-License-Identifier: MIT
// Fuzz targets: the text importers (SMS Backup & Restore XML, vMessage, CSV/TSV, JSON) and zip
// archives of backups, on damaged real and written files. The property is in import-mutation.ts.
import { join } from 'node:path';
import { describeImporterTargets, textDamage } from './import-mutation';
import { ANDROID_MMSSMS_SEED, sbrXmlSeeds, textExportSeeds, zipSeeds } from './import-seeds';

describeImporterTargets('text importers on damaged backups', [
  { name: 'sbr-xml', seeds: sbrXmlSeeds, damage: textDamage, ciRuns: 120 },
  { name: 'vmessage', seeds: (dir) => textExportSeeds(dir).vmessage, damage: textDamage, ciRuns: 100 },
  { name: 'csv', seeds: (dir) => textExportSeeds(dir).csv, damage: textDamage, ciRuns: 100 },
  { name: 'json', seeds: (dir) => textExportSeeds(dir).json, damage: textDamage, ciRuns: 100 },
  {
    name: 'zip',
    // A zip of an SBR backup (deflated), a CSV export (stored), an mmssms.db and a photo.
    seeds: (dir) => zipSeeds(dir, { xml: sbrXmlSeeds()[0]!, csv: textExportSeeds(join(dir, 'inner')).csv[0]!, db: ANDROID_MMSSMS_SEED }),
    damage: textDamage,
    ciRuns: 60,
  },
]);
