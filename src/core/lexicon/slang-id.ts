// The project's own table of informal Indonesian spellings → standard words, written by hand
// for Simak (no third-party list copied). Keys are folded forms (lower case, repeated letters
// already collapsed); values may hold several words ("rs" → "rumah sakit").
// Seeded by the taxonomy's slang_normalisation_seed; extend freely, one entry per line.

export const SLANG_ID: Readonly<Record<string, string>> = {
  // negation and aspect
  gak: 'tidak', ga: 'tidak', gk: 'tidak', g: 'tidak', nggak: 'tidak', ngga: 'tidak', nga: 'tidak',
  enggak: 'tidak', engga: 'tidak', ndak: 'tidak', nda: 'tidak', tdk: 'tidak', tak: 'tidak',
  kagak: 'tidak', gakk: 'tidak', gaada: 'tidak ada', gada: 'tidak ada', gabisa: 'tidak bisa',
  gbs: 'tidak bisa', gabs: 'tidak bisa', tdkbisa: 'tidak bisa', ngak: 'tidak',
  blm: 'belum', blom: 'belum', belom: 'belum', lom: 'belum',
  udah: 'sudah', udh: 'sudah', sdh: 'sudah', dah: 'sudah', uda: 'sudah', sudh: 'sudah', ud: 'sudah',
  lg: 'lagi', lgi: 'lagi', msh: 'masih', masi: 'masih', mash: 'masih',
  bkn: 'bukan', jgn: 'jangan', jangn: 'jangan', jngn: 'jangan',
  // degree
  bgt: 'banget', bngt: 'banget', bangetz: 'banget', bener: 'benar', bnr: 'benar',
  bnyk: 'banyak', byk: 'banyak', sgt: 'sangat', skali: 'sekali', bgd: 'banget',
  // question words
  knp: 'kenapa', napa: 'kenapa', ngapa: 'kenapa', knapa: 'kenapa', gmn: 'bagaimana',
  gimana: 'bagaimana', gmna: 'bagaimana', gimna: 'bagaimana', bgmn: 'bagaimana', gmana: 'bagaimana',
  kpn: 'kapan', dmn: 'dimana', dimn: 'dimana', brp: 'berapa', brapa: 'berapa', sapa: 'siapa',
  kog: 'kok', koq: 'kok', ko: 'kok',
  // function words
  yg: 'yang', yng: 'yang', jg: 'juga', jga: 'juga', tp: 'tapi', tpi: 'tapi', tapii: 'tapi',
  krn: 'karena', karna: 'karena', krna: 'karena', soalnya: 'karena', sm: 'sama', ama: 'sama',
  aja: 'saja', aj: 'saja', ajah: 'saja', doang: 'saja', dr: 'dari', dri: 'dari', utk: 'untuk',
  untk: 'untuk', buat: 'untuk', bwt: 'untuk', dgn: 'dengan', dg: 'dengan', dengn: 'dengan',
  pd: 'pada', kalo: 'kalau', klo: 'kalau', kl: 'kalau', klu: 'kalau', kalu: 'kalau',
  gitu: 'begitu', gt: 'begitu', gtu: 'begitu', gini: 'begini', gni: 'begini', trs: 'terus',
  trus: 'terus', sampe: 'sampai', ampe: 'sampai', smpe: 'sampai', smpai: 'sampai',
  hrs: 'harus', hrus: 'harus', bs: 'bisa', bsa: 'bisa', bisaa: 'bisa', emg: 'memang',
  emang: 'memang', mmg: 'memang', dpt: 'dapat', dapet: 'dapat', dpet: 'dapat', sy: 'saya',
  sya: 'saya', gw: 'saya', gue: 'saya', gua: 'saya', aku: 'saya', ak: 'saya', q: 'saya',
  km: 'kamu', lu: 'kamu', lo: 'kamu', loe: 'kamu', elu: 'kamu', kmu: 'kamu',
  org: 'orang', orng: 'orang', tmn: 'teman', temen: 'teman', skrg: 'sekarang', skrng: 'sekarang',
  skg: 'sekarang', sekrang: 'sekarang', td: 'tadi', tdi: 'tadi', bsk: 'besok', kmrn: 'kemarin',
  kmarin: 'kemarin', kemaren: 'kemarin', hr: 'hari', hri: 'hari', thn: 'tahun', bln: 'bulan',
  jm: 'jam', mnt: 'menit', dlm: 'dalam', ttg: 'tentang', spt: 'seperti', kyk: 'seperti',
  kayak: 'seperti', kaya: 'seperti', kek: 'seperti', kyak: 'seperti', sblm: 'sebelum',
  stlh: 'setelah', abis: 'habis', abs: 'habis', tau: 'tahu', tw: 'tahu', ngerti: 'mengerti',
  pake: 'pakai', pk: 'pakai', liat: 'lihat', lht: 'lihat', denger: 'dengar',
  nunggu: 'menunggu', nungguin: 'menunggu', ngantri: 'antri', ngantre: 'antre', dtg: 'datang',
  dateng: 'datang', plg: 'pulang', blg: 'bilang', ngomong: 'bicara',
  mo: 'mau', mw: 'mau', pengen: 'ingin', pgn: 'ingin', pingin: 'ingin',
  cm: 'cuma', cuman: 'cuma', cma: 'cuma', sj: 'saja', jd: 'jadi', jdi: 'jadi',
  tlg: 'tolong', tolongin: 'tolong', mhn: 'mohon', makasih: 'terima kasih', mksh: 'terima kasih',
  makasi: 'terima kasih', trims: 'terima kasih', thx: 'thanks', tq: 'thanks', ty: 'thanks',
  tengkyu: 'thanks', trmksh: 'terima kasih', trimakasih: 'terima kasih', terimakasih: 'terima kasih',
  gpp: 'tidak apa', gapapa: 'tidak apa', gakpapa: 'tidak apa', gkpp: 'tidak apa', nggapapa: 'tidak apa',
  maap: 'maaf', mf: 'maaf', mav: 'maaf',
  // feelings and judgements
  kesel: 'kesal', kzl: 'kesal', sebel: 'sebal', bete: 'bosan', males: 'malas', mls: 'malas',
  lemot: 'lambat', lelet: 'lambat', lola: 'lambat', ribet: 'repot', ruwet: 'rumit',
  mantul: 'mantap', mantab: 'mantap', mntp: 'mantap', mantep: 'mantap', josss: 'mantap', jos: 'mantap',
  kece: 'keren', gokil: 'keren', joss: 'mantap', bgs: 'bagus', bgus: 'bagus', jlk: 'jelek',
  ancur: 'hancur', ampas: 'buruk', zonk: 'kecewa', nyesel: 'menyesal',
  nyesek: 'sedih', galau: 'sedih', baper: 'sedih', seneng: 'senang', sneng: 'senang',
  gampang: 'mudah', gmpg: 'mudah', susa: 'susah', ssh: 'susah', cpt: 'cepat', cepet: 'cepat',
  lma: 'lama', ok: 'oke', okey: 'oke', okay: 'oke',
  sip: 'oke', siip: 'oke',
  // Malay and regional forms that Indonesian posts mix in
  nak: 'mau', je: 'saja', ni: 'ini', tu: 'itu', kau: 'kamu', camne: 'bagaimana', macamana: 'bagaimana',
  mcm: 'seperti', macam: 'seperti', sbb: 'karena', sebab: 'karena', btul: 'benar', betul: 'benar',
  tgk: 'lihat', tengok: 'lihat', takde: 'tidak ada', xde: 'tidak ada', xnak: 'tidak mau', taknak: 'tidak mau',
  taksuka: 'tidak suka', xsuka: 'tidak suka', xboleh: 'tidak bisa', boleh: 'bisa', dak: 'tidak',
  ndk: 'tidak', ora: 'tidak', wes: 'sudah', uwis: 'sudah', opo: 'apa', piye: 'bagaimana', ojo: 'jangan',
  // health insurance domain
  rs: 'rumah sakit', rsud: 'rumah sakit', pkm: 'puskesmas', faskes: 'fasilitas kesehatan',
  dok: 'dokter', bpjskes: 'bpjs kesehatan',
  apk: 'aplikasi', app: 'aplikasi', apps: 'aplikasi', aplikasinya: 'aplikasi', apl: 'aplikasi',
  nmr: 'nomor', nomer: 'nomor', verif: 'verifikasi',
  cudar: 'cuci darah', ugd: 'igd',
  // pronoun / addressing
  min: 'admin', mimin: 'admin', adm: 'admin', kak: 'kakak', ka: 'kakak', kk: 'kakak',
  gan: 'agan', bu: 'ibu', pak: 'bapak', bpk: 'bapak',
};
