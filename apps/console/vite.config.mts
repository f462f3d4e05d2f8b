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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // The API explorer's editor (Monaco, ~2.8 MB) is its own chunk, loaded only when the explorer opens.
    chunkSizeWarningLimit: 3072,
    rolldownOptions: {
      // GraphiQL's React Compiler runtime marks modules "use no memo", which a bundle cannot keep; harmless.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { host: '127.0.0.1', port: 4200, proxy: { '/graphql': gateway, '/dev/token': gateway, '/console/config.json': gateway } },
});
