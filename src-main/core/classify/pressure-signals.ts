// SPDX-License-Identifier: MIT
// Emits the threat and deadline signals, each at the phrase it rests on.
import { scanInto } from './pattern-scan';
import {
  DEADLINE,
  THREAT_CREDIT,
  THREAT_EXPOSE_CONTACTS,
  THREAT_LAWSUIT,
  THREAT_POLICE,
  THREAT_VIOLENCE,
  THREAT_VISIT,
} from './lexicon-pressure';
import type { SignalSink } from './signal-sink';

export function pressureSignals(text: string, sink: SignalSink): void {
  scanInto(sink, 'threat_lawsuit', THREAT_LAWSUIT, text);
  scanInto(sink, 'threat_police', THREAT_POLICE, text);
  scanInto(sink, 'threat_credit', THREAT_CREDIT, text);
  scanInto(sink, 'threat_visit', THREAT_VISIT, text);
  scanInto(sink, 'threat_expose_contacts', THREAT_EXPOSE_CONTACTS, text);
  scanInto(sink, 'threat_violence', THREAT_VIOLENCE, text);
  scanInto(sink, 'deadline_hours', DEADLINE, text);
}
