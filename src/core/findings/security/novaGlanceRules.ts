import { isText, listOf } from './text';
import type { SecurityRule } from './types';

// nova's own key manager: one fixed key from [key_manager] fixed_key, which holds no certificates.
const FIXED_KEY_MANAGER = 'nova.keymgr.conf_key_mgr.ConfKeyManager';

/**
 * nova's [glance] options of its own (and the seed's `api_insecure`). What they make nova do follows nova's
 * documentation of the options (nova/conf/glance.py, nova/conf/key_manager.py) and castellan's key manager loader.
 */
export const novaGlanceRules: SecurityRule[] = [
  {
    id: 'glance-api-insecure',
    group: 'glance',
    option: 'api_insecure',
    when: ({ values }) => values.api_insecure === true,
    severity: 'warning',
    title: '[glance] api_insecure = true: TLS verification off, and insecure = true through the old name',
    explanation: [
      'oslo.config reads this line twice. As api_insecure itself, it asks for requests to the image service without verifying its certificate. It is also the old name of insecure: unless insecure is set in this file or a later one, oslo.config takes insecure from this line too, so insecure = true, certificate verification is off for nova\'s image service connection, and oslo.config logs: Deprecated: Option "api_insecure" from group "glance" is deprecated. Use option "insecure" from group "glance". Where insecure is set, insecure wins and this line only sets api_insecure.',
      'Without verification, anyone on the network path can pose as the image service, read the tokens nova sends and serve it altered images.',
      "What to do: delete this line and set insecure = false (and cafile, if the image service's CA is not one the system trusts).",
    ].join('\n'),
    fix: {
      label: 'delete api_insecure and set insecure = false',
      edits: ({ group }) => [
        { group, option: 'api_insecure' },
        { group, option: 'insecure', value: false },
      ],
    },
  },
  {
    id: 'glance-verify-signatures-off',
    group: 'glance',
    option: 'verify_glance_signatures',
    services: ['nova'],
    when: ({ values }) => values.verify_glance_signatures === false,
    severity: 'warning',
    title: '[glance] verify_glance_signatures = false: nova boots images without checking their signature',
    explanation: [
      'nova boots images as it gets them, without checking that they are the images their owners signed.',
      'An image altered in the image store, on its way, or swapped for another, boots without any notice. With true, nova checks each image against the signature in its img_signature properties, with a certificate from the key manager, and refuses to boot an image whose signature is wrong, missing or incomplete.',
      'What to do: set verify_glance_signatures = true. It needs a key manager (the [key_manager] options, e.g. Barbican) holding the signing certificates, and every image signed, with its img_signature, img_signature_hash_method, img_signature_key_type and img_signature_certificate_uuid properties: unsigned images no longer boot.',
    ].join('\n'),
    fix: {
      label: 'set verify_glance_signatures = true (once images are signed and the key manager is set up)',
      edits: ({ group }) => [{ group, option: 'verify_glance_signatures', value: true }],
    },
  },
  {
    id: 'glance-signatures-without-key-manager',
    group: 'glance',
    option: 'verify_glance_signatures',
    services: ['nova'],
    reads: ['key_manager'],
    when: ({ values, read }) => {
      if (values.verify_glance_signatures !== true || !('backend' in read('key_manager'))) return false;
      const { backend } = read('key_manager');
      return !isText(backend) || backend.trim() === FIXED_KEY_MANAGER;
    },
    kind: 'invalid',
    severity: 'warning',
    title: ({ read }) =>
      isText(read('key_manager').backend)
        ? '[glance] verify_glance_signatures = true, but [key_manager] backend is nova\'s fixed key, which holds no certificates'
        : '[glance] verify_glance_signatures = true, but [key_manager] backend is empty: there is no key manager to get certificates from',
    explanation: [
      'nova verifies an image\'s signature with the certificate named by the image\'s img_signature_certificate_uuid, which it fetches from the key manager that [key_manager] backend loads (through castellan). An empty backend loads none, and nova\'s fixed-key manager (nova.keymgr.conf_key_mgr.ConfKeyManager) only ever returns the one key of fixed_key.',
      'No certificate can be fetched, so every signed image fails verification and nova refuses to boot it: signature verification is on, and no instance boots from a signed image.',
      'What to do: set [key_manager] backend to a key manager that holds the signing certificates (barbican, the default, or vault), with its options set, or set verify_glance_signatures = false until there is one.',
    ].join('\n'),
    fix: { label: 'set [key_manager] backend = barbican', edits: () => [{ group: 'key_manager', option: 'backend', value: 'barbican' }] },
  },
  {
    id: 'glance-direct-url-file',
    group: 'glance',
    option: 'allowed_direct_url_schemes',
    services: ['nova'],
    when: ({ values }) => listOf(values.allowed_direct_url_schemes).includes('file'),
    severity: 'warning',
    title: '[glance] allowed_direct_url_schemes holds file: nova-compute reads images straight from a shared filesystem',
    explanation: [
      "With file allowed, nova-compute copies an image from the filesystem path in the image's direct URL instead of downloading it through the image service.",
      "The read happens outside the image service's API and its access checks, on a filesystem every compute host mounts; and it needs the image service to show image locations to its users, which reveals where and how images are stored.",
      'What to do: remove file (the default is an empty list); nova then downloads images through the image service.',
    ].join('\n'),
    fix: {
      label: 'remove file from the list',
      edits: ({ group, values }) => [{ group, option: 'allowed_direct_url_schemes', value: listOf(values.allowed_direct_url_schemes).filter((scheme) => scheme !== 'file') }],
    },
  },
];
