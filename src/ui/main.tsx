import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { builtinSchema } from '../core/schema/builtinSchema';
import { ConfigEditor } from './ConfigEditor';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <header className="oce-page__header">
      <h1>oslo-config-editor</h1>
      <p>
        Draft nova’s <code>[glance]</code> section: every option with its documentation, checked as oslo.config reads it.
      </p>
    </header>
    <main>
      <ConfigEditor schema={builtinSchema} group="glance" />
    </main>
  </StrictMode>,
);
