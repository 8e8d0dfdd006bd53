// The project's own Indonesian polarity list: standard forms (after slang folding) with a
// valence in [-3, 3]. Written by hand for Simak, for the informal words of social posts and
// of public-service complaints that review-style training text rarely shows. No third-party
// lexicon is copied (InSet, ID-OpinionWords and the like have no licence).

// Everyday words of feeling and judgement, for posts that are not about a service at all
// (greetings, news, banter): Indonesian, the Malay that Indonesian timelines carry, and the
// English and swearing mixed into both. Listed before the service words so those win a tie.
const EVERYDAY_POSITIVE_3 =
  'menakjubkan mengagumkan memukau fantastis spektakuler terhebat terkeren terindah cemerlang gemilang jempolan ' +
  'perfect wonderful fantastic brilliant tahniah congrats congratulations';
const EVERYDAY_POSITIVE_2 =
  'ceria riang girang sukacita bergembira berbahagia seronok syok comel lawa hensem cakep imut unyu menggemaskan elok ' +
  'menawan mempesona anggun pintar cerdas pandai jenius rajin kreatif inovatif inspiratif menginspirasi bijak bijaksana ' +
  'dermawan ikhlas tulus setia rendah_hati baik_hati murah_hati bersahabat akrab kompak harmonis rukun romantis mesra ' +
  'segar sejuk bugar gurih maknyus sedap menang kemenangan berprestasi prestasi lulus lolos unggul berjaya rezeki berkat ' +
  'anugerah untung hoki dukung mendukung dukungan support salut menghormati respect apresiasi mengapresiasi menghargai ' +
  'kasih_sayang mencintai menyayangi disayang tercinta peluk pelukan senyum tersenyum kocak gokil menghibur terhibur ' +
  'tentram tenteram sejahtera makmur berkualitas bermutu terpercaya optimis bersemangat antusias excited termotivasi ' +
  'layak cocok favorit kesukaan idola idaman wow yay yeay hore masyaallah subhanallah barakallah thank thx cute ' +
  'beautiful pretty glad enjoy fun proud blessed yummy delicious lovely sweet kind gemoy uwu cun hbd goodluck ' +
  'good_luck kagum mengagumi teladan tabah inspirasi awet teguh ngefans terkuat adem asri apik ayu bening berbakat ' +
  'berharga berjasa bermakna betah cakap cekatan cerah cermat elegan empati energik gagah gesit gigih giat harum jago ' +
  'kokoh kompeten lembut lincah luwes mahir mandiri manjur mencerahkan mendidik menenangkan menyegarkan menyentuh merdu ' +
  'mewah mulia murni optimal penyayang percaya_diri produktif santun sejati solid spesial sportif stabil subur syahdu ' +
  'takjub tangguh tampan tegar teliti terampil terjamin tertib wangi berwibawa megah meriah terpukau terpesona ' +
  'tersentuh jos ajib mantab epic wholesome gempak menikmati menyukai keberhasilan berterima_kasih berfaedah ' +
  'kebanggaan dicintai pinter';
// Not listed, though they can praise: "Rahmat" and "Hidayah" are names, "positif" is a test
// result.
const EVERYDAY_POSITIVE_1 =
  'jelas kuat unik goals moga mudah_mudahan harapan berharap doa mendoakan tertawa ketawa santai ' +
  'santuy bismillah anjay lol lmao merindukan merayakan kelebihan berjuang setuju';
const EVERYDAY_NEGATIVE_3 =
  'menjijikkan keji biadab bejat kurang_ajar laknat terkutuk bajingan keparat jancok jancuk idiot stupid bangang ' +
  'pembunuh membunuh pembunuhan memperkosa perkosa pemerkosaan pelecehan kekerasan teroris tragis tragedi mengerikan ' +
  'menyedihkan memilukan memalukan tewas mampus munafik pengkhianat khianat mengkhianati teruk disgusting';
const EVERYDAY_NEGATIVE_2 =
  'pilu berduka dukacita murung galau kesepian merana terluka luka nyeri perih pedih menyakitkan menyakiti dikhianati ' +
  'jengkel dongkol geram bengang menyampah murka ketakutan seram serem gelisah panik resah depresi frustasi ' +
  'frustrasi menyerah jenuh suntuk bete badmood malu iri dengki cemburu sirik julid nyinyir hina menghina hinaan caci ' +
  'mencaci maki memaki makian ejek mengejek bully membully dibully rasis diskriminasi hujat menghujat hujatan kutuk ' +
  'mengutuk ancam mengancam ancaman teror serang menyerang serangan pukul memukul dipukul tampar aniaya menganiaya siksa ' +
  'menyiksa tersiksa menindas rusuh kerusuhan bencana musibah kecelakaan korban maling mencuri pencuri rampok perampok ' +
  'begal menipu ditipu pembohong dusta palsu koruptor suap pungli licik serakah rakus tamak pelit egois angkuh ketus ' +
  'sinis norak kampungan lebay murahan abal_abal busuk basi hambar miskin kemiskinan kelaparan derita penderitaan ' +
  'beban membebani terbebani bangkrut kegagalan ambruk runtuh roboh wafat bunuh bunuh_diri sekarat dosa ' +
  'azab sesat malang celaka nahas letih asu setan iblis dungu oon bodo dongo sucks shit fuck ' +
  'damn wtf ugh sick scared afraid worried upset annoyed ugly boring lonely hurt pain cry crying dead kill ngaco ngawur ' +
  'toxic cringe ilfeel bacot bloon taik bangke najis amit_amit naudzubillah bengap hampeh risau gaduh bergaduh ' +
  'serabut pening tired penakut nakal aib pengecut dendam boros pencitraan kapok ngancem ngeselkan acuh abai ' +
  'amburadul anarkis bebal bengis berbahaya bertele_tele bocor brutal cacat ceroboh cengeng culas dekil durhaka ganas ' +
  'gegabah getir gugup ingkar jahil jorok keras_kepala keruh kikir kolot kumuh labil lamban lancang lesu linglung lusuh ' +
  'mangkrak maruk mencekam menjengkelkan merepotkan mesum miris nekat picik pongah porak_poranda rapuh ricuh sadis ' +
  'semrawut sembrono suram tegang tercela terhina terpuruk tersinggung tertekan tidak_becus udik usil was_was trauma ' +
  'rese songong belagu zonk ampas rungkad ambyar ngenes kriminal kejahatan pencurian penganiayaan perampokan narkoba ' +
  'kekacauan perang hoaks provokasi provokator adu_domba intoleran penistaan babi kontol meluat hampa lokek kedekut ' +
  'poyo padan_muka disayangkan gedeg sumpek mumet puyeng konflik melelahkan primitif cabul musnahkan habisi';
const EVERYDAY_NEGATIVE_1 =
  'penat ngantuk lapar sepi anjir anjrit njir sibuk astaghfirullah astagfirullah aduh duh haduh hadeh gabut mager baper ' +
  'halu berisik lembap kesian merajuk gelabah sorry skeptis lemah pahit sok emosi ngambek mewek alay sotoy caper gaje ' +
  'garing mabuk judi radikal bising mengada acah kasian cape propaganda sepihak penjara dalang';

const POSITIVE_3 =
  'mantap keren luar_biasa terbaik sempurna hebat memuaskan puas juara top recommended rekomendasi istimewa mantul';
const POSITIVE_2 =
  'bersyukur gembira gemas gemes kangen rindu ganteng manis nikmat beruntung terharu damai happy seneng ' +
  'bagus baik senang bahagia suka cinta sayang enak lezat nyaman ramah cepat mudah gampang membantu terbantu bermanfaat manfaat berguna ' +
  'lancar sukses berhasil aman bersih rapi murah hemat praktis efisien responsif sigap tanggap profesional sopan sabar indah cantik ' +
  'asik asyik seru lucu menarik menyenangkan terima_kasih thanks bangga semangat syukur alhamdulillah berkah amanah jujur adil ' +
  'gratis terjangkau memudahkan mempermudah solusi tuntas terselesaikan beres oke selamat sehat sembuh pulih tenang lega peduli ' +
  'good great nice love best cool awesome amazing helpful excellent';
const POSITIVE_1 =
  'haha hehe wkwk hihi ngakak amin aamiin cukup lumayan lumayanlah wajar standar normal semoga harap sip hadir update baru fitur membaik lebih_baik';
const NEGATIVE_3 =
  'buruk terburuk parah kecewa mengecewakan kesal marah benci bodoh tolol goblok bangsat anjing sialan brengsek bobrok hancur ' +
  'menyesal nyesel payah sampah penipu penipuan tipu bohong zalim korupsi mati meninggal worst terrible awful hate';
const NEGATIVE_2 =
  'hiks nangis menangis pusing stres stress cemas ngeselin bego kampret tai jijik ngeri hoax fitnah kejam sengsara ' +
  'menderita sial apes gila kasihan duka innalillahi patah_hati sakit_hati muak bersedih patah_semangat putus_asa ' +
  'jelek lambat lama susah sulit ribet repot rumit mahal kotor bau sedih sebal malas bosan takut khawatir bingung capek ' +
  'lelah sakit error eror gagal rusak macet hilang ditolak menolak tolak dipersulit mempersulit dioper ditelantarkan terlantar ' +
  'diabaikan cuek jutek judes kasar sombong galak lalai gangguan down bug crash force_close keluar_sendiri stuck loading ngelag ' +
  'lag hang blank telat terlambat tertunda pending antri antre berjam_jam dipotong potongan denda tunggakan menunggak percuma ' +
  'mubazir rugi dirugikan merugikan ruwet tidak_jelas gajelas nyebelin menyebalkan aneh curang jahat kacau berantakan ' +
  'mengeluh keluhan komplain protes lapor kritik masalah bermasalah salah keliru tidak_bisa tidak_ada tidak_sesuai ' +
  'bad poor slow broken problem issue sad angry disappointed useless annoying waste fail failed';
// Phrases whose words mislead alone: "rumah sakit" is a hospital, not sickness; "selamat pagi"
// greets; "salah satu" is "one of"; "tidak hanya" is "not only".
const NEUTRAL =
  'rumah_sakit orang_sakit selamat_pagi selamat_siang selamat_sore selamat_malam salah_satu tidak_hanya tidak_cuma';
// Negated phrases that mean more than "not X": "tidak kalah indah" praises, "tidak sabar" looks
// forward, "tidak apa-apa" reassures, "jangan patah semangat" encourages.
const NEGATED_POSITIVE =
  'jangan_patah jangan_menyerah tidak_kalah tidak_sabar tidak_apa tidak_masalah tidak_menyesal tidak_rugi tidak_nyesal';
const NEGATIVE_1 =
  'huhu kalah kurang biasa_saja mending minimal sedikit terpaksa cuma hanya belum tunggu menunggu harus wajib ribut';

function table(...groups: [string, number][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [words, v] of groups) for (const w of words.split(/\s+/)) if (w) out[w.replace(/_/g, ' ')] = v;
  return out;
}

/** Word (or two-word phrase, space-separated) → valence. */
export const POLARITY_ID: Readonly<Record<string, number>> = table(
  [EVERYDAY_POSITIVE_1, 1],
  [EVERYDAY_POSITIVE_2, 2],
  [EVERYDAY_POSITIVE_3, 3],
  [EVERYDAY_NEGATIVE_1, -1],
  [EVERYDAY_NEGATIVE_2, -2],
  [EVERYDAY_NEGATIVE_3, -3],
  [POSITIVE_1, 1],
  [POSITIVE_2, 2],
  [POSITIVE_3, 3],
  [NEGATIVE_1, -1],
  [NEGATIVE_2, -2],
  [NEGATIVE_3, -3],
  [NEUTRAL, 0],
  [NEGATED_POSITIVE, 1.5],
);

/** Words that flip the polarity of what follows ("tidak bagus", "gak jelek", "not good"). */
export const NEGATORS = new Set([
  'tidak',
  'bukan',
  'belum',
  'jangan',
  'tanpa',
  'kurang',
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  "can't",
  'cannot',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "won't",
  "wouldn't",
  "couldn't",
  "shouldn't",
  "haven't",
  "hasn't",
  'dont',
  'cant',
  'doesnt',
  'didnt',
  'isnt',
  'wont',
  'aint',
  "ain't",
  // The rest of English's negated auxiliaries, and their spellings without the apostrophe
  // ("the burger wasnt good" had read as praise).
  "weren't",
  "hadn't",
  "mustn't",
  "needn't",
  'wasnt',
  'werent',
  'hadnt',
  'havent',
  'hasnt',
  'arent',
  'couldnt',
  'wouldnt',
  'shouldnt',
]);

/** Words that strengthen the next or previous polar word. */
export const INTENSIFIERS = new Set([
  'banget',
  'sangat',
  'sekali',
  'amat',
  'benar',
  'terlalu',
  'paling',
  'makin',
  'semakin',
  'super',
  'very',
  'so',
  'really',
  'extremely',
  'too',
  'totally',
  'absolutely',
  'most',
  'such',
]);

/** Words after which the clause that follows outweighs the one before ("bagus tapi lambat"). */
export const CONTRASTS = new Set([
  'tapi',
  'tetapi',
  'namun',
  'padahal',
  'sayangnya',
  'but',
  'however',
  'although',
  'though',
]);
