// The trained post model at work: a category's keyword counts once per post for the categories,
// as the trainer counts it, however many of the category's phrases the post holds.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, DEFAULT_TAXONOMY, readPost } from '../analyze';
import postWeights from '../model/post-kind.json';
import { PostModel, type PostModelWeights } from './post-model';

const taxonomy = compileTaxonomy(DEFAULT_TAXONOMY);
const groups = new Map(taxonomy.categories.map((c) => [c.group, c.id]));

describe('PostModel categories', () => {
  it('counts a phrase group once for the categories, whatever the phrase index repeats', () => {
    const model = new PostModel(postWeights as PostModelWeights);
    const { tokens, found, signals, sentiment } = readPost(
      'obat kosong lagi di apotek rs, disuruh beli di luar',
      taxonomy,
    );
    const categoryPhrases = found.filter((p) => groups.has(p.group));
    expect(categoryPhrases.length).toBeGreaterThan(0);
    model.read(tokens, found, signals, sentiment, groups, 0);
    const once = model.categories(groups);
    model.read(tokens, [...found, ...categoryPhrases, ...categoryPhrases], signals, sentiment, groups, 0);
    expect(model.categories(groups)).toEqual(once);
    expect(once[0]?.id).toBe('obat');
  });

  it('asserts the likeliest category from the first floor only when asked to', () => {
    const model = new PostModel(postWeights as PostModelWeights);
    const { tokens, found, signals, sentiment } = readPost('hari ini hujan deras sekali', taxonomy);
    model.read(tokens, found, signals, sentiment, groups, 0);
    const lenient = model.categories(groups, true);
    const strict = model.categories(groups, false);
    // The first floor is far below the floor: the likeliest category of an off-topic post passes
    // the one and not the other.
    expect(lenient).toHaveLength(1);
    expect(lenient[0]?.probability).toBeLessThan(0.5);
    expect(strict).toEqual([]);
  });
});
