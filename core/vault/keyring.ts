import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { dataKeyBytes, makePrivateFolder, type Keyring } from '../../db/open.js';
import { DomainError } from '../api/domain-error.js';
import { newRecoveryPair, parseRecoveryText, privateKeyObject, publicKeyObject, rawPublicKey } from './recovery-key.js';

/** scrypt's cost; stored in the key file, so stronger settings later still open older files. */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** About a quarter of a second and 128 MiB on the centre's PC: slow to guess, quick enough to unlock. */
export const defaultKdf: KdfParams = { N: 2 ** 17, r: 8, p: 1 };
export const defaultIdleLockMinutes = 10;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const sealed = z.object({ nonce: b64, data: b64 });
const keyFileSchema = z.object({
  format: z.literal('shiftbook-key'),
  version: z.literal(1),
  idleLockMinutes: z.number().int().min(0).max(240),
  password: sealed.extend({
    kdf: z.object({
      name: z.literal('scrypt'),
      N: z.number().int().min(2),
      r: z.number().int().min(1),
      p: z.number().int().min(1),
      salt: b64,
    }),
  }),
  recovery: sealed.extend({ publicKey: b64, ephemeralPublicKey: b64, salt: b64 }),
});
type KeyFile = z.infer<typeof keyFileSchema>;
const keysSchema = z.object({ keys: z.array(b64).min(1) });

/** The key file lies beside the data file: `shiftbook.sqlite` → `shiftbook.key`. */
export function keyFilePath(dataFile: string): string {
  const resolved = path.resolve(dataFile);
  const ext = path.extname(resolved);
  return path.join(path.dirname(resolved), `${path.basename(resolved, ext)}.key`);
}

/** A new keyring with one random data key. */
export function newKeyring(): Keyring {
  const current = crypto.randomBytes(dataKeyBytes);
  return { current, all: [current] };
}

/** The keyring with a new current key in front (a password change); the older keys stay. */
export function withNewKey(keyring: Keyring): Keyring {
  const current = crypto.randomBytes(dataKeyBytes);
  return { current, all: [current, ...keyring.all] };
}

/**
 * Writes a new key file for a keyring: sealed with the password and with a new
 * recovery key pair, whose private half (the text) is answered once and never stored.
 */
export async function createKeyFile(
  keyFile: string,
  keyring: Keyring,
  password: string,
  options: { kdf?: KdfParams; idleLockMinutes?: number } = {},
): Promise<string> {
  const recovery = newRecoveryPair();
  const file = await sealAll(keyring, password, recovery.publicKey, {
    kdf: options.kdf ?? defaultKdf,
    idleLockMinutes: options.idleLockMinutes ?? defaultIdleLockMinutes,
  });
  writeKeyFile(keyFile, file);
  return recovery.text;
}

/** Seals a keyring with a new password (and again to the stored recovery key), replacing the file. */
export async function rewriteKeyFile(keyFile: string, keyring: Keyring, password: string): Promise<void> {
  const old = readKeyFile(keyFile);
  const { N, r, p } = old.password.kdf;
  const file = await sealAll(keyring, password, Buffer.from(old.recovery.publicKey, 'base64'), {
    kdf: { N, r, p },
    idleLockMinutes: old.idleLockMinutes,
  });
  writeKeyFile(keyFile, file);
}

/** The keyring the password opens; a wrong password is refused at its field. */
export async function unlockWithPassword(keyFile: string, password: string): Promise<Keyring> {
  const file = readKeyFile(keyFile);
  const { N, r, p, salt } = file.password.kdf;
  return passwordKeyring(file, await scrypt(password, Buffer.from(salt, 'base64'), { N, r, p }), keyFile);
}

/** The same, blocking while the key is derived: for scripts and tests that open a file by hand. */
export function unlockWithPasswordSync(keyFile: string, password: string): Keyring {
  const file = readKeyFile(keyFile);
  const { N, r, p, salt } = file.password.kdf;
  const key = crypto.scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r,
  });
  return passwordKeyring(file, key, keyFile);
}

function passwordKeyring(file: KeyFile, key: Buffer, keyFile: string): Keyring {
  const plain = open(key, file.password, 'password');
  if (!plain) throw new DomainError('vault.wrongPassword', {}, 'password');
  return keyringOf(plain, keyFile);
}

/** The keyring the recovery key opens (no slow derivation: the key itself is random). */
export function unlockWithRecoveryKey(keyFile: string, recoveryText: string): Keyring {
  const raw = parseRecoveryText(recoveryText);
  if (!raw) throw new DomainError('vault.recoveryKeyTypo', {}, 'recoveryKey');
  const file = readKeyFile(keyFile);
  const shared = crypto.diffieHellman({
    privateKey: privateKeyObject(raw),
    publicKey: publicKeyObject(Buffer.from(file.recovery.ephemeralPublicKey, 'base64')),
  });
  const key = recoveryWrapKey(shared, Buffer.from(file.recovery.salt, 'base64'));
  const plain = open(key, file.recovery, 'recovery');
  if (!plain) throw new DomainError('vault.wrongRecoveryKey', {}, 'recoveryKey');
  return keyringOf(plain, keyFile);
}

export function idleLockMinutesOf(keyFile: string): number {
  return readKeyFile(keyFile).idleLockMinutes;
}

export function saveIdleLockMinutes(keyFile: string, minutes: number): void {
  writeKeyFile(keyFile, { ...readKeyFile(keyFile), idleLockMinutes: minutes });
}

async function sealAll(
  keyring: Keyring,
  password: string,
  recoveryPublicKey: Buffer,
  options: { kdf: KdfParams; idleLockMinutes: number },
): Promise<KeyFile> {
  const plain = Buffer.from(JSON.stringify({ keys: keyring.all.map((key) => key.toString('base64')) }));
  const salt = crypto.randomBytes(16);
  const passwordKey = await scrypt(password, salt, options.kdf);
  // Sealed to the recovery public key: a throw-away pair, ECDH, HKDF, AES-GCM.
  const ephemeral = crypto.generateKeyPairSync('x25519');
  const shared = crypto.diffieHellman({
    privateKey: ephemeral.privateKey,
    publicKey: publicKeyObject(recoveryPublicKey),
  });
  const recoverySalt = crypto.randomBytes(16);
  return {
    format: 'shiftbook-key',
    version: 1,
    idleLockMinutes: options.idleLockMinutes,
    password: {
      kdf: { name: 'scrypt', ...options.kdf, salt: salt.toString('base64') },
      ...seal(passwordKey, plain, 'password'),
    },
    recovery: {
      publicKey: recoveryPublicKey.toString('base64'),
      ephemeralPublicKey: rawPublicKey(ephemeral.publicKey).toString('base64'),
      salt: recoverySalt.toString('base64'),
      ...seal(recoveryWrapKey(shared, recoverySalt), plain, 'recovery'),
    },
  };
}

function recoveryWrapKey(shared: Buffer, salt: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', shared, salt, 'shiftbook recovery v1', 32));
}

/** AES-256-GCM; the purpose is bound in as associated data, so the two seals cannot be swapped. */
function seal(key: Buffer, plain: Buffer, purpose: string): { nonce: string; data: string } {
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(`shiftbook-key v1 ${purpose}`));
  const data = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), data: data.toString('base64') };
}

function open(key: Buffer, box: { nonce: string; data: string }, purpose: string): Buffer | null {
  const data = Buffer.from(box.data, 'base64');
  if (data.length < 16) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(box.nonce, 'base64'));
    decipher.setAAD(Buffer.from(`shiftbook-key v1 ${purpose}`));
    decipher.setAuthTag(data.subarray(data.length - 16));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}

function keyringOf(plain: Buffer, keyFile: string): Keyring {
  let parsed: z.infer<typeof keysSchema>;
  try {
    parsed = keysSchema.parse(JSON.parse(plain.toString('utf8')));
  } catch {
    throw new DomainError('vault.keyFileDamaged', { keyFile });
  }
  const all = parsed.keys.map((key) => Buffer.from(key, 'base64'));
  if (all.some((key) => key.length !== dataKeyBytes)) throw new DomainError('vault.keyFileDamaged', { keyFile });
  return { current: all[0] as Buffer, all };
}

function scrypt(password: string, salt: Buffer, kdf: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(password.normalize('NFC'), salt, 32, { ...kdf, maxmem: 256 * kdf.N * kdf.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export function readKeyFile(keyFile: string): KeyFile {
  let text: string;
  try {
    text = fs.readFileSync(keyFile, 'utf8');
  } catch {
    throw new DomainError('vault.keyFileMissing', { keyFile, file: '' });
  }
  try {
    return keyFileSchema.parse(JSON.parse(text));
  } catch {
    throw new DomainError('vault.keyFileDamaged', { keyFile });
  }
}

/** Written beside, flushed, then renamed over: a crash leaves the old file or the new one, never half of one. */
function writeKeyFile(keyFile: string, content: KeyFile): void {
  makePrivateFolder(path.dirname(keyFile));
  const temporary = `${keyFile}.new`;
  const fd = fs.openSync(temporary, 'w', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(content, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, keyFile);
}
