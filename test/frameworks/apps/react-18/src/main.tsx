import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'mitid-ux-kit/fonts.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
