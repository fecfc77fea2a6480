import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one build served three ways: app:// in Electron, the loopback
// bridge in browser mode, and Vite's dev server (npm run dev). It may import the
// contract (@contract) and nothing else outside renderer/.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@contract': path.resolve(import.meta.dirname, 'core/contract') },
  },
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: { strictPort: false },
});
