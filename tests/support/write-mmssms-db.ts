// SPDX-License-Identifier: MIT
// Writes Android telephony databases (mmssms.db) for tests and the benchmark: the AOSP schema of
// user_version 57 (as in plaso's sample), an older/OEM variant missing optional columns, and
// Samsung's spam_sms table. Rows stream in through prepared statements in one transaction, so a
// million messages take seconds and the writer's memory stays flat.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db, Statement } from 'better-sqlite3-multiple-ciphers';

export interface SmsRowInput {
  /** null writes SQL NULL (the importer then asks the thread's canonical addresses). */
  address: string | null;
  /** Epoch ms, written to `date`. */
  time: number;
  /** Telephony MESSAGE_TYPE_*: 1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued. */
  type: number | null;
  body: string | null;
  timeSent?: number | null;
  read?: number | null;
  serviceCenter?: string | null;
  /** Defaults to a thread per address, created on the way. */
  threadId?: number | null;
}

export interface MmsPartInput {
  ct: string;
  text?: string | null;
  seq?: number;
  name?: string | null;
}

export interface MmsAddrInput {
  address: string;
  /** PduHeaders: 137 From, 151 To, 130 Cc. */
  type: number;
}

export interface MmsRowInput {
  /** Epoch SECONDS as the provider stores them (pass ms to imitate an OEM that stores ms). */
  date: number;
  dateSent?: number | null;
  /** 1 inbox, 2 sent, 3 draft, 4 outbox; null leaves it to m_type. */
  msgBox: number | null;
  /** 128 send-req, 132 retrieve-conf, 134 delivery-ind... */
  mType?: number | null;
  subject?: string | null;
  read?: number | null;
  threadId?: number | null;
  parts: readonly MmsPartInput[];
  addrs: readonly MmsAddrInput[];
}

export interface ThreadInput {
  id: number;
  recipients: readonly string[];
}

export interface MmssmsContent {
  sms?: Iterable<SmsRowInput>;
  mms?: Iterable<MmsRowInput>;
  /** Samsung's blocked messages; the table is created when this is given. */
  spam?: Iterable<SmsRowInput>;
  /** Threads beyond those made for addresses on the way. */
  threads?: Iterable<ThreadInput>;
  /** 'minimal' leaves out date_sent, read, service_center and the MMS tables, as older OEM builds. */
  schema?: 'aosp' | 'minimal';
}

const AOSP_SCHEMA = `
CREATE TABLE android_metadata (locale TEXT);
CREATE TABLE sms (_id INTEGER PRIMARY KEY,thread_id INTEGER,address TEXT,person INTEGER,date INTEGER,date_sent INTEGER DEFAULT 0,protocol INTEGER,read INTEGER DEFAULT 0,status INTEGER DEFAULT -1,type INTEGER,reply_path_present INTEGER,subject TEXT,body TEXT,service_center TEXT,locked INTEGER DEFAULT 0,sub_id INTEGER DEFAULT -1,error_code INTEGER DEFAULT 0,creator TEXT,seen INTEGER DEFAULT 0);
CREATE TABLE pdu (_id INTEGER PRIMARY KEY AUTOINCREMENT,thread_id INTEGER,date INTEGER,date_sent INTEGER DEFAULT 0,msg_box INTEGER,read INTEGER DEFAULT 0,m_id TEXT,sub TEXT,sub_cs INTEGER,ct_t TEXT,ct_l TEXT,exp INTEGER,m_cls TEXT,m_type INTEGER,v INTEGER,m_size INTEGER,pri INTEGER,rr INTEGER,rpt_a INTEGER,resp_st INTEGER,st INTEGER,tr_id TEXT,retr_st INTEGER,retr_txt TEXT,retr_txt_cs INTEGER,read_status INTEGER,ct_cls INTEGER,resp_txt TEXT,d_tm INTEGER,d_rpt INTEGER,locked INTEGER DEFAULT 0,sub_id INTEGER DEFAULT -1,seen INTEGER DEFAULT 0,creator TEXT,text_only INTEGER DEFAULT 0);
CREATE TABLE part (_id INTEGER PRIMARY KEY AUTOINCREMENT,mid INTEGER,seq INTEGER DEFAULT 0,ct TEXT,name TEXT,chset INTEGER,cd TEXT,fn TEXT,cid TEXT,cl TEXT,ctt_s INTEGER,ctt_t TEXT,_data TEXT,text TEXT);
CREATE TABLE addr (_id INTEGER PRIMARY KEY,msg_id INTEGER,contact_id INTEGER,address TEXT,type INTEGER,charset INTEGER);
CREATE INDEX partMidIndex ON part (mid);
CREATE INDEX addrMsgIdIndex ON addr (msg_id);
CREATE TABLE canonical_addresses (_id INTEGER PRIMARY KEY AUTOINCREMENT,address TEXT);
CREATE TABLE threads (_id INTEGER PRIMARY KEY AUTOINCREMENT,date INTEGER DEFAULT 0,message_count INTEGER DEFAULT 0,recipient_ids TEXT,snippet TEXT,snippet_cs INTEGER DEFAULT 0,read INTEGER DEFAULT 1,archived INTEGER DEFAULT 0,type INTEGER DEFAULT 0,error INTEGER DEFAULT 0,has_attachment INTEGER DEFAULT 0);
CREATE TABLE raw (_id INTEGER PRIMARY KEY,date INTEGER,reference_number INTEGER,count INTEGER,sequence INTEGER,destination_port INTEGER,address TEXT,pdu TEXT);
CREATE TABLE pending_msgs (_id INTEGER PRIMARY KEY,proto_type INTEGER,msg_id INTEGER,msg_type INTEGER,err_type INTEGER,err_code INTEGER,retry_index INTEGER NOT NULL DEFAULT 0,due_time INTEGER,last_try INTEGER);
PRAGMA user_version = 57;
`;

const MINIMAL_SCHEMA = `
CREATE TABLE sms (_id INTEGER PRIMARY KEY,thread_id INTEGER,address TEXT,person INTEGER,date INTEGER,protocol INTEGER,status INTEGER DEFAULT -1,type INTEGER,subject TEXT,body TEXT,seen INTEGER DEFAULT 0);
CREATE TABLE canonical_addresses (_id INTEGER PRIMARY KEY AUTOINCREMENT,address TEXT);
CREATE TABLE threads (_id INTEGER PRIMARY KEY AUTOINCREMENT,date INTEGER DEFAULT 0,message_count INTEGER DEFAULT 0,recipient_ids TEXT,snippet TEXT,read INTEGER DEFAULT 1);
`;

// Samsung's spam_sms is said to follow sms; its exact columns are not verified here, so this one
// leaves out date_sent and service_center, which the importer must not need.
const SAMSUNG_SPAM_SCHEMA = `
CREATE TABLE spam_sms (_id INTEGER PRIMARY KEY,thread_id INTEGER,address TEXT,person INTEGER,date INTEGER,protocol INTEGER,read INTEGER DEFAULT 0,status INTEGER DEFAULT -1,type INTEGER,subject TEXT,body TEXT,seen INTEGER DEFAULT 0,filter_type INTEGER DEFAULT 0,filter_reason TEXT);
`;

/** Opens a fresh database (replacing any file there) tuned for bulk writing: it is test input. */
export function openForBulkWrite(path: string): Db {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = new Database(path);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -65536');
  return db;
}

/** Creates a thread per address (or recipient list) as the provider does, remembering them. */
export class ThreadBook {
  private readonly byRecipients = new Map<string, number>();
  private readonly canonical = new Map<string, number>();
  private readonly insertCanonical: Statement;
  private readonly insertThread: Statement;

  constructor(db: Db) {
    this.insertCanonical = db.prepare('INSERT INTO canonical_addresses (address) VALUES (?)');
    this.insertThread = db.prepare('INSERT INTO threads (_id, recipient_ids) VALUES (?, ?)');
  }

  add(thread: ThreadInput): void {
    this.insertThread.run(thread.id, thread.recipients.map((a) => this.canonicalId(a)).join(' '));
    this.byRecipients.set(thread.recipients.join('~'), thread.id);
  }

  threadFor(recipients: readonly string[] | string): number {
    const key = typeof recipients === 'string' ? recipients : recipients.join('~');
    let id = this.byRecipients.get(key);
    if (id === undefined) {
      const list = typeof recipients === 'string' ? [recipients] : recipients;
      id = Number(this.insertThread.run(null, list.map((a) => this.canonicalId(a)).join(' ')).lastInsertRowid);
      this.byRecipients.set(key, id);
    }
    return id;
  }

  private canonicalId(address: string): number {
    let id = this.canonical.get(address);
    if (id === undefined) {
      id = Number(this.insertCanonical.run(address).lastInsertRowid);
      this.canonical.set(address, id);
    }
    return id;
  }
}

type SmsColumn = 'thread_id' | 'address' | 'date' | 'date_sent' | 'type' | 'body' | 'read' | 'service_center';

const SMS_VALUES: Record<SmsColumn, (row: SmsRowInput, threads: ThreadBook | null) => unknown> = {
  thread_id: (row, threads) => (row.threadId !== undefined ? row.threadId : row.address !== null && threads ? threads.threadFor(row.address) : null),
  address: (row) => row.address,
  date: (row) => row.time,
  date_sent: (row) => row.timeSent ?? 0,
  type: (row) => row.type,
  body: (row) => row.body,
  read: (row) => (row.read === undefined ? 1 : row.read),
  service_center: (row) => row.serviceCenter ?? null,
};

/** Inserts SMS rows into `table`, filling only the columns the table has. */
export function insertSmsRows(db: Db, table: string, rows: Iterable<SmsRowInput>, threads: ThreadBook | null): number {
  const columns = new Set((db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name));
  const wanted = (Object.keys(SMS_VALUES) as SmsColumn[]).filter((c) => columns.has(c));
  const values = wanted.map((c) => SMS_VALUES[c]);
  const insert = db.prepare(`INSERT INTO ${table} (${wanted.join(', ')}) VALUES (${wanted.map(() => '?').join(', ')})`);
  let count = 0;
  for (const row of rows) {
    insert.run(values.map((value) => value(row, threads)));
    count += 1;
  }
  return count;
}

export interface MmsTables {
  pdu: string;
  part: string;
  addr: string;
}

/** Inserts MMS with their parts and addresses; the tables must have the AOSP columns used here. */
export function insertMmsRows(db: Db, tables: MmsTables, rows: Iterable<MmsRowInput>, threads: ThreadBook | null): number {
  const pdu = db.prepare(
    `INSERT INTO ${tables.pdu} (thread_id, date, date_sent, msg_box, m_type, sub, read, ct_t) ` +
      "VALUES (@thread_id, @date, @date_sent, @msg_box, @m_type, @sub, @read, 'application/vnd.wap.multipart.related')",
  );
  const part = db.prepare(`INSERT INTO ${tables.part} (mid, seq, ct, name, text, chset) VALUES (?, ?, ?, ?, ?, 106)`);
  const addr = db.prepare(`INSERT INTO ${tables.addr} (msg_id, address, type, charset) VALUES (?, ?, ?, 106)`);
  let count = 0;
  for (const row of rows) {
    const others = row.addrs.filter((a) => a.address !== 'insert-address-token').map((a) => a.address);
    const threadId = row.threadId !== undefined ? row.threadId : threads && others.length > 0 ? threads.threadFor(others) : null;
    const id = pdu.run({
      thread_id: threadId,
      date: row.date,
      date_sent: row.dateSent ?? 0,
      msg_box: row.msgBox,
      m_type: row.mType ?? (row.msgBox === 1 ? 132 : 128),
      sub: row.subject ?? null,
      read: row.read ?? 1,
    }).lastInsertRowid;
    for (const p of row.parts) part.run(id, p.seq ?? 0, p.ct, p.name ?? null, p.text ?? null);
    for (const a of row.addrs) addr.run(id, a.address, a.type);
    count += 1;
  }
  return count;
}

/** Writes a whole mmssms.db in one transaction; returns how many SMS, MMS and spam rows it holds. */
export function writeMmssmsDb(path: string, content: MmssmsContent): { sms: number; mms: number; spam: number } {
  const db = openForBulkWrite(path);
  try {
    const schema = content.schema ?? 'aosp';
    db.exec(schema === 'aosp' ? AOSP_SCHEMA : MINIMAL_SCHEMA);
    if (content.spam) db.exec(SAMSUNG_SPAM_SCHEMA);
    return db.transaction(() => {
      const threads = new ThreadBook(db);
      for (const t of content.threads ?? []) threads.add(t);
      const sms = insertSmsRows(db, 'sms', content.sms ?? [], threads);
      const mms = schema === 'aosp' ? insertMmsRows(db, { pdu: 'pdu', part: 'part', addr: 'addr' }, content.mms ?? [], threads) : 0;
      const spam = content.spam ? insertSmsRows(db, 'spam_sms', content.spam, threads) : 0;
      return { sms, mms, spam };
    })();
  } finally {
    db.close();
  }
}
