import type { GroupSchema, OptionValue } from '../../schema/types';
import type { FindingKind, FixEdit, Severity } from '../types';

/** A group's values as oslo resolves them, by dest; `undefined` when oslo refuses the value or no such option exists. */
export type RuleValues = Readonly<Record<string, OptionValue | undefined>>;

/** Who a group's connections reach, in the words the explanations use (see peers.ts). */
export interface Peer {
  /** `the image service` */
  to: string;
  /** `an image service` */
  one: string;
  /** `the image service's` */
  whose: string;
  /** `the real image service from an impostor` */
  real: string;
  /** What an impostor can do to the service besides reading its tokens: `hand nova altered images that it then boots`. */
  tampering: (client: string) => string;
  /** What the service is doing when it waits for this peer: ` (booting, snapshotting, listing images)`. */
  waiting: string;
  /** What a timeout bounds: `not a whole download, so large images still download`. */
  timeoutBounds: string;
}

/** What a rule sees of the files: the group it runs on, and the groups it says it reads. */
export interface RuleContext {
  group: string;
  values: RuleValues;
  /** The values of a group the rule names in `reads` (empty for a group the schema lacks). */
  read: (group: string) => RuleValues;
  /** The service whose file it is (`nova`), or `the service`. */
  client: string;
  peer: Peer;
  /** The files set an option of the group, or hold its section: the service is meant to use it. */
  configured: boolean;
}

type Text = string | ((context: RuleContext) => string);

/**
 * One rule of the project's security overlay. Upstream help texts cannot be trusted (keystoneauth's `insecure`
 * says "Verify HTTPS connections." while `true` turns verification off), so every explanation is the project's own.
 */
export interface SecurityRule {
  /** Stable name, for tests and for anyone who wants to list or skip rules. */
  id: string;
  /** The groups it runs on: one group's name, or a test of what a group holds (`isKeystoneauthSession`). */
  group: string | ((group: GroupSchema) => boolean);
  /** The option the finding is about: its line is the finding's line. The rule runs only where the group has it. */
  option: string;
  /** Only for these services' files (an option whose meaning is the service's own). */
  services?: string[];
  /** Other groups whose values `when` reads: their lines are part of what the finding depends on. */
  reads?: string[];
  when: (context: RuleContext) => boolean;
  /** Default `insecure`. */
  kind?: FindingKind;
  severity: Severity | ((context: RuleContext) => Severity);
  title: Text;
  /** What happens, why it matters and what to do: one paragraph each, one line per paragraph. */
  explanation: Text;
  fix?: { label: Text; edits: (context: RuleContext) => FixEdit[] };
}
