// The seed documents api_servers entries as "scheme://hostname:port[/path]" (its own example omits the port).
// oslo takes any text; nova fails on the first request instead.
const ENDPOINT = /^(https?):\/\/(\[[0-9a-fA-F:.]+\]|[^\s/:?#[\]@]+)(?::(\d{1,5}))?(\/[^\s?#]*)?$/;

export function checkEndpointUrl(value: string): string | null {
  const match = ENDPOINT.exec(value);
  if (!match) return `"${value}" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)`;
  if (match[3] !== undefined && Number(match[3]) > 65535) return `"${value}" has a port above 65535`;
  return null;
}
