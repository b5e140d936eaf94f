import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/lib/i18n/i18n';

import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
