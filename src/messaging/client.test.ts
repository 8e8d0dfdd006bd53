import { describe, expect, it } from 'vitest';
import { makeClient, type Transport } from './client';

/** A transport that answers each attempt in turn: a value, a throw, or never. */
function scripted(...answers: ('never' | 'throw' | 'nothing' | unknown)[]) {
  const sent: unknown[] = [];
  const send: Transport = (message) => {
    sent.push(message);
    const answer = answers[sent.length - 1];
    if (answer === 'never') return new Promise(() => undefined);
    if (answer === 'throw') return Promise.reject(new Error('Receiving end does not exist.'));
    return Promise.resolve(answer === 'nothing' ? undefined : answer);
  };
  return { send, sent };
}

const noPause = async () => undefined;
const PONG = { ok: true, value: { pong: true } };

describe('the message client', () => {
  it('passes the worker’s answer through, error values included', async () => {
    const refusal = { ok: false, error: { code: 'not-allowed', message: 'no' } };
    const { send } = scripted(refusal);
    expect(await makeClient(send, { pause: noPause })({ type: 'ping' })).toEqual(refusal);
  });

  it('asks again when a read got no answer (worker asleep, or stopped mid-message)', async () => {
    const { send, sent } = scripted('throw', 'never', PONG);
    const ask = makeClient(send, { timeoutMs: 5, pause: noPause });
    expect(await ask({ type: 'ping' })).toEqual(PONG);
    expect(sent).toHaveLength(3);
  });

  it('gives up after three attempts with an error value, never an exception', async () => {
    const { send, sent } = scripted('throw', 'nothing', 'never', PONG);
    const reply = await makeClient(send, { timeoutMs: 5, pause: noPause })({ type: 'summary/today' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', message: 'the worker did not answer' } });
    expect(sent).toHaveLength(3);
  });

  it.each([
    ['an edit', { type: 'complaint/update', id: '01A', change: { note: 'sudah ditelepon' } }],
    ['an undo', { type: 'complaint/undo', id: '01A' }],
  ] as const)('sends %s only once: the first attempt may have gone through', async (_what, message) => {
    const { send, sent } = scripted('never', { ok: true, value: {} });
    const reply = await makeClient(send, { timeoutMs: 5, pause: noPause })(message);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(sent).toHaveLength(1);
  });
});
