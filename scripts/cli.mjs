// npm run cli: the command line as compiled JavaScript, built first when missing
// or out of date (a cold call costs about half of running the TypeScript source).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureNodeBuild, nodeDist } from './node-build.mjs';

ensureNodeBuild();
await import(pathToFileURL(path.join(nodeDist, 'core', 'doors', 'cli-main.js')).href);
