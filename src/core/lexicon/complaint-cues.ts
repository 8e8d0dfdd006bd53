// The project's own cues for "something went wrong and someone should fix it", beyond the
// taxonomy's categories. Phrases are matched after normalisation ("gak bisa" → "tidak bisa").

/** Something does not work, takes too long, or was refused. */
export const PROBLEM_CUES = [
  'tidak bisa', 'tidak dapat', 'tidak ada', 'tidak muncul', 'tidak masuk', 'tidak terkirim', 'tidak jelas',
  'tidak sesuai', 'tidak berfungsi', 'tidak diproses', 'tidak pernah', 'belum', 'gagal', 'error', 'eror',
  'galat', 'lambat', 'lama', 'susah', 'sulit', 'ribet', 'repot', 'ditolak', 'dipersulit', 'dioper',
  'macet', 'rusak', 'hilang', 'stuck', 'loading', 'keluar sendiri', 'force close', 'blank', 'bug',
  'kecewa', 'parah', 'buruk', 'jelek', 'percuma', 'rugi', 'terpaksa', 'bermasalah', 'masalah', 'kendala',
  'mengecewakan', 'menyesal', 'kesal', 'ribet', 'tertunda', 'pending', 'salah', 'dipotong', 'mahal',
  'kode otp', 'verifikasi', 'update', 'diperbaiki', 'perbaiki', 'tolong perbaiki', 'uninstall', 'uninstal',
  'not working', 'cant', 'wont', 'didnt', 'doesnt', 'isnt', 'not', 'no', "doesn't work", 'does not work', "can't", 'cannot', "won't", "didn't", "isn't", 'still',
  'waiting', 'waited', 'never', 'broken', 'issue', 'issues', 'problem', 'problems', 'refund', 'cancel',
  'cancelled', 'charged', 'delay', 'delayed', 'late', 'worst', 'terrible', 'awful', 'unacceptable',
  'disappointed', 'ridiculous', 'fix', 'error', 'failed', 'fails', 'again', 'hours', 'days', 'lost',
  'missing', 'wrong', 'no one', 'nobody', 'useless', 'rude', 'complaint', 'ticket', 'yet to', 'money back',
  'is down', 'keeps', 'keep going', 'stuck', 'how come', 'what gives', "what's up", 'unimpressed', 'overcharged',
];

/** A mention of an account like these is the author turning to customer care. */
export const CARE_ACCOUNT = /support|help|care|service|custserv|^@ask|cs$|bpjs|jkn|kemenkes/;

/** The author turns to the institution: a question or a request for help. */
export const HELP_CUES = [
  'tolong', 'mohon', 'mohon bantuan', 'bantu', 'bantuannya', 'minta tolong', 'admin', 'kakak', 'bagaimana ini',
  'bagaimana dong', 'bagaimana nih', 'bagaimana caranya', 'terus bagaimana', 'harus ke mana', 'harus kemana', 'mohon solusinya',
  'bagaimana cara', 'kenapa', 'kok', 'solusinya', 'solusi', 'harus bagaimana', 'help', 'please', 'pls',
  'support', 'customer service', 'dm', 'any update', 'how do i', 'why',
];

/** Asking how or whether: an inquiry, which asks for help without complaining. */
export const INQUIRY_CUES = [
  'bagaimana cara', 'cara', 'caranya', 'apakah', 'apa bisa', 'mau tanya', 'ingin tanya', 'tanya dong', 'numpang tanya', 'apakah bisa', 'bisa tidak',
  'syarat', 'syaratnya', 'info', 'informasi', 'prosedur', 'how do i', 'how can i', 'is it possible',
];

/** Thanks and praise: a post full of these is not a complaint. */
export const PRAISE_CUES = [
  'terima kasih', 'thanks', 'thank you', 'mantap', 'keren', 'bagus', 'membantu', 'terbantu', 'mudah',
  'memudahkan', 'cepat', 'puas', 'sukses', 'semoga', 'love', 'great', 'awesome', 'best', 'recommended',
  'lancar', 'praktis', 'top', 'good', 'nice', 'amazing', 'excellent', 'ramah',
];
