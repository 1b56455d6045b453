// SPDX-License-Identifier: MIT
// The words that say what a number is about, read just before it: shared by the detectors of
// full, masked and tail forms so that "身份证尾号", "卡号后四位" and "手机尾号" are told apart the
// same way everywhere.

export const ID_WORDS = /(?:身份证|身份證|证件|公民身份|ID|identity\s*card)(?:号码?|号|number|no\.?)?[\s:：的为是（(]*$/i;
export const CARD_WORDS = /(?:银行卡|信用卡|储蓄卡|借记卡|还款卡|卡号?|账号|帐号|账户|帐户|card|account|acct)(?:号码?|number|no\.?)?[\s:：的为是]*$/i;
export const PHONE_WORDS = /(?:手机号?码?|电话号?码?|号码|联系方式|mobile|phone|tel)[\s:：的为是]*$/i;
