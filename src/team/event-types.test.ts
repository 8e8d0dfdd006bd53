// The byte reader of event types against a full Server-Sent Events parser (eventsource-parser,
// which the worker used before): the same events, of the same types, however the stream is
// made and cut into chunks.
import { createParser } from 'eventsource-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventTypes } from './event-types';

const encode = (text: string) => new TextEncoder().encode(text);

/** The types `EventTypes` reads from `bytes` fed in chunks cut at `cuts`. */
function typesRead(bytes: Uint8Array, cuts: number[]): string[] {
  const types: string[] = [];
  const reader = new EventTypes((type) => types.push(type));
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b), bytes.length]) {
    reader.feed(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  return types;
}

/** The types the full parser dispatches (its `event` is undefined for the default type). */
function typesParsed(bytes: Uint8Array): string[] {
  const types: string[] = [];
  const parser = createParser({ onEvent: (e) => types.push(e.event || 'message') });
  parser.feed(new TextDecoder().decode(bytes));
  return types;
}

describe('event types read from the bytes of an event stream', () => {
  it('tells each dispatched event by its type, and nothing for comments, blank events or other fields', () => {
    const stream =
      '\uFEFFretry: 3000\n\n: ping\n\nevent: changes\nid: 7\ndata: {"changes":[{"text":"kartu, ditolak: \\u00e9"}]}\n\n' +
      'event: other\ndata: x\n\nevent:changes\r\ndata\r\n\r\nevent: changes\n\ndata: plain\n\nevent\ndata: y\n\n' +
      `event: ${'x'.repeat(100)}\ndata: long type\n\n: data: not a field\n\nevent: changes\rdata: ${'é'.repeat(70_000)}\r\r`;
    const bytes = encode(stream);
    expect(typesRead(bytes, [])).toEqual(['changes', 'other', 'changes', 'message', 'message', '\u0000', 'changes']);
    expect(typesParsed(bytes).map((t) => (t.length > 64 ? '\u0000' : t))).toEqual(typesRead(bytes, []));
  });

  it('reads what a full parser reads, however the stream is cut', () => {
    const line = fc.oneof(
      fc.constant(''),
      fc.constant(': ping'),
      fc.constantFrom('event: changes', 'event:changes', 'event: other', 'event:', 'event', 'id: 3', 'retry: 10'),
      fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => `data: ${s.replace(/[\r\n]/g, ' ')}`),
      fc.constantFrom('data', 'data:', 'dat: a', 'datax: b', 'eventx: changes', ' event: changes'),
    );
    const ending = fc.constantFrom('\n', '\r', '\r\n');
    const stream = fc
      .tuple(fc.boolean(), fc.array(fc.tuple(line, ending), { maxLength: 30 }))
      .map(([bom, lines]) => (bom ? '\uFEFF' : '') + lines.map(([l, e]) => l + e).join(''));
    fc.assert(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const bytes = encode(text);
        expect(typesRead(bytes, cuts)).toEqual(typesParsed(bytes));
      }),
      { numRuns: 500 },
    );
  });
});
