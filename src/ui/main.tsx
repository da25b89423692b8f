import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { builtinSchema } from '../core/schema/builtinSchema';

function App() {
  const group = builtinSchema.groups.find((candidate) => candidate.name === 'glance')!;
  return (
    <main>
      <h1>oslo-config-editor</h1>
      <p>
        [{group.name}]: {group.options.length} options
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
