import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The API (and its console under /q) is same-origin for the SPA: dev and preview proxy it.
const apiUrl = process.env.FAZHI_API_URL ?? 'http://localhost:8080';
const toApi: ProxyOptions = {
  target: apiUrl,
  changeOrigin: true,
  // through the proxy the call is same-origin; the browser's Origin would make the API apply CORS
  configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
};
const proxy = { '/api': toApi, '/q': toApi };

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5180, proxy },
  preview: { port: 5180, proxy },
  build: {
    target: 'es2022',
    // antd is large; route chunks pull what they need, the entry keeps only the shell.
    chunkSizeWarningLimit: 900,
  },
});
