/**
 * Renderer entry: mounts the app. Styles come from CSS files (the CSP allows no inline styles).
 * zod is not loaded here: the forms that need it bring it (lib/contract-schemas.ts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api';
import { App } from './app';
import { loadQrEncoder } from './lib/qr-encoder';
import { connectStores } from './stores/connect-stores';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');
// Connected (for the page's lifetime) before the first render, not in an effect after it: the
// start-up snapshot is on its way while React renders the shell, and the create form, which
// waits for it, is interactive that much sooner.
connectStores(getApi());
// The QR encoder is its own chunk (lib/qr-encoder.ts): fetched beside the first render, so it
// is there before the first card needs it without weighing on the first screen's bundle.
void loadQrEncoder().catch(() => undefined);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
