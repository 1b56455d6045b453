// SPDX-License-Identifier: MIT
// The SBR importer against backups from other projects' test suites (see shared/fixtures/import/README).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportInputError } from '../../../src-main/core/errors';
import type { ImportRecord, MessageRecord } from '../../../src-main/core/import/records';
import { createSbrXmlImporter, sbrXmlImporter } from '../../../src-main/core/importers/sbr-xml';
import { fileSource } from '../../../src-main/core/import/byte-source';

const FIXTURES = resolve(__dirname, '../../../../shared/fixtures/import/sbr-xml');
const fixture = (name: string) => resolve(FIXTURES, name);

async function readAll(file: string, batchSize?: number): Promise<{ records: ImportRecord[]; error: unknown }> {
  const importer = batchSize ? createSbrXmlImporter({ batchSize }) : sbrXmlImporter;
  const records: ImportRecord[] = [];
  try {
    for await (const batch of importer.read(fileSource(file), {})) records.push(...batch);
    return { records, error: null };
  } catch (error) {
    return { records, error };
  }
}

async function messages(name: string): Promise<MessageRecord[]> {
  const { records, error } = await readAll(fixture(name));
  if (error) throw error;
  return records.filter((r): r is MessageRecord => r.type === 'message');
}

describe('sbrXmlImporter on real-shaped backups', () => {
  it('reads every attribute of a full SMS element', async () => {
    const [first] = await messages('shruggietech__minimal_sms.xml');
    expect(first).toEqual({
      type: 'message',
      kind: 'sms',
      address: '+15551234567',
      contactName: 'Alice Smith',
      direction: 'in',
      box: 'inbox',
      time: 1609459200000,
      timeSent: 1609459190000,
      body: 'Happy New Year! This is a test message.',
      serviceCenter: '+15559876543',
      read: true,
    });
  });

  it('reads twelve SMS with directions, the &#10; newlines and date_sent 0 as no time', async () => {
    const records = await messages('devadvance__sms_small.xml');
    expect(records).toHaveLength(12);
    expect(records.map((r) => r.direction).join(',')).toBe('in,in,in,in,out,in,out,in,in,out,in,out');
    expect(records[9]?.body).toBe('Body text 10\nBody text 11\nBody text 12');
    expect(records[4]).toMatchObject({ box: 'sent', timeSent: null, serviceCenter: 'SENDER_B' });
  });

  it('maps SMS types to boxes and treats "null" and an empty body as empty', async () => {
    const records = await messages('shruggietech__mixed.xml');
    expect(records.map((r) => `${r.kind}:${r.box}:${r.direction}`)).toEqual([
      'sms:inbox:in',
      'mms:inbox:in',
      'sms:sent:out',
      'sms:draft:out',
    ]);
    expect(records[2]?.serviceCenter).toBeNull();
    const edge = await messages('shruggietech__edge_cases.xml');
    expect(edge[2]).toMatchObject({ body: '', read: false, contactName: 'Dana Empty' });
  });

  it('decodes a valid non-BMP reference and the predefined entities', async () => {
    const edge = await messages('shruggietech__edge_cases.xml');
    expect(edge[1]?.body).toBe(`Hello 🌍 — this has «special» chars & symbols < > " '`);
  });

  it('repairs the surrogate-pair emoji references SBR writes, matching the corrected file', async () => {
    const broken = await messages('ragibson__utf16_encoding.xml');
    const corrected = await messages('ragibson__utf16_encoding_corrected.xml');
    expect(broken).toHaveLength(2);
    expect(broken[0]?.body).toBe('Some text content here 😂');
    expect(broken).toEqual(corrected);
  });

  it('takes MMS text from text/plain parts only, never the SMIL layout or media', async () => {
    const [mms] = await messages('shruggietech__minimal_mms.xml');
    expect(mms).toMatchObject({ kind: 'mms', direction: 'in', box: 'inbox', address: '+15559876543' });
    expect(mms?.body).toBe('Test MMS Subject\nHello from MMS!');
    const smil = await messages('ragibson__different_smil_format.xml');
    expect(smil).toHaveLength(10);
    expect(new Set(smil.map((r) => r.body))).toEqual(new Set(['Some text content here']));
  });

  it('keeps the text of MMS whose media is corrupt or of an unknown type', async () => {
    const records = await messages('devadvance__corrupt_attachments.xml');
    expect(records.map((r) => r.body)).toEqual([
      'MMS with corrupted base64 image data',
      'MMS with unsupported attachment type',
    ]);
    const media = await messages('devadvance__sample_mms.xml');
    expect(media.map((r) => r.body)).toEqual([
      'Here is an image attachment',
      'Here is a video attachment',
      'Here is an audio attachment',
      'Here is a PDF attachment',
    ]);
    expect(JSON.stringify(media)).not.toContain('iVBORw0KGgo');
  });

  it('gives an MMS without parts an empty body', async () => {
    const edge = await messages('shruggietech__edge_cases.xml');
    expect(edge[3]).toMatchObject({ kind: 'mms', body: '', address: '+15557778888', contactName: 'Eve NoParts' });
  });

  it('interleaves SMS and MMS in file order', async () => {
    const records = await messages('devadvance__sample_small.xml');
    expect(records.map((r) => `${r.kind}:${r.direction}:${r.body}`)).toEqual([
      'sms:in:SMS 1 in Thread 1',
      'sms:out:SMS 2 in Thread 1',
      'sms:in:SMS 3 in Thread 1',
      'mms:in:MMS 1 text in Thread 1',
      'sms:in:SMS 4 in Thread 2',
      'sms:out:SMS 5 in Thread 2',
      'mms:out:MMS 2 text in Thread 2',
    ]);
  });

  it('reads a calls backup into call records', async () => {
    const { records, error } = await readAll(fixture('shruggietech__minimal_calls.xml'));
    expect(error).toBeNull();
    expect(records).toEqual([
      {
        type: 'call',
        address: '+15551234567',
        contactName: 'Alice Smith',
        time: 1609632000000,
        durationS: 125,
        callType: 'incoming',
      },
    ]);
  });
});

describe('sbrXmlImporter on the Google Messages export (truncated in the fixture)', () => {
  // The fixture stops inside its ninth MMS: the 49 complete records come out, then the error.
  async function readTruncated() {
    const { records, error } = await readAll(fixture('devadvance__sms_and_mms.xml'), 1);
    return { records: records as MessageRecord[], error };
  }

  it('reads the complete records before reporting the truncation with its line', async () => {
    const { records, error } = await readTruncated();
    expect(records).toHaveLength(49);
    expect(records.filter((r) => r.kind === 'sms')).toHaveLength(41);
    expect(error).toBeInstanceOf(ImportInputError);
    expect(error).toMatchObject({ code: 'MALFORMED_INPUT', position: { line: 136 } });
    expect((error as Error).message).toContain('devadvance__sms_and_mms.xml (line 136');
  });

  it('takes the From address of incoming MMS and the participant list of outgoing ones', async () => {
    const mms = (await readTruncated()).records.filter((r) => r.kind === 'mms');
    expect(mms.map((r) => `${r.direction} ${r.address}`)).toEqual([
      'in +15550000006',
      'out +15550000006',
      // An RCS group: the person who wrote, not the group.
      'in +15550000009',
      'out group_8@rcs.google.com',
      'in +15550000010',
      'in +15550000006',
      'in +15550000011',
      'in +15550000011',
    ]);
    expect(mms[0]?.contactName).toBe('Contact D');
    // The conversation's name does not belong to one member's message.
    expect(mms[2]?.contactName).toBeNull();
  });

  it('reads MMS date_sent given in seconds as ms and joins multi-part text', async () => {
    const mms = (await readTruncated()).records.filter((r) => r.kind === 'mms');
    expect(mms[0]).toMatchObject({ time: 1720997593000, timeSent: 1720997593000 });
    expect(mms[6]).toMatchObject({ time: 1721161764000, timeSent: 1721161755000, body: 'Body text 54' });
    expect(mms[1]?.timeSent).toBeNull();
    expect(mms[5]?.body).toBe('Body text 50\nBody text 51\nBody text 52\nBody text 53');
  });

  it('yields nothing from a default-sized batch when the file breaks before it fills', async () => {
    const { records, error } = await readAll(fixture('devadvance__sms_and_mms.xml'));
    expect(records).toHaveLength(0);
    expect(error).toMatchObject({ code: 'MALFORMED_INPUT' });
  });
});

describe('sbrXmlImporter on bad input', () => {
  it('reports malformed XML with the file, line and column', async () => {
    const { error } = await readAll(fixture('shruggietech__malformed.xml'));
    expect(error).toBeInstanceOf(ImportInputError);
    const err = error as ImportInputError;
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.position).toEqual({ line: 4, column: 3 });
    expect(err.message).toMatch(/shruggietech__malformed\.xml \(line 4, column 3\): .+/);
  });

  it('reports a backup with no messages as EMPTY_BACKUP', async () => {
    const { records, error } = await readAll(fixture('devadvance__empty.xml'));
    expect(records).toEqual([]);
    expect(error).toMatchObject({ code: 'EMPTY_BACKUP' });
  });

  it('refuses a file that is not an SBR backup as UNKNOWN_FORMAT', async () => {
    const { error } = await readAll(fixture('shruggietech__sms-backup-restore.schema.json'));
    expect(error).toMatchObject({ code: 'UNKNOWN_FORMAT' });
  });

  it('recognises its format from content alone', () => {
    expect(sbrXmlImporter.sniff(readFileSync(fixture('devadvance__sms_small.xml')))).toBe(true);
    expect(sbrXmlImporter.sniff(readFileSync(fixture('shruggietech__minimal_calls.xml')))).toBe(true);
    expect(sbrXmlImporter.sniff(readFileSync(fixture('shruggietech__sms-backup-restore.schema.json')))).toBe(false);
  });
});
