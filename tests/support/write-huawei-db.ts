// SPDX-License-Identifier: MIT
// Writes the two message databases of a decrypted Huawei/Honor backup (kobackupdec output):
// sms.db with the backup's sms_tb (keyed by group_id, telephony columns, no service_center on the
// EMUI layout imitated here) and pdu_tb / part_tb / addr_tb, and harassment.db with the tables of
// the phone's harassment-interception provider. Bulk-written like write-mmssms-db.
import { insertMmsRows, insertSmsRows, openForBulkWrite, type MmsRowInput, type SmsRowInput } from './write-mmssms-db';

const SMS_TB_SCHEMA = `
CREATE TABLE sms_tb (group_id INTEGER PRIMARY KEY,date INTEGER,address TEXT,read INTEGER,date_sent INTEGER,subject TEXT,sub_id INTEGER,reply_path_present INTEGER,type INTEGER,body TEXT,seen INTEGER,thread_id INTEGER,protocol INTEGER,time_body TEXT,addr_body TEXT,error_code INTEGER,locked INTEGER,network_type INTEGER,status INTEGER);
`;

const MMS_TB_SCHEMA = `
CREATE TABLE pdu_tb (_id INTEGER PRIMARY KEY,thread_id INTEGER,date INTEGER,date_sent INTEGER,msg_box INTEGER,read INTEGER,m_id TEXT,sub TEXT,sub_cs INTEGER,ct_t TEXT,ct_l TEXT,exp INTEGER,m_cls TEXT,m_type INTEGER,v INTEGER,m_size INTEGER,pri INTEGER,rr INTEGER,rpt_a INTEGER,resp_st INTEGER,st INTEGER,tr_id TEXT,retr_st INTEGER,retr_txt TEXT,retr_txt_cs INTEGER,read_status INTEGER,ct_cls INTEGER,resp_txt TEXT,d_tm INTEGER,d_rpt INTEGER,locked INTEGER,seen INTEGER,sub_id INTEGER,network_type INTEGER,creator TEXT,text_only INTEGER);
CREATE TABLE part_tb (_id INTEGER PRIMARY KEY,mid INTEGER,seq INTEGER,ct TEXT,name TEXT,chset INTEGER,cd TEXT,fn TEXT,cid TEXT,cl TEXT,ctt_s INTEGER,ctt_t TEXT,_data TEXT,text TEXT);
CREATE TABLE addr_tb (_id INTEGER PRIMARY KEY,msg_id INTEGER,contact_id INTEGER,address TEXT,type INTEGER,charset INTEGER);
`;

// The table definitions of com.huawei.harassmentinterception (TableMessage and its siblings).
const HARASSMENT_SCHEMA = `
CREATE TABLE interception_messages(_id INTEGER PRIMARY KEY AUTOINCREMENT,phone Text,name Text,body Text,date long,sub_id int DEFAULT 0, size long, exp_date long, pdu BLOB, type INTEGER DEFAULT 0, message_type INTEGER DEFAULT 0, message_id INTEGER DEFAULT -1,group_message_name Text,block_reason INTEGER DEFAULT 0);
CREATE TABLE interception_calls(_id INTEGER PRIMARY KEY AUTOINCREMENT,phone Text,name Text,date long,block_reason INTEGER DEFAULT 0,block_type INTEGER DEFAULT 0,sub_id int DEFAULT 0,mark_count INTEGER DEFAULT 0);
CREATE TABLE interception_blacklist(_id INTEGER PRIMARY KEY AUTOINCREMENT,phone TEXT,name TEXT,interception_call_count int DEFAULT 0,interception_msg_count int DEFAULT 0,option int DEFAULT 3,type int DEFAULT 0);
CREATE TABLE interception_rules(_id INTEGER PRIMARY KEY AUTOINCREMENT,name Text,state int DEFAULT 0);
CREATE TABLE tbKeywordsTable(_id INTEGER PRIMARY KEY AUTOINCREMENT,keyword TEXT);
CREATE TABLE tbNumberLocation(_id INTEGER PRIMARY KEY AUTOINCREMENT,phone TEXT,location TEXT,operator TEXT);
CREATE TABLE tbWhitelist(_id INTEGER PRIMARY KEY AUTOINCREMENT,phone TEXT,name TEXT, option int DEFAULT 3,type int DEFAULT 0);
`;

export function writeHuaweiSmsDb(path: string, sms: Iterable<SmsRowInput>, mms?: Iterable<MmsRowInput>): { sms: number; mms: number } {
  const db = openForBulkWrite(path);
  try {
    db.exec(SMS_TB_SCHEMA);
    if (mms) db.exec(MMS_TB_SCHEMA);
    return db.transaction(() => ({
      sms: insertSmsRows(db, 'sms_tb', sms, null),
      mms: mms ? insertMmsRows(db, { pdu: 'pdu_tb', part: 'part_tb', addr: 'addr_tb' }, mms, null) : 0,
    }))();
  } finally {
    db.close();
  }
}

export interface BlockedMessageInput {
  phone: string | null;
  name?: string | null;
  body: string | null;
  /** Epoch ms, as System.currentTimeMillis() writes it. */
  date: number | null;
  /** A raw MMS notification PDU for blocked MMS (no body then). */
  pdu?: Buffer | null;
  blockReason?: number;
}

export interface BlockedCallInput {
  phone: string;
  date: number;
}

export function writeHuaweiHarassmentDb(path: string, messages: Iterable<BlockedMessageInput>, calls: Iterable<BlockedCallInput> = []): number {
  const db = openForBulkWrite(path);
  try {
    db.exec(HARASSMENT_SCHEMA);
    const message = db.prepare(
      'INSERT INTO interception_messages (phone, name, body, date, size, pdu, type, block_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const call = db.prepare('INSERT INTO interception_calls (phone, date, block_reason) VALUES (?, ?, 1)');
    return db.transaction(() => {
      let count = 0;
      for (const m of messages) {
        const pdu = m.pdu ?? null;
        message.run(m.phone, m.name ?? null, m.body, m.date, pdu?.length ?? 0, pdu, pdu ? 1 : 0, m.blockReason ?? 0);
        count += 1;
      }
      for (const c of calls) call.run(c.phone, c.date);
      db.prepare("INSERT INTO interception_blacklist (phone, name) VALUES ('95000000', '推销')").run();
      db.prepare("INSERT INTO tbKeywordsTable (keyword) VALUES ('贷款'), ('退订')").run();
      return count;
    })();
  } finally {
    db.close();
  }
}
