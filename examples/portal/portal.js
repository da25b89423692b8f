// The portal's script: drives the element through its attributes and lists the events it sends. It listens on
// the document, where the events arrive because they bubble.
const editor = document.getElementById('editor');
const events = document.getElementById('events');
const values = document.getElementById('values');
const validity = document.getElementById('validity');

function log(event, summary) {
  const item = document.createElement('li');
  item.dataset.type = event.type;
  const flags = [event.bubbles && 'bubbles', event.composed && 'composed'].filter(Boolean).join(', ');
  item.textContent = `${event.type} (${flags}): ${summary}`;
  events.prepend(item);
  while (events.children.length > 50) events.lastElementChild.remove();
}

// The page's own controls send `change` events too: only the editor's are CustomEvents from the element.
const fromEditor = (event) => event instanceof CustomEvent && event.target === editor;

document.addEventListener('change', (event) => {
  if (!fromEditor(event)) return;
  const { values: current, findings, text } = event.detail;
  values.textContent = JSON.stringify(current, null, 2);
  const set = Object.values(current).reduce((count, group) => count + Object.keys(group).length, 0);
  log(event, `${set} option${set === 1 ? '' : 's'} set, ${findings.length} finding${findings.length === 1 ? '' : 's'}, ${text === null ? 'not exportable' : 'exportable'}`);
});

document.addEventListener('validity', (event) => {
  if (!fromEditor(event)) return;
  const { valid, problems } = event.detail;
  validity.textContent = valid
    ? 'The file is valid.'
    : `The file cannot be exported: ${problems.map((problem) => `${problem.option ?? `line ${problem.line}`}: ${problem.message}`).join('; ')}`;
  log(event, valid ? 'valid' : `invalid (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
});

document.addEventListener('export', (event) => {
  if (!fromEditor(event)) return;
  const { fileName, via, text } = event.detail;
  log(event, `${fileName} by ${via}, ${text.length} characters`);
});

document.getElementById('theme').addEventListener('change', (event) => {
  const theme = event.currentTarget.value;
  if (theme) editor.setAttribute('theme', theme);
  else editor.removeAttribute('theme');
});

document.getElementById('readonly').addEventListener('change', (event) => {
  editor.toggleAttribute('readonly', event.currentTarget.checked);
});
