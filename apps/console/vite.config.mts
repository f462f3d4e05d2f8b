import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into apps/console/dist and served by the gateway at /console (same origin as /graphql).
// `npm run console:dev` serves it with hot reload and forwards the API to `npm start`'s gateway.
const gateway = process.env.CARTA_GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [react()],
  // Every asset name carries its content hash: the gateway caches /console/assets/* for a year.
  build: { outDir: 'dist', emptyOutDir: true, assetsDir: 'assets', sourcemap: false, chunkSizeWarningLimit: 1024 },
  server: { host: '127.0.0.1', port: 4200, proxy: { '/graphql': gateway, '/dev/token': gateway } },
});
