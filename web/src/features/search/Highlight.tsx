import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities of escaped text, so React can escape it again for the page. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The API's snippet is HTML-escaped text with matches in <mark>. Only <mark> becomes markup;
 * every other character is rendered as text, so nothing in a bio can inject HTML.
 */
export function Highlight({ html }: { html: string }) {
  const parts = html.split(/(<\/?mark>)/);
  let marked = false;
  const nodes = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) nodes.push(marked ? <mark key={i}>{decodeEntities(part)}</mark> : <Fragment key={i}>{decodeEntities(part)}</Fragment>);
  }
  return <>{nodes}</>;
}
