// SPDX-License-Identifier: MIT
// The leak timeline: which sender showed knowledge of which item of the user's personal
// information (or of a debt), since when, which senders are one operation, and how a debt story
// escalated. The shapes the app, the CLI (`leakline timeline --json`, in snake_case there) and the
// evidence report share.
import { z } from 'zod';
import { Annotation } from './annotation';
import { Category } from './analysis';
import { EpochMs, Id } from './ids';
import { ProfileItemType } from './profile';
import { SenderKind } from './sender';

export const TimelineItemType = z.enum([...ProfileItemType.options, 'debt']);
export type TimelineItemType = z.infer<typeof TimelineItemType>;

/** A profile item (one per relative), or a debt the messages reveal (platform, amount). */
export const TimelineItem = z.object({
  /** Profile items keep their profile key (profile-items.ts); debts are `debt:<platform>`. */
  key: z.string(),
  type: TimelineItemType,
  /** For display; profile values are masked unless the caller asked to reveal them. */
  label: z.string(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

/** A message in which a sender shows knowledge of an item. */
export const ExposureEvent = z.object({
  time: EpochMs,
  senderId: Id,
  /** The sender's normalised address. */
  sender: z.string(),
  item: z.string(),
  messageId: Id,
  /** The first time this sender showed this item; later mentions attach to the same pair. */
  first: z.boolean(),
});
export type ExposureEvent = z.infer<typeof ExposureEvent>;

/** How many distinct senders knew an item, as a step curve: one point per sender that learned it. */
export const ExposureCurve = z.object({
  item: z.string(),
  points: z.array(z.object({ time: EpochMs, senders: z.number().int(), senderId: Id, messageId: Id })),
});
export type ExposureCurve = z.infer<typeof ExposureCurve>;

export const LinkReasonKind = z.enum(['callback', 'link', 'domain', 'platform', 'payment_account', 'signature', 'template']);
export type LinkReasonKind = z.infer<typeof LinkReasonKind>;

/** Why two or more senders are taken for one operation: a value they share, with a message each. */
export const LinkReason = z.object({
  kind: LinkReasonKind,
  /** What they share, as shown in the messages (a template reason shows the masked template). */
  value: z.string(),
  /** Normalised sender addresses sharing it. */
  senders: z.array(z.string()).min(2),
  /** One message per sender that shows it, in the order of `senders`. */
  messageIds: z.array(Id),
});
export type LinkReason = z.infer<typeof LinkReason>;

export const SenderCluster = z.object({
  /** Stable for the same set of senders: the smallest sender id in it. */
  id: Id,
  senders: z.array(z.string()).min(2),
  reasons: z.array(LinkReason).min(1),
});
export type SenderCluster = z.infer<typeof SenderCluster>;

export const SenderKnowledge = z.object({ item: z.string(), firstTime: EpochMs, messageId: Id, mentions: z.number().int() });
export type SenderKnowledge = z.infer<typeof SenderKnowledge>;

export const SenderDossier = z.object({
  senderId: Id,
  address: z.string(),
  kind: SenderKind,
  contactName: z.string().nullable(),
  /** Over messages and calls with sane dates. */
  firstSeen: EpochMs.nullable(),
  lastSeen: EpochMs.nullable(),
  messages: z.number().int(),
  calls: z.number().int(),
  categories: z.record(Category, z.number().int()),
  /** The highest risk of its analysed incoming messages (0 when none). */
  risk: z.number().min(0).max(1),
  knows: z.array(SenderKnowledge),
  cluster: Id.nullable(),
  /** The user's own star, tags and note on this sender. */
  annotation: Annotation,
});
export type SenderDossier = z.infer<typeof SenderDossier>;

export const IncidentStage = z.enum(['loan', 'reminder', 'overdue', 'handover', 'collection', 'threat', 'contacts', 'scam', 'settled']);
export type IncidentStage = z.infer<typeof IncidentStage>;

/** A debt story: one platform or one cluster, from the first notice to the relatives drawn in. */
export const Incident = z.object({
  id: z.string(),
  /** The platform named, or the cluster's senders. */
  title: z.string(),
  platform: z.string().nullable(),
  cluster: Id.nullable(),
  steps: z.array(z.object({ time: EpochMs, messageId: Id, senderId: Id, sender: z.string(), stage: IncidentStage, category: Category })),
  /** When the user's contacts were first drawn in (a contact-collection message), if ever. */
  contactsDrawnIn: EpochMs.nullable(),
});
export type Incident = z.infer<typeof Incident>;

export const Timeline = z.object({
  items: z.array(TimelineItem),
  events: z.array(ExposureEvent),
  curves: z.array(ExposureCurve),
  senders: z.array(SenderDossier),
  clusters: z.array(SenderCluster),
  incidents: z.array(Incident),
  /** Messages whose dates are absurd (1970, far future): kept off the axis, listed here. */
  suspectTimes: z.array(z.object({ messageId: Id, time: EpochMs, senderId: Id })),
});
export type Timeline = z.infer<typeof Timeline>;

/** The timeline as the app's view loads it: first events only, dossiers paged separately. */
export const TimelineView = Timeline.omit({ senders: true });
export type TimelineView = z.infer<typeof TimelineView>;
