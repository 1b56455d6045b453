// SPDX-License-Identifier: MIT
// What the startup error dialog says, in the user's language. Leakline refuses to run rather than
// keep a key it cannot protect, so these texts must explain what to do next.
import type { KeyStoreProblem } from './key-store';

export interface DialogText {
  title: string;
  message: string;
  detail: string;
}

type Lang = 'zh' | 'en';

export function dialogLanguage(locale: string): Lang {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function keyStoreProblemText(problem: KeyStoreProblem, lang: Lang): DialogText {
  const zh = lang === 'zh';
  const title = zh ? 'Leakline 无法启动' : 'Leakline cannot start';
  switch (problem.kind) {
    case 'unavailable':
      return {
        title,
        message: zh ? '系统没有可用的密钥存储。' : 'The system offers no secure key storage.',
        detail: zh
          ? 'Leakline 用系统的密钥存储（钥匙串、DPAPI、GNOME 密钥环或 KWallet）保护数据库密钥。没有它，密钥只能明文存放，因此 Leakline 不会继续。请启用系统密钥存储后重试。'
          : 'Leakline protects its database key with the system key store (Keychain, DPAPI, GNOME Keyring or KWallet). Without one the key would sit on disk in the clear, so Leakline stops here. Enable a key store and try again.',
      };
    case 'weak-backend':
      return {
        title,
        message: zh ? '没有找到 GNOME 密钥环或 KWallet。' : 'Neither GNOME Keyring nor KWallet was found.',
        detail: zh
          ? `Electron 退回到了 “${problem.backend}” 存储：它用一个公开的固定密码加密，等于不加密。请安装并解锁 gnome-keyring（或 KWallet），或用 --password-store=gnome-libsecret 启动，然后重试。`
          : `Electron fell back to the "${problem.backend}" store, which encrypts with a fixed, publicly known password: no protection at all. Install and unlock gnome-keyring (or KWallet), or start with --password-store=gnome-libsecret, then try again.`,
      };
    case 'key-missing':
      return {
        title,
        message: zh ? '数据库存在，但它的密钥文件不见了。' : 'The database exists but its key file is missing.',
        detail: zh
          ? `找不到 ${problem.keyFile}。没有它无法打开现有数据库。如果你有备份，请把密钥文件放回原处；否则请移走 leakline.db 后重新开始。`
          : `${problem.keyFile} was not found, and the existing database cannot be opened without it. Put the key file back from a backup, or move leakline.db away to start afresh.`,
      };
    case 'key-unreadable':
      return {
        title,
        message: zh ? '系统密钥存储无法解开数据库密钥。' : 'The system key store cannot unwrap the database key.',
        detail: zh
          ? `${problem.keyFile} 无法解密（${problem.reason}）。这通常是因为换了用户、重置了密钥环或从别的电脑复制了数据。`
          : `${problem.keyFile} could not be decrypted (${problem.reason}). This usually means another user account, a reset keyring, or data copied from another computer.`,
      };
  }
}

export function databaseProblemText(code: string, detail: string, lang: Lang): DialogText {
  const zh = lang === 'zh';
  const message =
    code === 'DB_FROM_FUTURE'
      ? zh
        ? '数据库来自更新版本的 Leakline。'
        : 'The database was written by a newer Leakline.'
      : code === 'DB_WRONG_KEY'
        ? zh
          ? '密钥打不开这个数据库。'
          : 'The key does not open this database.'
        : zh
          ? '无法打开数据库。'
          : 'The database cannot be opened.';
  return { title: zh ? 'Leakline 无法启动' : 'Leakline cannot start', message, detail };
}
