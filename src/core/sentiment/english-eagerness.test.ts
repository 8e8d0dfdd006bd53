// Eagerness the word list cannot see: plans, cheers, firsts and unlisted emoji make a post that
// scored nothing positive; a question, a post that scored, or a plain notice stays as it was.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { EAGER_VALENCE, eagerCue, withEagerness } from './english-eagerness';

const nothing = { pos: 0, neg: 0, drivers: [] };

describe('eagerness without a word', () => {
  it('finds each cue in the post as written', () => {
    expect(eagerCue('Graduation tomorrow!! 4 years went so fast')).toBe('!!');
    expect(eagerCue('What a season for Leicester')).toBe('what a');
    expect(eagerCue('Finally got my hands on the new Zelda')).toBe('finally');
    expect(eagerCue('Visiting Rome for the first time in October')).toBe('first time');
    expect(eagerCue('Going to see the new Star Wars at midnight')).toBe('going to see');
    expect(eagerCue("We're watching the final at Dan's")).toBe('seeing');
    expect(eagerCue('Off to Lisbon in the morning')).toBe('off to');
    expect(eagerCue('Two weeks till I see Adele live')).toBe('days until');
    expect(eagerCue('Taking the kids to the zoo on Sunday')).toBe('taking');
    expect(eagerCue('Our first Christmas in our new home 🎄')).toBe('🎄');
  });

  it("finds every wording of a cue, past the quick check for the cues' words", () => {
    expect(eagerCue('Heading to Leeds for the weekend')).toBe('off to');
    expect(eagerCue('Flying to Bali tomorrow')).toBe('off to');
    expect(eagerCue('Road trip with the lads')).toBe('off to');
    expect(eagerCue('Bringing mum to the seaside')).toBe('taking');
    expect(eagerCue("I'm treating the team to lunch")).toBe('taking');
    expect(eagerCue('3 days to go')).toBe('days until');
    expect(eagerCue('One more week until Glastonbury')).toBe('days until');
    expect(eagerCue('About to watch the final')).toBe('going to see');
    expect(eagerCue('Our first ever gig in London')).toBe('first time');
    expect(eagerCue('What an evening at the Proms')).toBe('what a');
  });

  it('reads no cue in a question, a plain notice, a flag or a listed emoji', () => {
    expect(eagerCue('Off to Lisbon in the morning, any tips?')).toBeUndefined();
    expect(eagerCue('Doors open at 7pm. Tickets on the door')).toBeUndefined();
    expect(eagerCue('Polls close at 10pm 🇬🇧')).toBeUndefined();
    expect(eagerCue('New phone™ out Friday ©')).toBeUndefined();
    // 😅 is in the emoji table at 0: weighed there, not a cue here.
    expect(eagerCue('Monday again 😅')).toBeUndefined();
    // One that opens the post signposts a notice.
    expect(eagerCue('📅 Dates for your diary: parents evening is 12 March')).toBeUndefined();
    expect(eagerCue('🎄 Christmas at ours this year 🎄')).toBe('🎄');
    // Nor one that points or marks, wherever it stands.
    expect(eagerCue('How the referral system works, a thread 🧵')).toBeUndefined();
  });

  it('reads no cue where a wait, a failure or a care account makes it exasperation', () => {
    expect(eagerCue("@AmazonHelp my order still hasn't arrived!!")).toBeUndefined();
    expect(eagerCue('Off to the hospital again for my dad')).toBeUndefined();
    expect(eagerCue('First time my card got declined at the store')).toBeUndefined();
    expect(analyze("@AmazonHelp my order still hasn't arrived!!").sentiment.label).not.toBe('positive');
  });

  it('adds its valence only where the words scored nothing', () => {
    expect(withEagerness(nothing, 'Off to Lisbon in the morning')).toEqual({
      pos: EAGER_VALENCE,
      neg: 0,
      drivers: ['off to'],
    });
    const scored = { pos: 0, neg: 2, drivers: ['cancelled'] };
    expect(withEagerness(scored, 'Finally home!! flight cancelled twice')).toBe(scored);
    expect(withEagerness(nothing, 'The farmers market is back on Sunday')).toBe(nothing);
  });

  it('reads a plan or a cheer as positive, and leaves a notice neutral', () => {
    const plan = analyze('Going to see Muse at the O2 on the 18th').sentiment;
    expect(plan.label).toBe('positive');
    expect(plan.drivers).toEqual(['going to see']);
    expect(analyze('Beyonce tomorrow night!!!! who else is coming').sentiment.label).toBe('positive');
    expect(analyze('Quiz night every Thursday at the Red Lion, 8pm start!').sentiment.label).toBe('neutral');
    // A negative word still decides: the cue is no praise.
    expect(analyze('Finally home after the worst flight of my life').sentiment.label).toBe('negative');
  });
});
