import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const appName = 'Shiftbook';
export const dataFileName = 'shiftbook.sqlite';

/**
 * Where the data file lives outside Electron: the same folder Electron's
 * app.getPath('userData') gives, so browser mode and the desktop app share it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.SHIFTBOOK_DATA_DIR) return path.resolve(env.SHIFTBOOK_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appName);
}

/**
 * The database file every door opens: SHIFTBOOK_DB when set (relative to where
 * the app was started), else shiftbook.sqlite in the data folder. The desktop app
 * passes Electron's own folder; the others use defaultDataDir. SHIFTBOOK_DATA_DIR
 * wins over either folder, so both kinds of start find the same file.
 */
export function dataFilePath(env: NodeJS.ProcessEnv = process.env, appDataDir: string = defaultDataDir(env)): string {
  if (env.SHIFTBOOK_DB) return path.resolve(env.SHIFTBOOK_DB);
  const folder = env.SHIFTBOOK_DATA_DIR ? path.resolve(env.SHIFTBOOK_DATA_DIR) : appDataDir;
  return path.join(folder, dataFileName);
}

/** The repository (or unpacked app) root: the nearest folder up with our package.json. */
export function findAppRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const { name } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'shiftbook') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No shiftbook package.json above ${start}`);
    dir = parent;
  }
}

export interface AppPaths {
  root: string;
  migrationsFolder: string;
  fontsDir: string;
  rendererDir: string;
  version: string;
}

/** Paths of the shipped resources when running from a checkout. */
export function checkoutPaths(start: string): AppPaths {
  const root = findAppRoot(start);
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    root,
    migrationsFolder: path.join(root, 'db', 'migrations'),
    fontsDir: path.join(root, 'resources', 'fonts'),
    rendererDir: path.join(root, 'dist', 'renderer'),
    version,
  };
}
