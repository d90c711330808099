"""Everyday Indonesian and Malay words around an ask (people, questions, places, times, what is
done), formal and informal, in the English the rules read (`core.asks.gloss`);
`core.asks.glosses.indonesian` holds the words an ask turns on. Short words that other
languages the glossaries serve also write ("di", "mana", "ss") are written in phrases only."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # people
    r"orang yang duduk di sebelah(?:ku| aku| saya)?|yang duduk di sebelah(?:ku| aku| saya)?"
    r"|cewek yang duduk di sebelah(?:ku| aku| saya)?": "the person sitting next to me",
    r"orang di sebelah(?:ku| aku| saya)|orang sebelah(?:ku)?": "the person next to me",
    r"teman sebangku|temen sebangku|teman sebelah": "my seatmate",
    r"orang yang (?:gak|nggak|tidak|ga) (?:aku |saya )?kenal": "someone i don't know",
    r"cewek (?:yang )?(?:gak|nggak|tidak|ga) (?:aku |saya )?kenal": "a girl i don't know",
    r"mbak-mbak|neng|nona|kakak cantik": "a young woman",
    r"nenek-nenek|ibu tua|oma-oma": "an old lady",
    r"kakek-kakek|bapak tua|opa-opa": "an old man",
    r"pemilik toko|yang punya toko|yang punya warung|ibu warung|bu warung|bapak warung"
    r"|abang warung|pemilik warung": "the shopkeeper",
    r"tukang koran|penjaga kios|abang kios": "the kiosk man",
    r"murid les(?:ku| saya)?|anak les(?:ku| saya)?|murid privat(?:ku)?": "my tutee",
    r"pembantu|pembantu rumah tangga|asisten rumah tangga|mbak art|bibi di rumah": "my maid",
    r"sopir(?:ku| saya| pribadi)|supir(?:ku| saya| pribadi)": "my driver",
    r"istrinya|bininya": "his wife",
    r"suaminya|lakinya": "her husband",
    r"pacarnya|cowoknya|doinya": "her boyfriend",
    r"pacar sahabat(?:ku| aku| saya)|pacar temen(?:ku)? deket|cowok sahabat(?:ku| aku)"
    r"|pacar bestie(?:ku)?": "my best friend's boyfriend",
    r"ibunya|mamanya|emaknya|nyokapnya": "her mother",
    r"kakaknya|adiknya|kakak perempuannya|adik perempuannya": "her sister",
    r"(?:ibu )?mertua(?:ku| aku| saya)?|camer(?:ku)?": "my mother-in-law",
    r"anak perempuan(?:ku| saya)|putri(?:ku| saya)": "my daughter",
    r"anak laki-laki(?:ku| saya)|anak cowok(?:ku)?|putra(?:ku| saya)": "my son",
    r"mbak spg|mba spg|mbak-mbak spg|mbak penjaga toko|mbak pramuniaga": "the shop assistant",
    r"mbak kasir|mba kasir|mbak-mbak kasir": "the cashier",
    r"anak (?:saya|aku|gue|gw)|anakku": "my child",
    r"keluarga (?:saya|aku|gue)|keluargaku": "my family",
    r"(?:sama |dengan )?keluarga (?:yang|orang)|keluarga orang": "a family",
    r"karyawan toko (?:saya|aku|gue)|karyawan (?:saya|aku|gue)|karyawanku": "my employee",
    r"numpang tinggal di rumah (?:saya|aku|gue)|tinggal di rumah (?:saya|aku|gue)"
    r"|tinggal (?:sama|dengan|bareng) (?:saya|aku|gue)": "lives in my house",
    r"kan dia masih|soalnya dia masih|toh dia masih": "since he still",
    r"pengendara|pengemudi|pemotor|para pengendara": "the drivers",
    # question words and small verbs
    r"di ?mana|dmn": "where",
    r"kenapa|mengapa|knp|napa": "why",
    r"bagaimana|gimana|gmn": "how",
    r"kapan": "when",
    r"siapa": "who",
    r"apa": "what",
    r"apakah|apa dia": "whether",
    r"tinggal di ?mana|rumahnya di ?mana|tinggalnya di ?mana|kosnya di ?mana": "where she lives",
    r"kerja di ?mana|kerjanya di ?mana|kantornya di ?mana": "where she works",
    r"kuliah di ?mana|sekolah di ?mana": "where she studies",
    r"tinggal|menetap": "lives",
    r"kerja|bekerja|kerjanya": "works",
    r"kuliah|sekolah": "studies",
    r"pergi": "goes",
    r"datang|dateng": "comes",
    r"duduk": "sits",
    r"berdiri": "stands",
    r"nangis|menangis": "cries",
    r"(?:sudah|udah) (?:menikah|nikah|kawin|punya suami|berkeluarga)": "whether she is married",
    r"masih (?:single|jomblo|sendiri|lajang)|jomblo|lajang": "whether she is single",
    r"(?:sudah |udah )?punya anak": "whether she has children",
    r"penghasilan(?:nya)?|pendapatan(?:nya)?|gajinya berapa": "how much she earns",
    # life facts and looks
    r"gaji(?:nya)?": "her salary",
    r"umur(?:nya)?|usia(?:nya)?|umur berapa": "her age",
    r"berat badan(?:nya)?|beratnya": "her weight",
    r"agama(?:nya)?": "her religion",
    r"suku(?:nya)?": "her caste",
    r"lantai berapa": "which floor",
    r"kamar nomor berapa|nomor kamar(?:nya)?|unit berapa": "which flat",
    r"tempat kerja(?:nya)?|kantornya": "her workplace",
    r"(?:kenapa|kok|mengapa) (?:belum|nggak|gak|tidak|ga) (?:nikah|menikah|kawin)": (
        "why she isn't married"
    ),
    r"(?:kenapa|kok|mengapa) (?:belum|nggak|gak|tidak|ga) punya anak": (
        "why they have no children"
    ),
    r"masih muda|anak muda|yang muda|lebih muda": "young",
    r"badan(?:ku| aku| saya)|tubuh(?:ku| aku| saya)": "my body",
    r"paha(?:ku| aku| saya)": "my thighs",
    r"muka(?:ku| aku| saya)|wajah(?:ku| aku| saya)": "my face",
    r"penampilan(?:ku| aku| saya)": "how i look",
    # places and times
    r"di (?:bus|bis|angkot|busway|transjakarta|metromini)|dalam bus": "on the bus",
    r"di (?:mrt|lrt|krl)": "on the metro",
    r"di kereta(?: api)?|dalam kereta": "on the train",
    r"di halte(?: bus)?|halte bus": "at the bus stop",
    r"di antrian|di antrean|lagi antri|lagi ngantri|ngantri|antri": "in the queue",
    r"di (?:toko|warung|minimarket|indomaret|alfamart|supermarket)": "at the shop",
    r"di (?:kafe|cafe|kedai kopi|coffee shop)": "at the cafe",
    r"di (?:masjid|mesjid|musala|musholla|surau)": "at the mosque",
    r"di (?:gereja|pura|vihara|kuil|klenteng)": "at the church",
    r"di kantor|di tempat kerja": "at work",
    r"di kantornya|di tempat kerjanya": "at her work",
    r"(?:di )?depan rumahnya|di luar rumahnya|depan kosnya": "outside her house",
    r"(?:habis|abis|setelah|sesudah|selesai) (?:pesta|party|acara)": "after the party",
    r"hari minggu|minggu besok": "on sunday",
    r"(?:ikut )?nimbrung(?: ke| sama| dengan)?|ikut gabung(?: ke| sama| dengan)?": "join",
    r"(?:lagi |sedang )?(?:ziarah kubur|ziarah|nyekar|di kuburan|di makam|di pemakaman)": (
        "at a grave"
    ),
    r"siapa yang meninggal|siapa yang wafat|siapa yang udah meninggal": "who died",
    r"datang langsung ke (?:kos|rumah|kontrakan|apartemen)nya|langsung datang ke (?:kos|rumah"
    r"|kontrakan|apartemen)nya|datang ke (?:kos|rumah|kontrakan)nya": "go straight to her place",
    r"tanpa (?:kabar|ngabarin|kasih kabar|memberi kabar|bilang-bilang dulu)": "without telling her",
    r"bilang jangan|bilang nggak usah|bilang gak usah": "told me do not",
    r"(?:nyeberang|menyeberang|menyeberangi|nyebrang|nyebrangin) (?:jalan(?: raya)?|jalanan)": (
        "cross the road"
    ),
    r"nyeberang|menyeberang|menyeberangi|nyebrang": "cross",
    r"tanpa (?:lihat|liat|melihat|nengok|menengok|tengok)(?: kiri kanan| kanan kiri"
    r"| kiri-kanan| dulu)?": "without looking left and right",
    r"rame|ramai|padat": "busy",
    r"berhenti": "to stop",
    r"lembur": "work overtime",
    r"(?:apa(?:kah)? )?(?:sebenarnya |sebenernya |sebetulnya )?(?:mereka|dia|orang-orang)"
    r" suka (?:sama|dengan|ama) (?:saya|aku|gue)": "whether they like me",
    r"ngomongin (?:saya|aku|gue)(?: di belakang)?|gosipin (?:saya|aku|gue)"
    r"|ngegosipin (?:saya|aku|gue)": "talk about me behind my back",
    r"atau": "or",
    r"(?:kalau|kalo|bahwa) (?:saya|aku|gue) (?:saudara|keluarga|sepupu|keponakan|anak)(?:nya)?": (
        "that i am a relative of"
    ),
    r"(?:supaya|biar|agar) (?:boleh|bisa|dibolehin|dikasih|diizinkan) masuk": "so he lets me in",
    r"ngajak kenalan|ajak kenalan|ngajakin kenalan|minta kenalan|kenalan sama": "chat up",
    r"umur (?:saya|aku|gue) (?:sudah|udah)|usia (?:saya|aku|gue) (?:sudah|udah)": "i am",
    # what is done
    r"tanpa (?:ngasih tau|kasih tau|kasih tahu|memberi tahu|memberitahu)(?: dia)?": (
        "without telling her"
    ),
    r"tanpa (?:nanya|tanya|bertanya|nanya dulu|tanya dulu)": "without asking",
    r"rekam (?:telepon|telpon|panggilan|telfon)|rekam teleponnya": "record the call",
    r"skrinsut|nge-?ss|di-?ss": "screenshot",
    r"(?:kirim|sebar|share|lempar|forward) ke (?:grup|group|gc)": "send it to the group",
    r"(?:ke|datengin|datangi|samperin) (?:kantornya|tempat kerjanya)": "go to her work",
    r"duduk bareng|duduk sama mereka|ikut duduk|numpang duduk": "sit with them",
    r"minta makanannya|nyicip makanannya|ikut makan|numpang makan": "share their food",
    r"jalan di atas es": "walk on the ice",
    r"naik mobil(?:nya)?|masuk mobil(?:nya)?|naik ke mobil(?:nya)?": "get in the car",
    r"nginep(?: di rumahnya)?|menginap(?: di rumahnya)?": "stay at his place",
    r"tanpa dibayar|gak dibayar|nggak dibayar|tidak dibayar|tanpa gaji|gratisan kerja": (
        "without pay"
    ),
    r"kado|hadiah|oleh-oleh": "a gift",
    r"subscribe channel(?:ku| aku| saya)?|subscribe yt(?:ku)?|subs channel(?:ku)?": (
        "subscribe to my channel"
    ),
    r"di depan (?:semua orang|orang banyak|umum|teman-temannya)": "in front of everyone",
    r"biar (?:dia )?(?:gak|nggak|ga|tidak|enggak) bisa nolak": "so he can't say no",
    r"awas kalau|awas kalo|atau kalau tidak": "or else",
    r"berarti (?:kamu |lu |lo )?(?:gak|nggak|ga|tidak|enggak) sayang": (
        "that means you don't love me"
    ),
    r"kalau (?:kamu |lu |lo )?(?:nggak|gak|ga|tidak|enggak)"
    r"|kalo (?:kamu |lu |lo )?(?:nggak|gak|ga|tidak|enggak)": "if you don't",
    r"padahal (?:dia )?(?:udah |sudah )?(?:bilang|minta) (?:jangan ganggu|jauhin|menjauh)": (
        "even though she told me to leave her alone"
    ),
    # a stranger's money for the user's petrol, a drunk man asked at night
    r"tukang parkir|juru parkir|jukir": "the parking attendant",
    r"bayar(?:in|kan) bensin|bayar(?:in|kan) (?:makan(?:an)?|kopi|ongkos|pulsa|rokok)": (
        "to pay for my petrol"
    ),
    r"sekali ini (?:aja|saja|doang)": "just this once",
    r"(?:nanti )?(?:saya|aku|gue|gw) doa(?:in|kan)": "i will pray for him",
    r"nanya jalan|tanya jalan|nanya arah|tanya arah": "ask directions",
    r"mas2|mas-mas|om-om|bapak2|bapak-bapak": "a guy",
    r"(?:yang )?(?:lagi |sedang )?(?:mabok|mabuk|teler)": "who is drunk",
    r"jam (?:1|2|3|4|satu|dua|tiga|empat) (?:malam|malem|pagi|dini hari)": "at 2 am",
    r"minta rokok|minta sebatang rokok": "ask for a cigarette",
    # singing and dancing where others must watch
    r"nyanyi|bernyanyi|nyanyiin|menyanyi|nyanyi(?:-nyanyi)?": "sing",
    r"joget|berjoget|jogetan|dansa|berdansa|menari|nari|goyang bareng": "dance",
    r"keras-keras|kenceng-kenceng|kencang-kencang|keras banget|kenceng banget": "loudly",
    r"penumpang lain|penumpang lainnya|para penumpang|penumpang-penumpang|semua penumpang": (
        "the other passengers"
    ),
    r"terus|lalu|habis itu|abis itu": "then",
    r"live (?:facebook|fb|ig|instagram|tiktok)|(?:facebook|fb|ig|tiktok) live": "livestream",
}
