// The floor: the same labelled fields as plain HTML, built once, with no script behind them.
import type { GeneratorOption } from '../generatorData';
import { loadSchemaData, markReady, startBench } from './harness';

function inputType(option: GeneratorOption): string {
  if (option.type === 'boolean value') return 'checkbox';
  if (option.secret) return 'password';
  return /integer|floating|port/.test(option.type) ? 'number' : 'text';
}

/** A default as oslo's INI text shows it: lists comma separated, dicts as `key:value` pairs. */
function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'object') return Object.entries(value).map(([key, item]) => `${key}:${String(item)}`).join(',');
  return String(value);
}

function field(group: string, option: GeneratorOption): HTMLElement {
  const id = `${group}.${option.dest}`;
  const row = document.createElement('div');
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = option.dest;
  let input: HTMLInputElement | HTMLSelectElement;
  if (option.choices?.length) {
    input = document.createElement('select');
    for (const [value] of option.choices) input.add(new Option(String(value ?? ''), String(value ?? '')));
  } else {
    input = document.createElement('input');
    input.type = inputType(option);
    if (option.min !== null) input.min = String(option.min);
    if (option.max !== null) input.max = String(option.max);
    if (input.type === 'checkbox') input.checked = option.default === true;
    else input.value = display(option.default);
  }
  input.id = id;
  input.name = id;
  const help = document.createElement('p');
  help.textContent = option.help ?? '';
  row.append(label, input, help);
  return row;
}

void loadSchemaData().then((data) => {
  startBench(data);
  const form = document.createElement('form');
  for (const [group, { opts }] of Object.entries(data.options)) {
    if (opts.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = group;
    fieldset.append(legend, ...opts.map((option) => field(group, option)));
    form.append(fieldset);
  }
  document.getElementById('root')!.append(form);
  markReady();
});
