import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { readGeneratorData } from '../../src/core/schema/readGeneratorData';
import type { ConfigSchema } from '../../src/core/schema/types';
import { ConfigEditor } from '../../src/ui/ConfigEditor';
import { loadSchemaData, markReady, startBench } from './harness';

function App({ schema, group }: { schema: ConfigSchema; group: string }) {
  // The parent's layout effect runs after the whole editor is in the DOM.
  useLayoutEffect(markReady, []);
  // No storage: a draft kept from an earlier run would change what the next run shows.
  return <ConfigEditor schema={schema} group={group} storage={null} />;
}

void loadSchemaData().then((data) => {
  const field = startBench(data);
  // The editor shows one group at a time: the one holding the typing field.
  createRoot(document.getElementById('root')!).render(
    <App schema={readGeneratorData(data, 'benchmark schema')} group={field.group} />,
  );
});
