import { describe, expect, it } from 'vitest';
import { analyze, readPost } from '../analyze';
import { targetShift } from './english-complaint';
import { englishInquiry } from './english-inquiry';
import { serviceTarget } from './service-target';

const targetOf = (text: string) => {
  const { tokens, signals } = readPost(text);
  return serviceTarget(tokens, signals.mentionsCare);
};

/** The analysis of a post that must be read as English for the rules under test to apply. */
const analyzeEnglish = (text: string) => {
  const a = analyze(text);
  expect(a.lang, text).toBe('en');
  return a;
};

describe('English complaints need a service to complain to or about', () => {
  it('reads what a post turns to: a service, some account, or nothing', () => {
    expect(targetOf('@AmazonHelp where is it')).toBe('service');
    expect(targetOf('the refund still has not come through')).toBe('service');
    expect(targetOf('spent an hour on hold again')).toBe('service');
    expect(targetOf("the bank's new rules")).toBe('service');
    // "app" is read as the normaliser spells it.
    expect(targetOf('your app logs me out every time')).toBe('service');
    expect(targetOf('@someone you never answer me')).toBe('account');
    expect(targetOf('this show is so predictable, still watching though')).toBe('none');
  });

  it('does not badge a gripe about a TV show, a team or a film as a complaint', () => {
    for (const text of [
      "Omg this show is so predictable even for the 3rd ep, can't believe I'm still watching",
      'Terrible, just terrible. Our defence was a disgrace again and the keeper never moved',
      "2 hours of my life I'm never getting back. awful film, worst ending ever",
      'Why does our kicker keep missing from 40 yards. Not again',
    ]) {
      const a = analyzeEnglish(text);
      expect(a.complaint.is).toBe(false);
      expect(a.kind?.label).not.toBe('complaint');
    }
  });

  it('still hears a complaint to a company', () => {
    for (const text of [
      '@AmazonHelp my order never arrived',
      'They charged me twice and the refund still has not arrived, 10 days now',
      '@user your website has been down all morning and I cannot pay my bill',
    ]) {
      const a = analyzeEnglish(text);
      expect(a.complaint.is).toBe(true);
      expect(a.kind?.label).toBe('complaint');
    }
  });

  it('discounts the cue model most when the post turns to nothing, less when to some account', () => {
    expect(targetShift('service', 3)).toBe(0);
    expect(targetShift('account', 1)).toBeGreaterThan(0);
    expect(targetShift('none', 1)).toBeGreaterThan(targetShift('account', 1));
    // Without a service, each problem cue is taken back.
    expect(targetShift('none', 3)).toBeGreaterThan(targetShift('none', 1));
  });

  it('does not read a plain question to a care account as a complaint (issue 17)', () => {
    for (const text of [
      '@AppleSupport is there a way to transfer my photos to a new phone?',
      'Hi @SpotifyCares, can I use family plan across two countries?',
      '@AmazonHelp can I still send back a coat I bought in the January sale?',
      '@KLMsupport what time does the transfer desk open at Schiphol?',
    ]) {
      const a = analyzeEnglish(text);
      expect(a.complaint.is).toBe(false);
    }
  });

  it('still hears a question that reports a fault', () => {
    for (const text of [
      '@comcast is there an outage in Seattle? internet down since 6am',
      '@AmazonHelp where is my order? it was due Monday',
      '@NetflixHelps how can you charge me twice for one month?',
      '@Uber_Support my driver charged me twice and no refund yet',
    ]) {
      const a = analyzeEnglish(text);
      expect(a.complaint.is).toBe(true);
    }
  });

  it('reads the inquiry form from the opening, and not past a fault, "why" or a negative reading', () => {
    const form = (text: string) => {
      const { tokens, found, signals, sentiment } = readPost(text);
      return englishInquiry(tokens, found, signals.hasQuestion, sentiment);
    };
    expect(form('hey @AskLloydsBank, how long does a transfer to Spain take?').is).toBe(true);
    expect(form('@TescoHelp do you still sell paper bags?')).toEqual({ is: true, questionCues: 1 });
    // No "?": not read as a question.
    expect(form('@AppleSupport is there a way to move photos').is).toBe(false);
    expect(form('@AppleSupport why is there a way to move photos but not videos?').is).toBe(false);
    expect(form('@BTCare is there an outage in Leeds?').is).toBe(false);
    expect(form('@BTCare where is my engineer?').is).toBe(false);
    expect(form('@BTCare is it normal for the router to blink red all night?').is).toBe(false);
    expect(form('@Verizon can I get my money back?').is).toBe(false);
  });
});
