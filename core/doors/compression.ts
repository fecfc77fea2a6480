import fs from 'node:fs';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text compresses well; images and fonts are compressed already. */
const compressible = /^(text\/|application\/json|image\/svg\+xml)/;

/**
 * The encoding to answer in for an Accept-Encoding header: brotli (smaller)
 * before gzip, each only if the browser accepts it (a q=0 refuses it).
 */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param));
    if (name && !refused) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

// Each file is compressed once per run and encoding; a newer file (a rebuild) is compressed again.
const cache = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();

function compress(bytes: Buffer, encoding: Encoding): Promise<Buffer> {
  // Brotli's quality 5 is about as small as gzip's best at a fraction of brotli's top quality's time,
  // so the first load after a start does not wait long for it.
  return encoding === 'br'
    ? brotli(bytes, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
    : gzip(bytes, { level: 6 });
}

/**
 * A static file's body and the headers that go with it, compressed as the
 * browser asks when its type is worth compressing. The work runs off the event
 * loop (zlib's thread pool), so API calls are answered meanwhile.
 */
export async function encodedFile(
  file: string,
  contentType: string,
  acceptEncoding: string | undefined,
): Promise<{ body: Buffer; headers: Record<string, string> }> {
  if (!compressible.test(contentType)) return { body: fs.readFileSync(file), headers: {} };
  const encoding = preferredEncoding(acceptEncoding);
  const vary = { vary: 'accept-encoding' };
  if (!encoding) return { body: fs.readFileSync(file), headers: vary };
  const { mtimeMs } = fs.statSync(file);
  const key = `${encoding} ${file}`;
  let entry = cache.get(key);
  if (!entry || entry.mtimeMs !== mtimeMs) {
    entry = { mtimeMs, body: compress(fs.readFileSync(file), encoding) };
    cache.set(key, entry);
  }
  try {
    return { body: await entry.body, headers: { ...vary, 'content-encoding': encoding } };
  } catch {
    // Not kept: the next request tries again; this one gets the file as it is.
    if (cache.get(key) === entry) cache.delete(key);
    return { body: fs.readFileSync(file), headers: vary };
  }
}
