import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one build served three ways: app:// in Electron, the loopback
// bridge in browser mode, and Vite's dev server (npm run dev). It may import the
// contract (@contract) and nothing else outside renderer/.
// `vite build` builds both environments (`builder`): the page (client) and the
// first screen browser mode's door draws into it (ssr, renderer/src/entry-server.tsx),
// one self-contained file, so the door loads nothing from node_modules.
export default defineConfig(({ mode }) => ({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@contract': path.resolve(import.meta.dirname, 'core/contract') },
  },
  build: {
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    emptyOutDir: true,
  },
  environments: {
    client: {
      build: { outDir: path.resolve(import.meta.dirname, 'dist/renderer') },
    },
    ssr: {
      resolve: { noExternal: true },
      // React's build of the page's mode (production unless --mode development): Node has no NODE_ENV set,
      // and the development build draws several times slower.
      define: { 'process.env.NODE_ENV': JSON.stringify(mode === 'development' ? 'development' : 'production') },
      build: {
        outDir: path.resolve(import.meta.dirname, 'dist/ssr'),
        copyPublicDir: false,
        rollupOptions: { input: path.resolve(import.meta.dirname, 'renderer/src/entry-server.tsx') },
      },
    },
  },
  builder: {},
  server: { strictPort: false },
}));
