import { formatRemovalWarning } from '../findings/formatRemovalWarning';
import type { Finding } from '../findings/types';
import type { ResolvedOption } from '../ini/resolveConfig';
import { formatValue } from '../types/formatValue';
import { type ReleaseComparison, resolvedIn } from './compareReleases';
import { describeOptionFacts } from './describeOptionFacts';
import { sameResolved, showResolved } from './showResolved';
import type { PlacedOption } from './types';
import { upgradeFinding } from './upgradeFinding';

/**
 * Option by option of the later release, with every line carried over to a name it reads: a value it refuses
 * (`refused`) or reads differently (`changed`); an option the files set that it deprecates for removal
 * (`deprecated`); a default that changes under an option the files leave unset (`default`); an option it requires
 * that the files do not set (`required`).
 */
export function findOptionChanges(comparison: ReleaseComparison): Finding[] {
  const { files, before, carried, predecessors, bridged } = comparison;
  const R1 = comparison.from.release;
  const R2 = comparison.to.release;
  const findings: Finding[] = [];
  for (const group of bridged.schema.groups) {
    for (const bridgedOption of group.options) {
      const option = bridged.original(bridgedOption);
      const placed = { group: group.name, option };
      const predecessor = predecessors.get(option) ?? null;
      const target = `[${group.name}] ${option.dest}`;
      const now = resolvedIn(carried, { group: group.name, option: bridgedOption });
      const was = predecessor ? resolvedIn(before, predecessor) : null;
      if (now.isSet) {
        // What the earlier release already refuses is check's to report.
        if (was?.error) continue;
        const source = now.sources.at(-1)!;
        const where = { group: group.name, option: option.dest, file: files[source.file]!.name, line: source.entry.line };
        const text = source.entry.value;
        const readBefore = was?.isSet ? `${R1} reads ${showResolved(was)} from this line (${describeOptionFacts(predecessor!.option)}). ` : '';
        if (now.error) {
          findings.push(
            upgradeFinding(comparison, 'refused', 'error', where, {
              title: `${R2} refuses ${target} = ${text}: ${now.error}`,
              explanation: [
                `${readBefore}${R2}'s option is ${describeOptionFacts(option)}, and oslo.config refuses the value: ${now.error}.`,
                `The service stops where it reads ${option.dest}.`,
                `What to do: set a value ${R2} accepts.`,
              ],
            }, [predecessor, placed]),
          );
        } else if (now.doubt && !was?.doubt) {
          findings.push(
            upgradeFinding(comparison, 'refused', 'warning', where, {
              title: `${R2} may refuse ${target} = ${text}: ${now.doubt}`,
              explanation: [
                `${readBefore}${R2}'s option is ${describeOptionFacts(option)}: ${now.doubt}.`,
                'The generator output does not say everything oslo checks: the service may refuse to start with it, or may read it as given.',
                `What to do: write the value as ${R2} lists it.`,
              ],
            }, [predecessor, placed]),
          );
        } else if (was?.isSet && !sameResolved(was, now)) {
          findings.push(
            upgradeFinding(comparison, 'changed', 'warning', where, {
              title: `${R2} reads ${target} as ${showTyped(now, was)[0]}, where ${R1} reads ${showTyped(now, was)[1]}`,
              explanation: [
                `The same text, ${text}, read by each release's option: ${R1}: ${describeOptionFacts(predecessor!.option)}; ${R2}: ${describeOptionFacts(option)}.`,
                `What to do: write the value so that ${R2} reads what is meant.`,
              ],
            }, [predecessor, placed]),
          );
        }
        // One the earlier release deprecates already is no change: check reports it.
        if (option.deprecatedForRemoval && !predecessor?.option.deprecatedForRemoval) findings.push(deprecated(comparison, placed, predecessor, where));
      } else if (was && !was.isSet && !was.error && !now.error && !sameResolved(was, now)) {
        findings.push(defaultChanged(comparison, placed, predecessor!, was, now));
      } else if (option.required && !predecessor?.option.required) {
        findings.push(required(comparison, placed, predecessor));
      }
    }
  }
  return findings;
}

function deprecated(comparison: ReleaseComparison, placed: PlacedOption, predecessor: PlacedOption | null, where: { group: string; option: string; file: string; line: number }): Finding {
  const R1 = comparison.from.release;
  const R2 = comparison.to.release;
  const { option } = placed;
  const reason = option.deprecatedReason?.replace(/\s+/g, ' ').trim();
  const since = option.deprecatedSince ? ` (since ${option.deprecatedSince})` : '';
  return upgradeFinding(comparison, 'deprecated', 'warning', where, {
    title: `[${placed.group}] ${option.dest} is deprecated for removal in ${R2}`,
    explanation: [
      `${predecessor ? `${R1} reads it as any option` : `${R1} has no such option`}; ${R2} deprecates it for removal${since}: a later release will stop reading it, and its value may then be silently ignored.`,
      reason ? `The reason ${R2} gives: ${reason}` : `${R2} gives no reason.`,
      `oslo.config logs: ${formatRemovalWarning(placed.group, option)}`,
      'What to do: move to what replaces it, then delete this line.',
    ],
  }, [predecessor, placed]);
}

function defaultChanged(comparison: ReleaseComparison, placed: PlacedOption, predecessor: PlacedOption, was: ResolvedOption, now: ResolvedOption): Finding {
  const R1 = comparison.from.release;
  const R2 = comparison.to.release;
  const { group, option } = placed;
  const target = `[${group}] ${option.dest}`;
  // The earlier default, written as a value of the later option: where it can be, a fix keeps the earlier behaviour.
  const keep = was.computed === null && 'texts' in formatValue(option, was.value);
  const [before, after] = showTyped(was, now);
  return upgradeFinding(comparison, 'default', 'info', { group, option: option.dest, line: null }, {
    title: `The default of ${target} changes in ${R2}: ${before} → ${after}`,
    explanation: [
      `This file does not set ${target}, so the service uses the default: ${before} in ${R1}, ${after} in ${R2}.`,
      `What to do: nothing, to take the new default${keep ? `; to keep ${R1}'s behaviour, set ${option.dest} = ${showResolved(was)} in [${group}]` : ''}.`,
    ],
    ...(keep && { fix: { label: `set ${option.dest} = ${showResolved(was)}, as in ${R1}`, edits: [{ group, option: option.dest, value: was.value }] } }),
  }, [predecessor, placed]);
}

// A required option matters where the service registers it: an authentication plugin's options once auth_type
// chooses the plugin, a feature's group where the service uses the feature.
function required(comparison: ReleaseComparison, placed: PlacedOption, predecessor: PlacedOption | null): Finding {
  const R1 = comparison.from.release;
  const R2 = comparison.to.release;
  const { group: name, option } = placed;
  const group = comparison.carried.options.get(name)!;
  const plugin = group.has('auth_type') && option.dest !== 'auth_type';
  const used = plugin ? group.get('auth_type')!.isSet : name === 'DEFAULT' || [...group.values()].some((resolved) => resolved.isSet);
  const pluginNote = used
    ? `It belongs to the authentication plugin that [${name}] auth_type chooses.`
    : `It belongs to an authentication plugin, which ${R2} registers only once [${name}] auth_type chooses one; this file chooses none, so nothing is needed until it does.`;
  return upgradeFinding(comparison, 'required', used ? 'warning' : 'info', { group: name, option: option.dest, line: null }, {
    title: `[${name}] ${option.dest} is required in ${R2}, and this file does not set it`,
    explanation: [
      `${predecessor ? `${R1} does not require it` : `${R1} has no such option`}; ${R2} refuses to start without a value wherever it registers the option.`,
      ...(plugin ? [pluginNote] : used ? [] : [`This file sets nothing in [${name}]: it is needed once the service uses what [${name}] configures.`]),
      `What to do: set ${option.dest} in [${name}]${plugin && !used ? ' along with auth_type' : ''}.`,
    ],
  }, [predecessor, placed]);
}

/** Two values for a message, each with its type where they read alike (`5 (string)`, `5 (integer)`). */
function showTyped(a: ResolvedOption, b: ResolvedOption): [string, string] {
  const [one, other] = [showResolved(a), showResolved(b)];
  if (one !== other) return [one, other];
  return [`${one} (${a.option.typeName.replace(/ value$/, '')})`, `${other} (${b.option.typeName.replace(/ value$/, '')})`];
}
