import { describe, expect, it } from 'vitest';
import { writeSection } from '../../../src/core/ini/writeSection';
import { groupOf, loadSchemaFixture, readFixture } from '../../support/fixtures';

const glance = groupOf(loadSchemaFixture('seed-glance.json').schema, 'glance');
const novaGlance = groupOf(loadSchemaFixture('nova-26-glance.json').schema, 'glance');
const p = groupOf(loadSchemaFixture('synthetic.json').schema, 'p');

function text(result: ReturnType<typeof writeSection>): string {
  if ('errors' in result) throw new Error(JSON.stringify(result.errors));
  return result.text;
}

describe('writeSection, minimal style', () => {
  it('writes only the options that are set, in schema order', () => {
    expect(
      text(
        writeSection(glance, {
          timeout: 30,
          api_servers: ['https://glance.example.com:9292', 'http://10.0.0.2:9292/image'],
          num_retries: 3,
          cafile: ' /etc/ssl/ca.pem',
          keyfile: 'pa$$word.pem',
          insecure: false,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "[glance]
      api_servers = https://glance.example.com:9292,http://10.0.0.2:9292/image
      num_retries = 3
      cafile = " /etc/ssl/ca.pem"
      keyfile = pa$$$$word.pem
      insecure = false
      timeout = 30
      "
    `);
  });

  it('writes an empty section when nothing is set', () => {
    expect(text(writeSection(glance, {}))).toMatchInlineSnapshot(`
      "[glance]
      "
    `);
  });

  it('writes a multi valued option as one line per item, and null numbers as `key =`', () => {
    expect(text(writeSection(p, { m: ['a', '', ' b '], i: null, fu: -0, d: { k: 'v:w' }, l: ['x', ''] }))).toMatchInlineSnapshot(`
      "[p]
      i =
      fu = -0.0
      l = x, ,
      d = k:v:w
      m = a
      m =
      m = " b "
      "
    `);
  });

  it('writes nothing when a value cannot be written faithfully, and says which and why', () => {
    expect(writeSection(glance, { api_servers: ['a,b'], cafile: 'x\ny', num_retries: 2.5, nope: 1 })).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "group": "glance",
            "message": "no option "nope" in [glance]",
            "option": "nope",
          },
          {
            "group": "glance",
            "message": "api_servers has item 1 ("a,b") with a comma, which oslo's lists cannot hold",
            "option": "api_servers",
          },
          {
            "group": "glance",
            "message": "num_retries is not an integer value",
            "option": "num_retries",
          },
          {
            "group": "glance",
            "message": "cafile contains a line break, which an INI value cannot hold",
            "option": "cafile",
          },
        ],
      }
    `);
  });
});

describe('writeSection, annotated style (the generator\'s sample style)', () => {
  it('the seed [glance] section with nothing set', () => {
    expect(text(writeSection(glance, {}, 'annotated'))).toMatchInlineSnapshot(`
      "[glance]
      # Configuration options for the Image service

      #
      # List of glance api servers endpoints available to nova.
      #
      # https is used for ssl-based glance api servers.
      #
      # Possible values:
      #
      # * A list of any fully qualified url of the form
      # "scheme://hostname:port[/path]"
      #   (i.e. "http://10.0.1.0:9292" or "https://my.glance.server/image").
      #  (list value)
      #api_servers = <None>

      #
      # Enable image signature verification.
      #
      # nova uses the image signature metadata from glance and verifies the
      # signature
      # of a signed image while downloading that image. If the image
      # signature cannot
      # be verified or if the image signature metadata is either incomplete
      # or
      # unavailable, then nova will not boot the image and instead will
      # place the
      # instance into an error state. This provides end users with stronger
      # assurances
      # of the integrity of the image data they are using to create servers.
      #
      # Related options:
      #
      # * The options in the \`key_manager\` group, as the key_manager is used
      #   for the signature validation.
      #  (boolean value)
      #verify_glance_signatures = false

      #
      # Enable glance operation retries.
      #
      # Specifies the number of retries when uploading / downloading
      # an image to / from glance. 0 means no retries.
      #  (integer value)
      # Minimum value: 0
      #num_retries = 0

      #
      # List of url schemes that can be directly accessed.
      #
      # This option specifies a list of url schemes that can be downloaded
      # directly via the direct_url. This direct_URL can be fetched from
      # Image metadata which can be used by nova to get the
      # image more efficiently. nova-compute could benefit from this by
      # invoking a copy when it has access to the same file system as
      # glance.
      #
      # Possible values:
      #
      # * [file], Empty list (default)
      #  (list value)
      #allowed_direct_url_schemes =

      #
      # Enable insecure SSL (https) requests to glance.
      #
      # This setting can be used to turn off verification of the glance
      # server
      # certificate against the certificate authorities.
      #
      # WARNING: Using insecure SSL (https) requests can expose your data to
      # man-in-the-middle attacks. Use this option with caution.
      #  (boolean value)
      #api_insecure = false

      # PEM encoded Certificate Authority to use when verifying HTTPs
      # connections. (string value)
      # Deprecated group/name - [ssl]/ca_file
      #cafile = <None>

      # PEM encoded client certificate cert file (string value)
      # Deprecated group/name - [ssl]/cert_file
      #certfile = <None>

      # PEM encoded client certificate key file (string value)
      # Deprecated group/name - [ssl]/key_file
      #keyfile = <None>

      # Verify HTTPS connections. (boolean value)
      # Deprecated group/name - [glance]/api_insecure
      #insecure = false

      # Timeout value for http requests (integer value)
      #timeout = <None>

      # Collect per-API call timing information. (boolean value)
      #collect_timing = false

      # Log requests to multiple loggers. (boolean value)
      #split_loggers = false

      "
    `);
  });

  it('the seed [glance] section with values set: those lines replace the commented defaults', () => {
    const annotated = text(writeSection(glance, { num_retries: 5, api_insecure: true, collect_timing: true }, 'annotated'));
    expect(annotated.split('\n').filter((line) => /^#?[a-z_]+ =/.test(line))).toMatchInlineSnapshot(`
      [
        "#api_servers = <None>",
        "#verify_glance_signatures = false",
        "num_retries = 5",
        "#allowed_direct_url_schemes =",
        "api_insecure = true",
        "#cafile = <None>",
        "#certfile = <None>",
        "#keyfile = <None>",
        "#insecure = false",
        "#timeout = <None>",
        "collect_timing = true",
        "#split_loggers = false",
      ]
    `);
  });

  it('bounds, choices, mutability, deprecation and advanced notes', () => {
    const annotated = text(writeSection(p, { c: 'B' }, 'annotated'));
    expect(annotated.slice(0, annotated.indexOf('\n\n', annotated.indexOf('#fu =')))).toMatchInlineSnapshot(`
      "[p]
      # A group with one option of every type.

      # A plain string. (string value)
      # Deprecated group/name - [old]/s_old
      #s = <None>

      # A string with choices. (string value)
      # Possible values:
      # a - <No description provided>
      # B - upper case B
      c = B

      # An integer between 0 and 10. (integer value)
      # Minimum value: 0
      # Maximum value: 10
      # Note: This option can be changed without restarting.
      #i = 5

      # An integer with choices. (integer value)
      # Possible values:
      # 1 - <No description provided>
      # 20 - twenty
      #ic = <None>

      # A float between 0 and 10. (floating point value)
      # Minimum value: 0
      # Maximum value: 10
      #f = 1.5

      # A float without bounds. (floating point value)
      # Advanced Option: intended for advanced users and not used
      # by the majority of users, and might have a significant
      # effect on stability and/or performance.
      #fu = <None>"
    `);
    expect(annotated.slice(annotated.indexOf('# DEPRECATED: Going away.'))).toMatchInlineSnapshot(`
      "# DEPRECATED: Going away. (string value)
      # This option is deprecated for removal since 2.0.
      # Its value may be silently ignored in the future.
      # Reason: Nobody uses it.
      #gone = <None>

      "
    `);
  });

  it.each([
    ['seed-glance', glance],
    ['nova-26-glance', novaGlance],
  ] as const)('comments out every default the way oslo-config-generator does (%s.sample.conf)', (name, group) => {
    const defaults = (sample: string) => sample.split('\n').filter((line) => /^#[a-z_]+ =/.test(line));
    const sample = readFixture(`${name}.sample.conf`);
    expect(defaults(text(writeSection(group, {}, 'annotated')))).toEqual(defaults(sample));
  });
});

describe('writeSection, annotated style: old names', () => {
  it('an old name without a group is in the option\'s own group, as the generator writes it', () => {
    const annotated = text(writeSection(p, {}, 'annotated'));
    expect(annotated.split('\n').filter((line) => line.startsWith('# Deprecated group/name'))).toMatchInlineSnapshot(`
      [
        "# Deprecated group/name - [old]/s_old",
        "# Deprecated group/name - [p]/b_old",
        "# Deprecated group/name - [p]/m_old",
      ]
    `);
  });
});
