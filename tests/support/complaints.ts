// Builders for complaint records in tests and benches: realistic shape, invented text.
import { ulid } from 'ulid';
import { SITES } from '../../src/core/post';
import type { Analysis, Post } from '../../src/core/types';
import { localDay } from '../../src/db/day';
import type { Complaint } from '../../src/db/schema';
import type { ComplaintView } from '../../src/team/views';

const CATEGORIES = ['kepesertaan', 'antrean', 'rujukan', 'obat', 'iuran_pembayaran', 'lainnya'];
const TEXTS = [
  'Tolong min, kartu BPJS saya ditolak di RS padahal iuran lancar. Kecewa banget.',
  'Antri dari subuh di puskesmas, nomor antrean online tidak berlaku.',
  'Rujukan ke RS tipe B ditolak, disuruh balik ke faskes 1 lagi.',
  'Obat kronis habis di apotek, disuruh beli sendiri. Gimana ini?',
  'Iuran sudah dibayar tapi status masih nonaktif, mohon bantuan.',
  'Aplikasi Mobile JKN error terus waktu ganti faskes.',
];

export function makeComplaint(
  i: number,
  over: Partial<Complaint> = {},
  baseTime = Date.UTC(2026, 10, 1, 3),
): Complaint {
  const site = SITES[i % SITES.length] ?? 'x';
  const createdAt = baseTime + i * 60_000;
  const post: Post = {
    key: `${site}:${100_000 + i}`,
    site,
    postId: String(100_000 + i),
    url: `https://x.com/warga${i}/status/${100_000 + i}`,
    author: { name: `Warga ${i}`, handle: `@warga${i}` },
    text: `${TEXTS[i % TEXTS.length]} #${i}`,
    counts: { likes: i % 50, replies: i % 7 },
    kind: 'post',
  };
  const analysis: Analysis = {
    lang: 'id',
    sentiment: { label: 'negative', score: -0.6, confidence: 0.8, drivers: ['kecewa'] },
    complaint: {
      is: true,
      probability: 0.9,
      categories: [CATEGORIES[i % CATEGORIES.length] ?? 'lainnya'],
      urgent: i % 10 === 0,
      urgencyFlags: [],
      asksForHelp: true,
    },
    matches: i % 4 === 0 ? [{ queryId: 'bpjs', words: ['bpjs'] }] : [],
    modelVersion: 'test',
  };
  return {
    id: ulid(createdAt),
    postKey: post.key,
    site,
    post,
    analysis,
    status: 'new',
    priority: i % 10 === 0 ? 'urgent' : 'normal',
    category: CATEGORIES[i % CATEGORIES.length] ?? 'lainnya',
    notes: [],
    tags: [],
    createdAt,
    day: localDay(createdAt),
    updatedAt: createdAt,
    deleted: 0,
    deviceId: 'dev-test',
    history: [{ at: createdAt, field: 'created', to: 'new' }],
    ...over,
  };
}

/** The team server's state of a complaint, as a pull page carries it. */
export function serverViewOf(c: Complaint, seq: number, over: Partial<ComplaintView> = {}): ComplaintView {
  return {
    postKey: c.postKey,
    site: c.site,
    post: c.post,
    analysis: c.analysis,
    status: c.status,
    priority: c.priority,
    category: c.category,
    notes: c.notes,
    tags: c.tags,
    assignee: c.team?.assignee ?? null,
    deleted: c.deleted === 1,
    createdBy: 'ani',
    loggers: [{ username: 'ani', at: c.createdAt }],
    createdAt: c.createdAt,
    day: c.day,
    updatedAt: c.updatedAt,
    lastSeq: seq,
    ...over,
  };
}
