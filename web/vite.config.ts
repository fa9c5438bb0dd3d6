import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  // `npm run dev -w web` beside a running `npm start`: pages hot-reload, the API stays on :3000.
  server: { proxy: { '/graphql': 'http://localhost:3000' } },
});
