/**
 * Link targets as PDF URI actions: ISO 32000-1 (12.6.4.7) requires the URI to be 7-bit
 * ASCII, and pdfkit writes any other string as UTF-16, which viewers then read as
 * garbage or not at all. The WHATWG URL parser gives the ASCII form: the host as
 * punycode (IDNA), path, query and fragment percent-encoded as UTF-8. For mailto: the
 * address's domain is converted to punycode too and the rest percent-encoded (RFC 6068).
 */
import { domainToASCII } from 'node:url';

/** Percent-encodes every byte of `text` that is not printable ASCII (or is a space). */
function escapeRest(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0x20 && code < 0x7f) out += char;
    else for (const byte of Buffer.from(char.length === 1 && code >= 0xd800 && code <= 0xdfff ? '\ufffd' : char, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function mailtoUri(href: string): string {
  const rest = href.slice('mailto:'.length);
  const query = rest.indexOf('?');
  const addresses = query < 0 ? rest : rest.slice(0, query);
  const tail = query < 0 ? '' : rest.slice(query);
  const list = addresses.split(',').map((address) => {
    const at = address.lastIndexOf('@');
    if (at < 0) return escapeRest(address);
    const domain = address.slice(at + 1);
    const ascii = /^[\x21-\x7e]*$/.test(domain) ? domain : domainToASCII(domain) || domain;
    return `${escapeRest(address.slice(0, at))}@${escapeRest(ascii)}`;
  });
  return `mailto:${list.join(',')}${escapeRest(tail)}`;
}

/** The ASCII form of an http(s) or mailto link target; any other string is escaped. */
export function asciiUri(href: string): string {
  const trimmed = href.trim();
  if (/^mailto:/i.test(trimmed)) return mailtoUri(`mailto:${trimmed.slice(7)}`);
  if (/^https?:/i.test(trimmed)) {
    try {
      return escapeRest(new URL(trimmed).href);
    } catch {
      // Not a valid URL: still ASCII, byte for byte.
    }
  }
  return escapeRest(trimmed);
}
