import { useEffect, useState } from 'react';
import { ConfigEditor } from './ConfigEditor';
import { configFileName } from './model/readSchema';
import { SchemaLoader, type LoadedSchema } from './SchemaLoader';

/**
 * The editor's page: the schema chooser above the editor. Another schema starts a new editor (its own draft,
 * filters and history), so that nothing of the previous schema stays.
 */
export function EditorApp({ initial, group }: { initial: LoadedSchema; group?: string }) {
  const [loaded, setLoaded] = useState({ ...initial, generation: 0 });
  // The previous editor unmounts, saving its draft, before the next one reads the drafts: the same schema again
  // finds its draft complete.
  const [mounted, setMounted] = useState(0);
  useEffect(() => setMounted(loaded.generation), [loaded.generation]);
  return (
    <>
      <SchemaLoader current={loaded} onLoad={(next) => setLoaded((previous) => ({ ...next, generation: previous.generation + 1 }))} />
      {mounted === loaded.generation && (
        <ConfigEditor
          key={loaded.generation}
          schema={loaded.schema}
          group={loaded.generation === 0 ? group : undefined}
          fileName={loaded.generation === 0 ? undefined : configFileName(loaded.source)}
        />
      )}
    </>
  );
}
