// The worker's view of the analysis core: one post in, one Analysis out.
import { analyze } from '../core/analyze';
import type { Analysis, Post } from '../core/types';

export function analyzePost(post: Post): Analysis {
  const text = post.quoted?.text ? `${post.text}\n${post.quoted.text}` : post.text;
  return analyze(text);
}
