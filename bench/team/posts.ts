// Posts and analyses shaped as the extension logs them, for the team server's load bench.
const TEXTS = [
  'BPJS antrean lama banget dari pagi belum dipanggil, tolong min',
  'kartu BPJS saya tidak aktif padahal iuran sudah dibayar',
  'aplikasi Mobile JKN error terus pas mau daftar antrean',
  'rujukan ditolak rumah sakit, katanya kamar penuh',
  'terima kasih BPJS, pelayanan di faskes cepat hari ini',
];

export function samplePost(id: string) {
  const text = TEXTS[Number.parseInt(id.replace(/\D/g, '').slice(-3) || '0', 10) % TEXTS.length] ?? '';
  return {
    post: {
      key: `x:${id}`,
      site: 'x',
      postId: id,
      author: { handle: `warga${id.length}` },
      text,
      counts: { likes: 3 },
      kind: 'post',
    },
    analysis: {
      lang: 'id',
      sentiment: { label: 'negative', score: -0.5, confidence: 0.7, drivers: ['lama'] },
      complaint: {
        is: true,
        probability: 0.85,
        categories: ['antrean'],
        urgent: false,
        urgencyFlags: [],
        asksForHelp: true,
      },
      matches: [],
      modelVersion: 'bench',
    },
  };
}
