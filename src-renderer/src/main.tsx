/**
 * Renderer entry: mounts the app. Styles come from CSS files (the CSP allows no inline styles).
 * zod is not loaded here: the forms that need it bring it (lib/contract-schemas.ts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
