import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const routerDir = path.resolve(import.meta.dirname, 'node_modules', 'react-router');

// The renderer is one build served three ways: app:// in Electron, the loopback
// bridge in browser mode, and Vite's dev server (npm run dev). It may import the
// contract (@contract) and nothing else outside renderer/.
export default defineConfig(({ mode }) => ({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@contract', replacement: path.resolve(import.meta.dirname, 'core/contract') },
      // The router's package offers only its development build to bundlers (every export
      // condition points there); the app ships its production build: no dev-time checks
      // or warnings to run when the app opens.
      ...(mode === 'production'
        ? [{ find: /^react-router$/, replacement: path.resolve(routerDir, 'dist/production/index.mjs') }]
        : []),
    ],
  },
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: { strictPort: false },
}));
