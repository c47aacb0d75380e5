import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import './styles/tokens.css';
import './styles/base.css';
import { queryClient } from './app/api';
import { App } from './app/App';
import { useHashPath, useHashSearch } from './app/location';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Router hook={useHashPath} searchHook={useHashSearch} hrefs={(href) => `#${href}`}>
          <App />
        </Router>
      </QueryClientProvider>
    </StrictMode>,
  );
}
