// SPDX-License-Identifier: MIT
// The orders the senders table offers, as the contract names them, and the column heading each
// one sorts; both the table and the state read them from here.
import type { RequestOf } from '../../src-main/ipc/contract';

export type DossierSort = NonNullable<RequestOf<'senders:dossiers'>['sort']>;
export const DOSSIER_SORTS: readonly DossierSort[] = ['risk', 'knows', 'last_seen', 'messages'];

export const SORT_HEADING = {
  risk: 'senders.col.risk',
  knows: 'senders.col.knows',
  last_seen: 'senders.col.lastSeen',
  messages: 'senders.col.messages',
} as const satisfies Record<DossierSort, string>;
