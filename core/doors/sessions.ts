/**
 * Browser mode's session cookie. HttpOnly keeps it from scripts, SameSite=Strict
 * from requests other sites start; the port is in its name because cookies are
 * kept per host, not per port, and two Shiftbooks may run side by side.
 */
export function sessionCookie(port: number) {
  const name = `shiftbook-session-${port}`;
  return {
    name,
    set: (id: string) => `${name}=${id}; HttpOnly; SameSite=Strict; Path=/`,
    /** The session id from a Cookie header, or null. */
    read(header: string | undefined): string | null {
      for (const part of (header ?? '').split(';')) {
        const [key, ...value] = part.trim().split('=');
        if (key === name) return value.join('=');
      }
      return null;
    },
  };
}
