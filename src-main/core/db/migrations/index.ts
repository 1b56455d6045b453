// SPDX-License-Identifier: MIT
import { initial } from './0001-initial';
import { searchIndex } from './0002-search-index';
import { analysisRoom } from './0003-analysis-room';
import { analysisResults } from './0004-analysis-results';
import { screenshotReadings } from './0005-screenshot-readings';
import { senderLinkage } from './0006-sender-linkage';
import { exposures } from './0007-exposures';
import { annotations } from './0008-annotations';
import { timelineMemo } from './0009-timeline-memo';
import { linkageDirty } from './0010-linkage-dirty';
import type { Migration } from './migration';

/** All migrations in the order they run; versions are 1..n without gaps. */
export const MIGRATIONS: readonly Migration[] = [initial, searchIndex, analysisRoom, analysisResults, screenshotReadings, senderLinkage, exposures, annotations, timelineMemo, linkageDirty];

export const SCHEMA_VERSION = MIGRATIONS.length;
