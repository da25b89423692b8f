// Bridge to the REAL oslo.config (Debian python3-oslo.config 9.0.0) for interop tests.
// Spawns `/usr/bin/python3 oslo_oracle.py`, sends one JSON request, parses one JSON answer.
// Tests must never skip: when the library is missing this throws with the install command.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const OSLO_INSTALL_HINT =
  'run: apt-get install -y --no-install-recommends python3-oslo.config python3-keystoneauth1 python3-keystonemiddleware python3-oslo.messaging';

export const ORACLE_SCRIPT = fileURLToPath(new URL('./oslo_oracle.py', import.meta.url));
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** A value as oslo returned it; non-finite floats come back as {float: 'inf' | '-inf' | 'nan'}, integers beyond 2^53 as {int: digits}. */
export type OsloValue =
  | null
  | boolean
  | number
  | string
  | { float: 'inf' | '-inf' | 'nan' }
  | { int: string }
  | OsloValue[]
  | { [key: string]: OsloValue };

export interface OsloCase {
  /** INI texts, in order (later files win), written byte for byte (UTF-8, CRLF preserved). */
  files: string[];
}

export interface OsloValueError {
  group: string;
  /** the option's dest */
  option: string;
  /** str(exception), temp paths replaced by `file<N>.conf` */
  message: string;
  /** exception class, e.g. ConfigFileValueError, TemplateSubstitutionError */
  type?: string;
}

export interface OsloParseError {
  /** e.g. "Failed to parse file0.conf: at file0.conf:2, No ':' or '=' found in assignment: 'foo'" */
  message: string;
  /** 1-based line number from the message, or null */
  line: number | null;
  /** index into `files` of the failing file, or null */
  file?: number | null;
  type?: string;
}

export interface OsloResult {
  /** group -> dest -> value; only options that read without error; {} after a parse error */
  values: Record<string, Record<string, OsloValue>>;
  errors: OsloValueError[];
  parse_error: OsloParseError | null;
  /** What oslo raises at startup for options marked required: the first that is None, or the first failure reading one. */
  required_error: { message: string; type: string } | null;
  /** oslo's log records at WARNING and above (deprecations), in emission order */
  warnings: string[];
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONUTF8: '1', PYTHONIOENCODING: 'utf-8' };
  // The system interpreter must see only Debian's packages.
  delete env.PYTHONPATH;
  delete env.PYTHONHOME;
  delete env.PYTHONSTARTUP;
  delete env.VIRTUAL_ENV;
  return env;
}

export async function readWithOslo(schema: unknown, cases: OsloCase[]): Promise<OsloResult[]> {
  return (await askOslo({ schema, cases }, cases.length)).results!;
}

/** What a real option's type checks, beyond what generator output says. */
export interface OsloOptionFacts {
  type: string;
  item_type: string | null;
  item_choices: string[] | null;
  item_min: number | null;
  item_max: number | null;
  regex: string | null;
  max_length: number | null;
  ignore_case: boolean;
  choices: (string | null)[] | null;
  bounds: boolean;
  schemes: string[] | null;
  required: boolean;
}

/**
 * Reads files with a catalog service's options registered as the service registers them: through its generator
 * namespaces, from the release's unpacked Debian tree (scripts/catalog/prepare-tree.sh). Also says what each real
 * option checks.
 */
export async function readServiceWithOslo(
  release: string,
  service: string,
  cases: OsloCase[],
): Promise<{ options: Record<string, Record<string, OsloOptionFacts>>; results: OsloResult[] }> {
  const answer = await askOslo({ service: { release, name: service }, describe: true, cases }, cases.length);
  return { options: answer.options!, results: answer.results! };
}

async function askOslo(
  body: object,
  caseCount: number,
): Promise<{ options?: Record<string, Record<string, OsloOptionFacts>>; results?: OsloResult[] }> {
  const request = JSON.stringify(body);
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(SYSTEM_PYTHON, [ORACLE_SCRIPT], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', (e: NodeJS.ErrnoException) => {
        reject(
          new Error(
            `oslo oracle: cannot run ${SYSTEM_PYTHON} (${e.code ?? e.message}); python3-oslo.config is required.\n${OSLO_INSTALL_HINT}`,
          ),
        );
      });
      child.on('close', (c) =>
        resolve({ code: c, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
      );
      child.stdin.on('error', () => {
        /* reported through exit code / stderr */
      });
      child.stdin.end(request, 'utf8');
    },
  );
  if (code !== 0) {
    const hint = /oslo_config|keystoneauth1|No module named/.test(stderr) ? `\n${OSLO_INSTALL_HINT}` : '';
    throw new Error(`oslo oracle failed (exit ${code}):\n${stderr.trim()}${hint}`);
  }
  let parsed: { options?: Record<string, Record<string, OsloOptionFacts>>; results?: OsloResult[] };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch (e) {
    throw new Error(`oslo oracle printed invalid JSON (${String(e)}):\n${stdout.slice(0, 500)}\nstderr:\n${stderr}`);
  }
  if (!parsed.results || parsed.results.length !== caseCount) {
    throw new Error(
      `oslo oracle returned ${parsed.results?.length ?? 'no'} results for ${caseCount} cases\nstderr:\n${stderr}`,
    );
  }
  return parsed;
}
