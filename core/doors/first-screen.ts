import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BridgeOptions } from './http.js';

type Drawer = NonNullable<BridgeOptions['drawFirstScreen']>;

/**
 * The week board's drawer for browser mode's door: the renderer's
 * entry-server.tsx, which `vite build` builds into dist/ssr beside the page
 * in dist/renderer. Loaded from the build, so the door imports no UI code
 * of its own. Undefined when that build is missing (an older build): the
 * page then draws itself, as it always can.
 */
export async function firstScreenDrawer(rendererDir: string): Promise<Drawer | undefined> {
  const file = path.join(rendererDir, '..', 'ssr', 'entry-server.js');
  if (!fs.existsSync(file)) return undefined;
  const built = (await import(pathToFileURL(file).href)) as { drawFirstScreen?: Drawer };
  return built.drawFirstScreen;
}
