import crypto from 'node:crypto';

/**
 * The recovery key is the private half of an X25519 key pair, written for
 * people: Crockford base32 (no I, L, O, U, so 0/O and 1/I/L read alike), in
 * groups of five, with two check bytes that catch a mistyped character before
 * any decryption is tried.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const privateBytes = 32;
const checkBytes = 2;
// DER wrappers of a raw X25519 key (RFC 8410), so node:crypto takes the 32 bytes.
const pkcs8Prefix = Buffer.from('302e020100300506032b656e04220420', 'hex');
const spkiPrefix = Buffer.from('302a300506032b656e032100', 'hex');

export interface RecoveryPair {
  /** What is shown and printed once at setup; never stored. */
  text: string;
  /** Stored in the key file, so a new password can be sealed to it again. */
  publicKey: Buffer;
}

export function newRecoveryPair(): RecoveryPair {
  const raw = crypto.randomBytes(privateBytes);
  return { text: recoveryText(raw), publicKey: publicKeyOf(raw) };
}

/** The raw private key typed back in, or null when it is not a recovery key (a typo, a missing group). */
export function parseRecoveryText(text: string): Buffer | null {
  const symbols = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[OIL]/g, (c) => (c === 'O' ? '0' : '1'));
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const symbol of symbols) {
    const digit = alphabet.indexOf(symbol);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
      value &= (1 << bits) - 1;
    }
  }
  if (bytes.length !== privateBytes + checkBytes) return null;
  const raw = Buffer.from(bytes.slice(0, privateBytes));
  const check = Buffer.from(bytes.slice(privateBytes));
  return check.equals(checksum(raw)) ? raw : null;
}

export function privateKeyObject(raw: Buffer): crypto.KeyObject {
  return crypto.createPrivateKey({ key: Buffer.concat([pkcs8Prefix, raw]), format: 'der', type: 'pkcs8' });
}

export function publicKeyObject(raw: Buffer): crypto.KeyObject {
  return crypto.createPublicKey({ key: Buffer.concat([spkiPrefix, raw]), format: 'der', type: 'spki' });
}

/** The raw 32 bytes of an X25519 public key. */
export function rawPublicKey(key: crypto.KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(spkiPrefix.length);
}

function publicKeyOf(raw: Buffer): Buffer {
  return rawPublicKey(crypto.createPublicKey(privateKeyObject(raw)));
}

function checksum(raw: Buffer): Buffer {
  return crypto.createHash('sha256').update(raw).digest().subarray(0, checkBytes);
}

function recoveryText(raw: Buffer): string {
  const bytes = Buffer.concat([raw, checksum(raw)]);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.match(/.{1,5}/g)?.join('-') ?? out;
}
