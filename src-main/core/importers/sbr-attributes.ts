// SPDX-License-Identifier: MIT
// The attributes of one SBR element that the importer reads, gathered from the parser's `attribute`
// events into a fixed-shape object. SBR writes ~17 attributes per <sms>; the rest (readable_date,
// toa, locked...) are dropped as they stream past.
import type { SaxesParser } from 'saxes';

export class SbrAttributes {
  address: string | undefined = undefined;
  body: string | undefined = undefined;
  contact_name: string | undefined = undefined;
  ct: string | undefined = undefined;
  date: string | undefined = undefined;
  date_sent: string | undefined = undefined;
  duration: string | undefined = undefined;
  m_type: string | undefined = undefined;
  msg_box: string | undefined = undefined;
  number: string | undefined = undefined;
  read: string | undefined = undefined;
  service_center: string | undefined = undefined;
  sub: string | undefined = undefined;
  text: string | undefined = undefined;
  type: string | undefined = undefined;

  /**
   * Keeps the attribute if it is one the importer reads. Returns false for a second value of the
   * same attribute, which XML forbids. A switch rather than `this[name] = value`: keyed stores with
   * freshly sliced name strings cost a hash-table lookup each, and this runs millions of times.
   */
  set(name: string, value: string): boolean {
    switch (name) {
      case 'address':
        if (this.address !== undefined) return false;
        this.address = value;
        return true;
      case 'body':
        if (this.body !== undefined) return false;
        this.body = value;
        return true;
      case 'contact_name':
        if (this.contact_name !== undefined) return false;
        this.contact_name = value;
        return true;
      case 'ct':
        if (this.ct !== undefined) return false;
        this.ct = value;
        return true;
      case 'date':
        if (this.date !== undefined) return false;
        this.date = value;
        return true;
      case 'date_sent':
        if (this.date_sent !== undefined) return false;
        this.date_sent = value;
        return true;
      case 'duration':
        if (this.duration !== undefined) return false;
        this.duration = value;
        return true;
      case 'm_type':
        if (this.m_type !== undefined) return false;
        this.m_type = value;
        return true;
      case 'msg_box':
        if (this.msg_box !== undefined) return false;
        this.msg_box = value;
        return true;
      case 'number':
        if (this.number !== undefined) return false;
        this.number = value;
        return true;
      case 'read':
        if (this.read !== undefined) return false;
        this.read = value;
        return true;
      case 'service_center':
        if (this.service_center !== undefined) return false;
        this.service_center = value;
        return true;
      case 'sub':
        if (this.sub !== undefined) return false;
        this.sub = value;
        return true;
      case 'text':
        if (this.text !== undefined) return false;
        this.text = value;
        return true;
      case 'type':
        if (this.type !== undefined) return false;
        this.type = value;
        return true;
      default:
        return true;
    }
  }
}

type PlainSaxesParser = SaxesParser<{ xmlns: false; position: true }>;

/**
 * saxes 6 also gathers every tag's attributes into an `Object.create(null)` dictionary before
 * `opentag` (with its own duplicate check); for SBR's attribute-heavy elements that alone was a
 * fifth of the parse time. A parser whose attributes are read from `attribute` events does not
 * need it, so its private `processAttribs` step is replaced by one that only clears the list.
 * If a saxes release renames those internals nothing is patched: same records, slower.
 * The cost: a duplicate of an attribute the importer does not read goes unreported.
 */
export function skipAttributeDictionary(parser: PlainSaxesParser): boolean {
  const internals = parser as unknown as { processAttribs?: unknown; attribList?: unknown };
  if (typeof internals.processAttribs !== 'function' || !Array.isArray(internals.attribList)) return false;
  internals.processAttribs = function clearAttributeList(this: { attribList: unknown[] }): void {
    this.attribList.length = 0;
  };
  return true;
}
