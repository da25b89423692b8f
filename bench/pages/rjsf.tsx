import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { toJsonSchema } from '../toJsonSchema';
import { loadSchemaData, markReady, startBench } from './harness';

function App({ converted }: { converted: ReturnType<typeof toJsonSchema> }) {
  // The parent's layout effect runs after the whole form is in the DOM.
  useLayoutEffect(markReady, []);
  return <Form schema={converted.schema} uiSchema={converted.uiSchema} validator={validator} liveValidate="onChange" />;
}

void loadSchemaData().then((data) => {
  startBench(data);
  createRoot(document.getElementById('root')!).render(<App converted={toJsonSchema(data)} />);
});
