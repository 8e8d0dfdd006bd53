import { describe, expect, it } from 'vitest';
import { analyze, readPost } from '../analyze';
import { wearyCues as cuesOf, MAX_WEARY_CUES } from './english-weariness';

const wearyCues = (text: string) => cuesOf(readPost(text).tokens, text);

describe('weariness: a grievance told as a story', () => {
  it('names the shape of the story', () => {
    expect(wearyCues('@BritishAirways 90 minutes on hold and then the line cut out')).toEqual([
      'time lost',
      'stopped working',
    ]);
    expect(wearyCues("@PayPal you've held my funds for 21 days")).toEqual(['time lost']);
    expect(wearyCues('@VirginMedia no internet since 6am')).toEqual(['time lost', 'no answer']);
    expect(wearyCues('@DisneyPlusHelp the app logs me out every time I switch profile')).toEqual([
      'again and again',
      'stopped working',
    ]);
    expect(wearyCues('@AmazonHelp third parcel this month left in the rain')).toEqual(['again and again', 'damaged']);
    expect(wearyCues('Never using @Deliveroo again, a pizza that never came')).toEqual(['never came']);
    expect(wearyCues('@Spotify is the app down? nothing will play')).toEqual(['no answer', 'stopped working']);
    // A typographic apostrophe reads as the plain one.
    expect(wearyCues('@Barclays the app won’t let me log in')).toEqual(['stopped working']);
  });

  it('finds a cue in words the normaliser rewrites', () => {
    // The Indonesian slang table reads "min" as "admin" and "hrs" as "harus": the cue is read on
    // the post as written, and those tokens let it be tried.
    expect(wearyCues('@easyJet 40 min late and still at the gate')).toEqual(['time lost']);
    expect(wearyCues('@British_Airways left 36 hrs late via Dubai')).toEqual(['time lost']);
  });

  it('counts no more than MAX_WEARY_CUES', () => {
    const all = '@X third time this week, 2 hours on hold, no reply, it never came and the box was cracked';
    expect(wearyCues(all)).toHaveLength(MAX_WEARY_CUES);
  });

  it('reads no cue in a plain question or a plan that names a time', () => {
    for (const text of [
      '@HSBC_UK how long does a transfer to Spain take, 3 days?',
      '@ThreeUKSupport does my plan work in the US for two weeks?',
      "@FedExHelp what's the cut off for next day delivery on Saturday?",
      '@Netflix can I download films to watch on a 9 hour flight?',
      '@Apple 4 years on and this laptop still runs like new',
    ])
      expect(wearyCues(text), text).toEqual([]);
  });

  it('makes a story told to a company a complaint, and not one told about a film', () => {
    for (const text of [
      '@WestJet 4 hours on the tarmac with no water',
      '@PayPal you have held my funds for 21 days with no explanation',
      '@comcast internet has dropped 8 times tonight and I have a deadline',
      '@Hermes_Parcels the driver threw my parcel over the fence',
    ]) {
      const a = analyze(text);
      expect(a.lang, text).toBe('en');
      expect(a.complaint.is, text).toBe(true);
    }
    // No service and no account: the film's two hours are no complaint.
    const film = analyze("2 hours on the sofa with no plot, the worst film I've seen in months");
    expect(film.lang).toBe('en');
    expect(film.complaint.is).toBe(false);
  });
});
