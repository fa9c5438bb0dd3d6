import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies beside every page, script and style (name.br, name.gz), made once
    // at build time at the highest level, so the server sends them as they are (web-pages.ts).
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip')],
      include: /\.(html|js|css|svg|json|txt|webmanifest)$/,
      skipIfLargerOrEqual: true,
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  // `npm run dev -w web` beside a running `npm start`: pages hot-reload, the API stays on :3000.
  server: { proxy: { '/graphql': 'http://localhost:3000' } },
});
