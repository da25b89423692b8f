import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { builtinSchema } from '../core/schema/builtinSchema';
import { EditorApp } from './EditorApp';

function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <header className="oce-page__header">
      <h1>oslo-config-editor</h1>
      <p>
        Draft the configuration of any OpenStack service from its option schema: every option with its documentation,
        checked as oslo.config reads it.
      </p>
    </header>
    <main>
      <EditorApp
        builtin={{ schema: builtinSchema, source: 'nova’s [glance] group (built in)' }}
        group="glance"
        catalogUrl={new URL('catalog/', document.baseURI).href}
        storage={pageStorage()}
      />
    </main>
  </StrictMode>,
);
