import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API (and its console under /q) is same-origin for the SPA: dev and preview proxy it.
const apiUrl = process.env.FAZHI_API_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: apiUrl, changeOrigin: true },
  '/q': { target: apiUrl, changeOrigin: true },
};

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
