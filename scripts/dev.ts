// npm run dev: browser mode with hot reload. Vite serves the renderer from
// source; the API is the same loopback bridge as in browser mode.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startBridge } from '../core/doors/http.js';
import { checkoutPaths, dataFilePath } from '../core/doors/paths.js';
import { openLockedRuntime } from '../core/doors/locked-runtime.js';

const paths = checkoutPaths(path.dirname(fileURLToPath(import.meta.url)));
const dataFile = dataFilePath();
const gate = await openLockedRuntime(
  { dataFile, migrationsFolder: paths.migrationsFolder, fontsDir: paths.fontsDir, version: paths.version },
  process.env,
);
const vite = await createServer({
  configFile: path.join(paths.root, 'vite.config.ts'),
  server: { middlewareMode: true, hmr: { port: Number(process.env.SHIFTBOOK_HMR_PORT ?? 24678) } },
  appType: 'custom',
});
const indexFile = path.join(paths.root, 'renderer', 'index.html');
const bridge = await startBridge(
  {
    dispatcher: gate,
    fallback: (req, res) => vite.middlewares(req, res),
    indexHtml: (url) => vite.transformIndexHtml(url, fs.readFileSync(indexFile, 'utf8')),
  },
  Number(process.env.SHIFTBOOK_PORT ?? 5317),
);
console.log(`Shiftbook (development) at ${bridge.openUrl}\nData: ${dataFile}`);
