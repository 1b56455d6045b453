// SPDX-License-Identifier: MIT
// The user's own profile: what they want to track. Every field is optional; the file shape of
// `leakline profile set --file` and the shape `profile show --json` prints.
import { z } from 'zod';

const Text = (max: number) => z.string().trim().min(1).max(max);

export const Relative = z.object({ name: Text(40), relation: Text(40).optional() }).strict();
export type Relative = z.infer<typeof Relative>;

export const OtherItem = z.object({ label: Text(60), value: Text(200) }).strict();
export type OtherItem = z.infer<typeof OtherItem>;

export const Profile = z
  .object({
    name: Text(40).optional(),
    phones: z.array(Text(40)).max(20).optional(),
    id_number: Text(40).optional(),
    bank_cards: z.array(Text(40)).max(20).optional(),
    address: Text(200).optional(),
    employer: Text(100).optional(),
    relatives: z.array(Relative).max(50).optional(),
    others: z.array(OtherItem).max(50).optional(),
  })
  .strict();
export type Profile = z.infer<typeof Profile>;

export const ProfileItemType = z.enum(['name', 'phone', 'id_number', 'bank_card', 'address', 'employer', 'relative', 'other']);
export type ProfileItemType = z.infer<typeof ProfileItemType>;

/** One trackable item of the profile, keyed as in ProfileMention.itemKey. */
export const ProfileItem = z.object({ key: z.string(), type: ProfileItemType, label: z.string(), value: z.string() });
export type ProfileItem = z.infer<typeof ProfileItem>;
