import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API's address comes from VITE_API_URL at build time (read in src/config.ts); the dev server port from CONSOLE_PORT.
const port = Number(process.env['CONSOLE_PORT'] ?? 5173);

// Big libraries get chunks of their own so the app's code can change without re-downloading them. Earlier groups win a
// shared module, so recharts (loaded only with the dashboard) comes last and keeps nothing the first screen needs.
const vendorChunks: Array<{ name: string; test: RegExp }> = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-is)[\\/]/ },
  { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis|hoist-non-react-statics|clsx|@babel[\\/]runtime)[\\/]/ },
  { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[a-z-]+|@tanstack|react-hook-form|react-router|react-router-dom|lodash|query-string|inflection|node-polyglot|jsonexport|dompurify|react-dropzone|attr-accept|file-selector|date-fns|react-error-boundary|eventemitter3|decode-uri-component|filter-obj|split-on-first|cookie|set-cookie-parser)[\\/]/ },
  { name: 'recharts', test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|@reduxjs|immer|reselect|redux|redux-thunk|react-redux|es-toolkit|tiny-invariant|use-sync-external-store)[\\/]/ },
];

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, host: '127.0.0.1' },
  preview: { port, strictPort: true, host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // Vite 8 (Rolldown) spelling of manualChunks.
        codeSplitting: {
          groups: vendorChunks.map((chunk, i) => ({ ...chunk, priority: vendorChunks.length - i })),
        },
      },
    },
  },
});
