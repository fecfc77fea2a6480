/**
 * Content Security Policy for the renderer, in the Electron window and in
 * browser mode alike. Mantine writes style attributes and one <style> element,
 * hence 'unsafe-inline' for styles only; scripts come from the app alone.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Host header values the loopback bridge accepts; anything else may be DNS rebinding. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** An Origin header, when present, must be our own page. Parsed, not substring-matched. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && allowedHosts(port).includes(url.host) && url.pathname === '/';
}
