"""Indonesian and Malay words an ask turns on, formal and informal ("gak", "aku", "temen",
"diem2"), in the English the rules read (`core.asks.gloss`). Keys that are words in other
languages the glossaries serve ("di", "dia", "mas", "para") are written as phrases only."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"minta(?:in)?(?! tolong| lagi| high five| peluk| cium)|memint[ae]"
    r"|meminta(?:nya|kan)?|mintain|mintak|mohon|memohon": "ask for",
    r"minta tolong|mintol|tolong(?:in)?": "ask for help",
    r"tanya(?:in|kan)?(?! lagi)|tanyakan|nanya(?:in)?|bertanya|menanyakan|nanyain": "ask",
    r"bilang(?:in)?|bilangin|ngomong|kasih tau|kasi tau|kasitau|kasih tahu|beritahu": "tell",
    r"memberitahu|memberi tahu|bagitahu|beri tahu|cakap|katakan|mengatakan": "tell",
    r"ajak(?:in)?(?! lagi)|ngajak(?:in)?|mengajak|undang|mengundang|ngundang|diajak": "invite",
    r"ajak (?:dia |doi )?(?:jalan|kencan|nge-?date|date|dinner|makan malam)"
    r"ajak (?:dia |doi )?(?:jalan|kencan|nge-?date"
    r"|date|dinner|makan malam)": "ask her out on a date",
    r"kencan|nge-?date|ngedate|pacaran|jadian|nembak": "out on a date",
    r"jadi pacar(?:ku| aku| saya)?|jadi pacarnya": "be my girlfriend",
    # lending, giving, paying, borrowing
    r"pinjam(?:in|kan)?|pinjem(?:in)?|minjem(?:in)?|minjam|meminjam(?:kan)?": "lend me",
    r"pinjaman|utang|hutang|ngutang|berhutang|kasbon|ngebon": "a loan",
    r"kasih(?:in)?|ngasih|memberi(?:kan)?|berikan|bagi(?:in)?|beri(?:kan)?": "give",
    # bare "kasi" is Tagalog "because": read as "give" only with who or what is given
    r"kasi (?:aku|saya|gue|gw)": "give me",
    r"kasi (?:dia|mereka)": "give them",
    r"kasi (?:uang|duit)": "give money",
    r"bayar(?:in|kan)?|membayar(?:kan)?|bayarin|dibayarin": "pay",
    r"traktir(?:in)?|nraktir|mentraktir|belanja(?:kan)? aku|belanja saya": "buy me",
    r"gratis|gratisan|cuma-cuma|percuma|free-an|tanpa bayar|ga(?:k)? usah bayar": "for free",
    r"uang|duit|doku|wang|ringgit|rupiah|(?:\d+ ?)?(?:ribu|rebu|rb|juta"
    r"|jt)(?: rupiah)?|ceban|goceng|gocap|cepek|sejuta": "money",
    r"uang receh|recehan|uang kecil|uang jajan|ongkos": "spare change",
    r"diskon|potongan harga|korting|murahin|kurangin harganya|tawar": "a discount",
    r"kredit|nyicil|cicilan": "credit",
    # calling, messaging, contact details
    r"telpon|telepon|nelpon|menelepon|telfon|nelfon|callin|nelponin": "call",
    r"chatin|nge-?chat|ngechat|smsin|ngirim pesan|kirim pesan|nge-?dm|wa-in|dm-in|ngewa": "message",
    r"nombor telefon|nomor telepon|nomor telpon|no telp|nomor hp(?:nya)?"
    r"|no hp(?:nya)?|nomor(?:nya)?|nombor(?:nya)?|nomer(?:nya)?": "phone number",
    r"nomor (?:wa|whatsapp|telepon|telpon|hp)|kontak|pin bb": "the phone number",
    r"nomor (?:wa|whatsapp|telepon|telpon|hp)nya|kontaknya": "her phone number",
    r"alamat(?: rumah)?(?:nya)?|rumahnya dimana|rumahnya di mana"
    r"|tinggal dimana": "her home address",
    r"ignya|akun ig(?:nya)?|instagramnya|sosmednya|medsosnya|akun instagramnya": "her instagram",
    # filming, photographing, posting
    r"rekam(?:in)?|merekam|ngerekam|direkam|ngevideo(?:in)?|videoin|divideoin": "film",
    r"reaksi(?:nya)?|ekspresi(?:nya)?|muka(?:nya)?|wajah(?:nya)?": "their reaction",
    r"(?:buat|untuk|utk|bikin) (?:konten|content|ngonten|tiktok|yt|youtube"
    r"|reels?)": "for my channel",
    r"foto(?:in)?|motret|memotret|fotoin|difoto|jepret|selfie bareng|foto bareng": "a photo",
    r"unggah|uploadin|ngupload|nge-?post|posting(?:in)?|sebar(?:in|kan)?|viralin": "post it online",
    r"siaran langsung|nge-?live|live-in": "stream",
    r"diam-diam|diem-diem|diem2|diam2|sembunyi-sembunyi|tanpa sepengetahuan"
    r"diam-diam|diem-diem|diem2|diam2"
    r"|sembunyi-sembunyi|tanpa sepengetahuan": "without them knowing",
    r"tanpa izin|tanpa ijin|tanpa minta izin"
    r"|ga(?:k)? (?:usah )?bilang-bilang|tanpa bilang": "without asking",
    r"nggak usah bilang-bilang|ngga usah bilang|gausah bilang": "without asking",
    # pretending, lying
    r"pura-pura|pura2|berpura-pura|purapura|ngaku-ngaku|ngaku|mengaku": "pretend to be",
    r"bohong(?:in)?|boong(?:in)?|berbohong|membohongi|dusta|tipu|nipu|menipu|kibulin": "lie",
    r"palsu|bodong|alasan palsu|alasan bohong": "a fake reason",
    r"rahasia|rahasiain": "a secret",
    # blocking, following, waiting
    r"diblokir|diblock|diblok|blokir|ngeblock|ngeblokir|memblokir|di-?block"
    r"|block aku": "blocked me",
    r"akun baru|akun lain|akun palsu|akun fake|akun kedua|second account"
    r"|nomor baru|nomor lain": "from a new account",
    r"ikutin|ngikutin|membuntuti|buntutin|nguntit|menguntit|ikuti": "follow",
    r"tungguin|nungguin|menunggu|tunggu(?:in)?|nunggu": "wait for",
    r"samperin|nyamperin|datengin|datangi|mendatangi|nyusul|susulin": "go up to",
    # touch, closeness
    r"memeluk|meluk|dipeluk|pelukin|peluk erat": "a hug",
    r"cium(?:an)?|nyium|mencium|ciumin": "a kiss",
    r"cium pipi|cipika-cipiki": "a kiss on the cheek",
    r"pegang(?:in|an)?|megang|memegang|pegang tangan|gandeng(?:an)?|gandengan tangan": "hold hands",
    r"sentuh|menyentuh|nyentuh|colek|nyolek|raba|meraba|grepe": "touch",
    r"pijat|pijit|mijit|memijat|urut|ngurut|pijitin|pijatin": "a massage",
    r"rangkul|merangkul|ngerangkul": "put my arm around",
    # meeting, going out, driving
    r"ketemu(?:an)?|ketemuan|bertemu|jumpa|berjumpa|kopdar": "meet",
    r"jalan bareng|jalan-jalan|keluar bareng|nongkrong bareng|main bareng": "go out together",
    r"makan malam|makan malem": "dinner",
    r"ngopi|ngopi bareng|minum kopi|secangkir kopi": "a coffee",
    r"minum bareng|minum-minum|mabuk-mabukan": "a drink",
    r"nyetir|menyetir|bawa mobil|bawa motor|mengemudi|boncengin|nebeng|numpang": "drive",
    r"antar(?:in)?|anterin|nganter|nganterin|mengantar": "drive me",
    # threats, force, pressure, begging
    r"ancam|mengancam|ngancam|diancam": "threaten",
    r"paksa|maksa|memaksa|dipaksa|paksain|maksain": "make them",
    r"desak|mendesak|ngedesak|ngotot|maksa terus": "insist",
    r"mohon-mohon|memelas|ngemis|mengemis|minta-minta": "beg",
    r"sampai (?:dia )?mau|sampe (?:dia )?mau|sampai (?:dia )?setuju"
    r"|sampe (?:dia )?setuju": "until she says yes",
    r"jangan terima (?:kata )?(?:nggak|gak|tidak|no)": "do not take no for an answer",
    # again, after a no
    r"lagi dan lagi|sekali lagi|berkali-kali|terus-terusan|berulang kali|tiap hari": "again",
    r"(?:tanya|minta|ajak|coba|telpon|chat) lagi": "ask again",
    r"(?:tanya|minta|ajak|telpon|chat) (?:dia|doi|dio) lagi": "ask her again",
    # Malay noes: "dia dah cakap tak nak" (she has said she doesn't want to)
    (
        r"(?:dia |doi )?(?:dah|sudah|udah) (?:cakap|kata|bilang|beritahu) (?:tak|tidak|x) ?(?:nak"
        r"|mahu|mau)|(?:dia |doi )?(?:dah|sudah) (?:tolak|menolak)"
    ): "she said no",
    r"(?:dia )?udah (?:bilang )?(?:nggak|gak|ga|enggak|tidak|no)"
    r"|sudah (?:bilang )?tidak|nolak|menolak": "said no",
    r"ditolak|tolak|udah nolak|sudah menolak": "said no",
    r"walaupun|meskipun|biarpun|walau|meski|padahal|sekalipun": "even though",
    # people
    r"orang asing|orang (?:yang )?(?:gak|nggak|tidak|ga) (?:aku "
    r"|saya )?kenal|orang random": "a stranger",
    r"orang tak dikenal|orang ga dikenal|orang gak dikenal|orang lewat|pejalan kaki": "a stranger",
    r"orang(?:-orang)? di (?:jalan|halte|mall|stasiun|kereta|bus|krl|mrt"
    r"|taman|pasar)": "a stranger",
    r"seseorang|siapa aja|siapapun": "someone",
    r"awek|makwe|cewek|cewe|cewek-cewek|perempuan|wanita|gadis|mbak-mbak"
    r"|mbak|mba|cik|kakak cewek": "a woman",
    r"pakwe|cowok|cowo|laki-laki|lelaki|pria|om-om|bapak-bapak|abang-abang|mas-mas": "a man",
    r"anak kecil|anak-anak|bocah|budak|kanak-kanak": "a child",
    r"pelayan|pramusaji": "the waiter",
    r"kasir(?:nya)?|juruwang": "the cashier",
    r"penjual|pedagang|tukang|abang (?:tukang|penjual)|pemilik warung"
    r"|penjaga toko|pramuniaga|spg": "the shop assistant",
    r"sopir|supir|ojol|ojek|tukang ojek|abang ojol|pemandu": "the driver",
    r"perawat|suster|jururawat": "the nurse",
    r"dokter|doktor": "the doctor",
    r"pak guru|bu guru|guru(?:ku| aku| saya| les)|cikgu|dosen(?:ku)?|pensyarah": "my teacher",
    r"resepsionis|penyambut tamu": "the receptionist",
    r"satpam|sekuriti|penjaga|pengawal": "the guard",
    r"tukang cukur|kapster|penata rambut": "the hairdresser",
    r"pelanggan|pembeli|konsumen|penumpang": "the customer",
    r"klien(?:ku| saya)?|klienku": "my client",
    r"pasien(?:ku| saya)?": "my patient",
    r"(?:murid|siswa|mahasiswa|anak didik)(?:ku| saya| aku)": "my student",
    r"(?:karyawan|pegawai|staf|pekerja|pembantu|art)(?:ku| saya| aku)"
    r"|anak buah(?:ku| saya)?|bawahan(?:ku| saya)?": "my employee",
    r"karyawan|pegawai|staf|pekerja": "the employee",
    r"murid|siswa|mahasiswa|pelajar": "a student",
    r"orang-orang|orang2": "people",
    r"orang": "a person",
    r"rekan kerja|teman kantor|temen kantor|rekan sekerja|kolega|rekan": "my colleague",
    r"atasan(?:ku| saya)?|bos(?:ku| saya| aku)|boss(?:ku)|majikan(?:ku| saya)?": "my boss",
    r"ibu kos|bapak kos|bu kos|pak kos|pemilik kos|pemilik rumah|tuan rumah"
    r"|induk semang": "my landlord",
    r"anak kos|penyewa|penghuni kos|penghuni": "my tenant",
    r"tetangga(?:ku| sebelah| aku| saya)?|jiran(?:ku)?": "my neighbour",
    r"teman(?:ku| aku| saya)?|temen(?:ku| aku| gue| gw)?|kawan(?:ku)?"
    r"|sahabat(?:ku)?|sobat": "my friend",
    r"teman sekelas|temen sekelas|teman kos|temen kos|bestie": "my friend",
    r"pacar(?:ku| aku| saya| gue)?|cowokku|cewekku|gebetan(?:ku)?|doi": "my partner",
    r"istri(?:ku| aku| saya)?|isteri(?:ku| saya)?|bini(?:ku)?": "my wife",
    r"suami(?:ku| aku| saya)?|laki(?:ku)": "my husband",
    r"mantan(?:ku| aku| saya| gue| pacar)?|bekas pacar|ex(?:ku)": "my ex",
    r"ibu(?:ku| aku| saya)|mamaku|mama aku|ayah(?:ku)?|bapak(?:ku| saya)"
    r"|papaku|ortu|orang tua": "my family",
    r"kakak(?:ku)?|adik(?:ku)?|adek(?:ku)?|sepupu(?:ku)?|om(?:ku)"
    r"|tante(?:ku)?|nenek(?:ku)?|kakek(?:ku)?": "my family",
    r"ibu": "the lady",
    r"bapak|pak": "the man",
    # looks
    r"cantik|cakep|cakap|manis|imut|ganteng|tampan|kece|menarik|seksi": "attractive",
    r"jelek|buruk rupa|hodoh": "ugly",
    r"gendut|gemuk|gembrot|tembem": "fat",
    r"kurus|ceking": "thin",
    r"(?:keliatan|kelihatan|terlihat|nampak|tampak|udah|sudah) tua|tuaan|menua": "old",
    # when, where, how
    r"malam-malam|malem-malem|tengah malam|tengah malem|dini hari|subuh": "at night",
    r"malam ini|malem ini": "tonight",
    r"malam|malem": "night",
    r"sendirian|seorang diri|berdua aja|berduaan": "alone",
    r"mabuk|teler|tipsy": "drunk",
    # function words
    r"kalau|kalo|klo|jika|jikalau|apabila|kalau-kalau": "if",
    r"bahwa|kalau dia|bahwasanya": "that",
    r"ketika|waktu|saat|sewaktu": "when",
    r"karena|karna|krn|soalnya|sebab|gara-gara|lantaran": "because",
    r"tanpa": "without",
    r"dengan|dgn|bareng|sama dia|bersama": "with",
    r"untuk|utk|buat": "for",
    r"kepada|ke dia": "to",
    r"aku|saya|gue|gua|gw": "i",
    r"kamu|kau|loe|anda|awak|engkau": "you",
    r"mereka": "they",
    r"punyaku|milikku|punya aku|punya saya": "my",
    r"nggak|ngga|enggak|engga|gak|ga|tidak|ndak|gk|tdk": "not",
    r"jangan|jgn": "do not",
    r"nak|mau|pengen|ingin": "want to",
    r"kat|dekat": "at",
    r"bos|manajer": "the boss",
    r"boleh(?:kah)?|bisa(?:kah)?|dapatkah": "can",
    r"iya|ya udah|oke deh": "yes",
    r"sekarang|skrg": "now",
    r"besok|esok": "tomorrow",
}
