import { analyze, compileQueries } from '../src/core/analyze';
import * as data from './lib/datasets';

const texts = [
  ...(data.idsa() ?? []),
  ...(data.tweeteval() ?? []),
  ...(data.mobileJkn() ?? []),
  ...(data.complaintsEn() ?? []),
].map((i) => i.text);
const queries = compileQueries([
  { id: 'antrean', source: 'antri* OR antre* OR "nunggu lama"' },
  { id: 'login', source: '(login OR masuk) NEAR/3 (gagal OR "tidak bisa" OR error)' },
  { id: 'bpjs', source: 'bpjs OR jkn OR "mobile jkn"' },
]);
for (let k = 0; k < 25; k++) for (const t of texts) analyze(t, { queries });
