import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The review view (served by `npm run review`) loads only when asked for.
const ReviewApp = lazy(() => import('./review/ReviewApp').then((m) => ({ default: m.ReviewApp })));
const reviewing = new URLSearchParams(window.location.search).has('review');

createRoot(root).render(
  <ErrorBoundary>
    {reviewing ? (
      <Suspense fallback={null}>
        <ReviewApp />
      </Suspense>
    ) : (
      <App />
    )}
  </ErrorBoundary>,
);
