// Demo posts written for Simak: realistic, invented, about BPJS Kesehatan / JKN and other
// everyday topics, in informal Indonesian (and some English). No real person is quoted.
export interface DemoPost {
  name: string;
  handle: string;
  text: string;
  likes: number;
  replies: number;
  reposts: number;
  /** Shown as an ad (Promoted / Bersponsor). */
  ad?: boolean;
}

export const DEMO_POSTS: DemoPost[] = [
  {
    name: 'Rina Wulandari',
    handle: 'rinawlndr',
    text: 'Tolong min @BPJSKesehatanRI, ibu saya pasien cuci darah ditolak RS karena katanya kuota BPJS habis. Harus kemana lagi kami? 😭',
    likes: 412,
    replies: 88,
    reposts: 150,
  },
  {
    name: 'Dimas Pratama',
    handle: 'dimaspr',
    text: 'Antri dari jam 5 subuh di faskes, jam 11 baru dipanggil, obat kosong disuruh beli sendiri. Iuran jalan terus tapi pelayanan gini2 aja',
    likes: 230,
    replies: 41,
    reposts: 67,
  },
  {
    name: 'Siti Nurhaliza',
    handle: 'sitinur_h',
    text: 'Alhamdulillah operasi usus buntu anak saya ditanggung penuh JKN, gak keluar biaya sepeserpun. Terima kasih BPJS Kesehatan 🙏',
    likes: 1200,
    replies: 35,
    reposts: 210,
  },
  {
    name: 'Budi Santoso',
    handle: 'budisan',
    text: 'Aplikasi Mobile JKN error trs pas mau pindah faskes, udh 3 hari gak bisa login. OTP gak pernah masuk. Gimana nih min?',
    likes: 96,
    replies: 22,
    reposts: 12,
  },
  {
    name: 'Kopi Pagi',
    handle: 'kopipagi_id',
    text: 'Promo kopi susu gula aren beli 2 gratis 1 khusus hari ini! Yuk mampir ☕',
    likes: 55,
    replies: 3,
    reposts: 9,
    ad: true,
  },
  {
    name: 'Ayu Lestari',
    handle: 'ayulestari',
    text: 'Kenapa tagihan iuran saya dobel bulan ini? Padahal sudah autodebet. Mohon dicek min, no peserta sudah saya DM',
    likes: 18,
    replies: 6,
    reposts: 1,
  },
  {
    name: 'Hendra Gunawan',
    handle: 'hendragnw',
    text: 'Macet parah di tol dalam kota pagi ini, telat lagi deh ke kantor 🙃',
    likes: 34,
    replies: 8,
    reposts: 2,
  },
  {
    name: 'Maya Sari',
    handle: 'mayasari88',
    text: 'Pelayanan di puskesmas dekat rumah sekarang cepet banget, daftar online lewat Mobile JKN langsung dapat nomor antrean. Mantap!',
    likes: 310,
    replies: 12,
    reposts: 40,
  },
  {
    name: 'Joko Susilo',
    handle: 'jokosus',
    text: 'Bapak saya masuk IGD tengah malam, disuruh bayar dulu karena kartu BPJS katanya nonaktif padahal iuran lancar. Ini gimana sih?!',
    likes: 780,
    replies: 120,
    reposts: 301,
  },
  {
    name: 'Nadia Putri',
    handle: 'nadiaptr',
    text: 'Rujukan ke RS tipe B ditolak terus, disuruh balik ke faskes 1. Udah bolak balik 3x, anak masih demam tinggi',
    likes: 144,
    replies: 29,
    reposts: 33,
  },
  {
    name: 'Sports ID',
    handle: 'sportsid',
    text: 'GOL! Timnas menang 2-1 di menit akhir, stadion pecah! ⚽🔥',
    likes: 5400,
    replies: 300,
    reposts: 900,
  },
  {
    name: 'Lina Marlina',
    handle: 'linamarlina',
    text: 'Petugas BPJS di kantor cabang ramah dan jelas jelasinnya, urusan ganti data selesai 15 menit. Salut',
    likes: 77,
    replies: 4,
    reposts: 6,
  },
  {
    name: 'Andi Wijaya',
    handle: 'andiwjy',
    text: 'Obat kanker ayah saya gak ditanggung lagi sejak bulan lalu, apotek RS bilang stok kosong. Tolong kejelasannya @BPJSKesehatanRI',
    likes: 520,
    replies: 95,
    reposts: 180,
  },
  {
    name: 'Sarah Johnson',
    handle: 'sarahj_jkt',
    text: 'Expat here: the JKN registration at the office was quick and the staff spoke English. Great experience!',
    likes: 64,
    replies: 5,
    reposts: 3,
  },
  {
    name: 'Rudi Hartono',
    handle: 'rudihrtn',
    text: 'Gimana cara daftar BPJS mandiri buat ortu ya? Ada yang tau syaratnya apa aja?',
    likes: 12,
    replies: 14,
    reposts: 0,
  },
  {
    name: 'Tomi Kurniawan',
    handle: 'tomikrn',
    text: 'Still waiting 2 weeks for my claim refund from the hospital, nobody answers the phone. Terrible service.',
    likes: 40,
    replies: 9,
    reposts: 4,
  },
];
