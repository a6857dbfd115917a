"""Arabic triage rules (Modern Standard and spoken forms).

Before matching, vowel marks and tatweel are removed and letter forms unified: أ إ آ ٱ -> ا, ة -> ه,
ى -> ي, ؤ -> و, ئ -> ي. Write rules the same way. Arabic attaches "and", "the", "me", "her" to the
word, so most rule words use * at both ends: *ضرب* finds ضربني, بيضربني, يضربها.
"""

from . import JOKES, near, phrases

FAMILY = [
    "ابوي",
    "ابي",
    "بابا",
    "ابويا",
    "والدي",
    "*ابوي*",
    "امي",
    "ماما",
    "امي*",
    "والدتي",
    "زوج امي",
    "زوجه ابي",
    "مرت ابوي",
    "اخوي",
    "اخي",
    "اخويا",
    "اختي",
    "عمي",
    "خالي",
    "عمتي",
    "خالتي",
    "جدي",
    "جدتي",
    "اهلي",
    "عيلتي",
    "اسرتي",
]
PEOPLE = FAMILY + ["هو", "هي", "هم", "واحد", "شخص", "رجال", "رجل"]

RULES = [
    phrases(
        "انتحار، ما بدي عيش (wanting to die)",
        "self_harm",
        [
            "*نتحر*",
            "اقتل نفسي",
            "*قتل نفسي",
            "*قتل حالي",
            "بدي موت",
            "بدي اموت",
            "وما اصحي",
            "ما اصحي",
            "ولا اصحي",
            "وما اصحى",
            "ما اصحى",
            "نام وما اصحي",
            "ودي اموت",
            "اريد اموت",
            "ابغي اموت",
            "بتمني اموت",
            "اتمني اموت",
            "ابي اموت",
            "ابغى اموت",
            "اريد ان اموت",
            "اريد الموت",
            "اتمني الموت",
            "نفسي اموت",
            "ما بدي عيش",
            "ما ابي اعيش",
            "لا اريد ان اعيش",
            "لا اريد العيش",
            "تعبت من الحياه",
            "تعبت من حياتي",
            "مليت من الحياه",
            "انهي حياتي",
            "*نهي حياتي",
            "احسن لو مت",
            "احسن بدوني",
            "افضل بدوني",
            "حبوب كثير",
            "جرعه زايده",
        ],
    ),
    phrases(
        "ايذاء النفس (hurting oneself)",
        "self_harm",
        [
            "*جرح نفسي",
            "*جرح حالي",
            "اذي نفسي",
            "اوذي نفسي",
            "*اذي نفسي",
            "*اذي حالي",
            "*ذي نفسي",
            "اضر نفسي",
            "اضر حالي",
            "*حرق نفسي",
            "*حرق حالي",
            "اجرح ايدي",
            "*جرح ايدي",
            "*جرح يدي",
            "اقطع ايدي",
            "*شطب*",
        ],
    ),
    near(
        "عنف في البيت (violence to someone)",
        "physical_abuse",
        PEOPLE + ["*ني", "امي", "قدامنا", "ايانا"],
        [
            "*ضرب*",
            "*خنق*",
            "*يرفس*",
            "*رفس*",
            "*صفع*",
            "*حزام*",
            "*عذب*",
            "كدمات",
            "*كدمه*",
            "*يحرق*",
            "*حرقني*",
            "*دفش*",
            "*عنف*",
        ],
        window=4,
        unless=JOKES + ["محاضره", "درس", "المدرسه", "بالغلط", "غلط", "*كوره*", "ضحكنا", "نلعب", "*لعب*", "مزح*"],
    ),
    phrases(
        "ضربني (hit me)",
        "physical_abuse",
        [
            "*ضربني*",
            "*ضربها*",
            "*ضربنا*",
            "*خنقها*",
            "*خنقني*",
            "بالحزام",
            "كدمات",
            "*عنف اسري*",
        ],
        unless=["محاضره", "درس", "حضرنا", "مفيده", "توعيه", "بالغلط", "غلط", "*كوره*", "ضحكنا", "نلعب", "*لعب*"],
    ),
    near(
        "تحرش (touching, sexual abuse)",
        "sexual_abuse",
        PEOPLE + ["*ني", "غرفتي", "بالليل", "بالحمام"],
        ["*لمس*", "*تحرش*", "*غتصب*", "*تلمس*", "*يبوس*", "*عريان*", "*يشلح*", "*جنس*"],
        window=4,
        unless=["محاضره", "درس", "توعيه", "شاشه", "الجوال"],
    ),
    phrases(
        "اعتداء جنسي (sexual abuse)",
        "sexual_abuse",
        [
            "*تحرش بي*",
            "*لمسني*",
            "*يلمسني*",
            "اماكن خاصه",
            "باماكن خاصه",
            "*لمس* *ني",
            "*يتحرش*",
            "*اغتصب*",
            "*غتصبني*",
            "سرنا",
            "سر بيننا",
            "لا تقولي لاحد",
            "لا تقول لاحد",
            "يجي غرفتي بالليل",
            "يدخل غرفتي",
        ],
    ),
    phrases(
        "اهمال (neglect)",
        "neglect",
        [
            "ما في اكل",
            "ما فيه اكل",
            "ما عندنا اكل",
            "ما عندي اكل",
            "لا يوجد طعام",
            "لا يوجد اكل",
            "ما في طعام",
            "ما اكلت",
            "ما كلت",
            "لم اكل",
            "*جوعان*",
            "*جوعانه*",
            "جوعانين",
            "ما في كهربا",
            "ما في تدفئه",
            "ما تقوم من السرير",
            "ما يقوم من السرير",
            "نايمه طول اليوم",
            "نايم طول اليوم",
            "اطعم اخواني",
            "اطعم اخوتي",
            "اهتم باخواني",
            "لحالي بالبيت",
            "وحدي بالبيت",
            "وحدي في البيت",
            "ما حدا بيهتم",
            "ما احد يهتم",
        ],
    ),
    phrases(
        "استغلال ومخدرات (exploitation)",
        "exploitation",
        [
            "مخدرات",
            "*حشيش*",
            "يعطوني فلوس",
            "يعطيني فلوس",
            "اوصل اغراض",
            "اوصل اكياس",
            "اوصل طرود",
            "طرود",
            "ما اقدر ارفض",
            "ما بقدر ارفض",
            "دين عليه",
            "مديون",
            "*ديون*",
            "شباب اكبر",
            "رجل كبير",
        ],
        unless=["محاضره", "درس", "توعيه"],
    ),
    near(
        "صور وتهديد (pictures and threats online)",
        "online_abuse",
        ["*صور*", "*صوري*", "*فيديو*", "*مقاطع*"],
        ["*هدد*", "*نشر*", "*ينزل*", "ارسل*", "*ابعت*", "*يبعت*", "*فضح*", "*ابتز*", "*يبتز*", "عاريه", "الكل"],
        window=5,
    ),
    phrases(
        "ابتزاز واستدراج (grooming and sextortion)",
        "online_abuse",
        [
            "*ابتز*",
            "*يبتزني*",
            "لا تخبر اهلك",
            "لا تقول لاهلك",
            "لا تقولي لاهلك",
            "يبي يقابلني",
            "بده يقابلني",
            "يريد ان يقابلني",
            "كاميرا",
            "بدون ملابس",
            "صور عاريه",
        ],
        unless=["محاضره", "درس", "توعيه"],
    ),
    phrases(
        "البيت مو امان، ما عندي مكان (unsafe home, missing)",
        "unsafe_home",
        [
            "*طردني*",
            "*طردوني*",
            "*طردتني*",
            "طردنا",
            "نمت برا",
            "نمت بالشارع",
            "نمت في الشارع",
            "نمت بالحديقه",
            "ما عندي مكان",
            "ما لي مكان",
            "ليس لدي مكان",
            "وين انام",
            "اين انام",
            "مو امن",
            "مش امن",
            "مش بامان",
            "لست بامان",
            "لا اشعر بالامان",
            "ما احس بامان",
            "خايف ارجع البيت",
            "خايفه ارجع البيت",
            "هربت من البيت",
            "بدي اهرب",
            "ابي اهرب",
            "سأهرب",
            "ساهرب",
        ],
    ),
    phrases(
        "زواج بالغصب وختان (forced marriage and FGM)",
        "forced_marriage_fgm",
        [
            "*تزويجي*",
            "*جوزوني*",
            "*يجوزو*",
            "*جوزني*",
            "*زوجني*",
            "*تزوجني*",
            "*يزوجوني*",
            "*يزوجوني*",
            "*زوجوني*",
            "زواج بالغصب",
            "زواج قسري",
            "غصب عني",
            "*ختن*",
            "*ختان*",
            "*طهوري*",
            "ابن عمي",
            "ابن خالي",
        ],
        unless=["محاضره", "درس"],
    ),
    near(
        "تهديد بالقتل (threats to life)",
        "threats_to_life",
        PEOPLE + ["*ني", "*نا", "*كم"],
        ["*قتل*", "*يقتل*", "سكين", "*سكينه*", "*سلاح*", "*مسدس*", "*يطعن*", "*طعن*", "*يذبح*"],
        window=4,
        # "ههههه" (laughing) is reduced to "ه" like any repeated letter; failing exams is the idiom's usual cause.
        unless=JOKES + ["الملل", "ضحك", "محاضره", "لعبه", "ه", "رسبت", "*علامات*", "*امتحان*", "*شهاده*"],
    ),
    phrases(
        "كلام جارح وخوف (emotional abuse, fear)",
        "emotional_abuse",
        [
            "يقول اني غبي",
            "تقول اني غبيه",
            "يقول اني فاشل",
            "تقول اني فاشله",
            "ما بحبني",
            "ما يحبني",
            "يكرهني",
            "تكرهني",
            "يتمنى لو ما انولدت",
            "ليتني ما انولدت",
            "يحبسني",
            "تحبسني",
            "ما بقدر احكي لحدا",
            "ما اقدر اقول لاحد",
            "اذا قلت لاحد",
            "اذا حكيت لحدا",
            "ما حدا بيعرف",
            "ما احد يدري",
        ],
    ),
    near(
        "خوف من احد في البيت (afraid of someone at home)",
        "emotional_abuse",
        FAMILY + ["منه", "البيت"],
        ["*خايف*", "*خائف*", "*خوف*", "مرعوب*"],
        window=3,
        unless=["الامتحانات", "الامتحان", "العتمه", "الكلاب"],
    ),
]
# Added 2 December 2026 (after blind batch 5): more dialect and whole families of words.
RULES += [
    phrases(
        "تعبت من كل شي (worn out with everything)",
        "self_harm",
        [
            "تعبت من كل شي",
            "تعبت من كل شيء",
            "تعبت من كل حاجه",
            "تعبت من الدنيا",
            "زهقت من حياتي",
            "زهقت من الحياه",
            "مليت من حياتي",
            "مليت من كل شي",
            "كرهت حياتي",
            "كارهه حياتي",
            "كاره حياتي",
            "ما عاد فيني",
            "ما عدت اتحمل",
            "مش قادر اكمل",
            "مش قادره اكمل",
            "ما اقدر اكمل",
            "ما بقدر كفي",
            "ما بدي كون موجود",
            "ما بدي ضل عايش",
            "مش عايز اعيش",
            "مش عايزه اعيش",
            "مش عاوز اعيش",
            "ما ابغى اعيش",
            "ما ابغي اعيش",
            "الكل بيرتاح مني",
            "يرتاحوا مني",
            "بيرتاحوا مني",
            "لو ما كنت موجود",
            "احسن لو اختفيت",
            "اختفي للابد",
        ],
    ),
]
# Added 2 December 2026 (after blind batch 6).
RULES += [
    phrases(
        "ما عاد اتحمل، انام وما اقوم (cannot bear it, sleep and not get up)",
        "self_harm",
        [
            "ما عاد اتحمل",
            "ما عاد فيني اتحمل",
            "ما عدت اقدر",
            "ما عاد اقدر",
            "مش قادر اتحمل",
            "مش قادره اتحمل",
            "انام وما اقوم",
            "انام ولا اقوم",
            "انام وما اصحي",
            "نام وما قوم",
        ],
    ),
    near(
        "صور او فيديو مقابل فلوس (pictures or video for money)",
        "online_abuse",
        ["*صور*", "*فيديو*", "*مقطع*", "*مقاطع*"],
        ["*مصاري*", "*فلوس*", "*يطلب*", "*بيطلب*", "مبلغ", "*يدفع*", "ادفع", "*بيهدد*"],
        window=6,
    ),
    phrases(
        "طهور البنات (FGM, dialect words)",
        "forced_marriage_fgm",
        ["طهور", "طهور البنات", "*طهروني*", "*يطهروني*", "*يطهرو*", "*ختن*"],
    ),
]
# Added 2 December 2026 (after blind batch 7).
RULES += [
    phrases(
        "ما في شي يخليني كمل (nothing to keep me going)",
        "self_harm",
        ["يخليني كمل", "يخليني اكمل", "ما بقى في شي", "ما في شي يخليني", "ما بقى الي شي", "ما عاد في شي"],
    ),
    phrases(
        "حرق او كي (burning)",
        "physical_abuse",
        ["*حرقني*", "*يحرقني*", "*كواني*", "*يكويني*", "*تكويني*", "*حرقتني*", "*حرقني بالملعقه*"],
    ),
]
# Added 2 December 2026 (after blind batch 8).
RULES += [
    phrases(
        "انهي كل شي (to end everything)",
        "self_harm",
        ["انهي كل شي", "انهي كل شيء", "*نهي كل شي", "اخلص من كل شي", "اخلص من حياتي"],
    ),
    phrases(
        "رسائل وسخة واحذفيها (dirty messages, delete them)",
        "online_abuse",
        ["رسايل وسخه", "رسائل وسخه", "كلام وسخ", "صور وسخه", "*احذفيها*", "*احذفها*", "*امسحيها*", "*امسحها*"],
    ),
]
# Added 3 December 2026 (after blind batch 9): families of words in the spoken forms, and Arabic written in
# Latin letters and digits ("Arabizi": 3 for ع, 7 for ح, 2 for ء or ق, 5 for خ), as young people type it.
AR_PEOPLE = PEOPLE + ["*ني"]
RULES += [
    near(
        "تركونا (left alone by a parent)",
        "neglect",
        FAMILY + ["*ني", "*نا"],
        ["*تركوني*", "*تركتنا*", "*تركونا*", "*تركني*", "*تركتني*", "*تركنا*", "*سابونا*", "*سابتنا*", "*سابوني*"],
        window=4,
        unless=["*المدرسه*", "*الصف*", "*امتحان*", "*رحله*", "*عطله*", "ساعه", "*لعب*"],
    ),
    near(
        "ما حدا بيسأل ولا بيطبخ (nobody asking or cooking)",
        "neglect",
        ["ما حدا", "ما في حدا", "ما احد", "محدش", "ولا حدا", "ما فيه احد", "مافي حدا"],
        ["*سال عني*", "*سال علي*", "*سال فينا*", "*طبخ*", "*يطعم*", "*يهتم*", "بالبيت من", "من شهر", "من اسبوع"]
        + ["من ايام"],
        window=3,
        unless=["*المدرسه*", "*الصف*", "*امتحان*", "*رحله*", "*عطله*", "ساعه"],
    ),
    near(
        "مصاري مقابل توصيل اغراض (money to carry or hide things)",
        "exploitation",
        ["*مصاري*", "*فلوس*", "*يعطوني*", "*بيعطوني*", "*يدفعولي*", "ناس كبار", "شباب كبار", "رجال كبار", "*مجبور*"]
        + ["*غصب*", "*يجبروني*", "*بيجبروني*", "*مديون*"],
        ["*وصل*", "*شنط*", "*اغراض*", "*اكياس*", "*خبي*", "ابيع", "*بيع لهم*", "*حشيش*", "*مخدرات*", "*حبوب*"]
        + ["*مدينه ثانيه*", "*بلد تاني*", "*بالقطار*", "*بالباص*"],
        window=5,
        unless=["امي*", "ماما", "بابا", "ابوي", "*اشتري*", "*سوق*", "*دكان*", "*سوبر*", "*مدرسه*", "*عيديه*"],
    ),
    near(
        "حدا بيدخل الحمام او التخت (someone in a child's bathroom or bed)",
        "sexual_abuse",
        ["*يدخل*", "*بيدخل*", "*يجي*", "*بيجي*", "*يتفرج*", "*يصورني*", "*بيصورني*", "*يصورها*", "*ينام جنبي*"]
        + ["*بينام جنبي*", "*يطلع عالتخت*", "*يتطلع علي*"],
        ["*حمام*", "*سريري*", "*فرشتي*", "*تختي*", "*ملابس*", "*اواعي*", "*هدومي*", "*اتحمم*", "*بتحمم*", "بالليل"]
        + ["*نايمه*", "*نايم*"],
        window=4,
        unless=["*قطه*", "*بسه*", "*كلب*", "*يصحيني*", "*مدرسه*", "درس", "محاضره"],
    ),
    near(
        "زقني ورماني عالحيط (pushed, thrown, pulled by the hair)",
        "physical_abuse",
        AR_PEOPLE,
        ["*زقني*", "*زقها*", "*رماني*", "*رماها*", "*رمتني*", "عالحيط", "بالحيط", "على الحيط", "عن الدرج", "من الدرج"]
        + ["*من شعري*", "*من شعرها*", "*كسرلي*", "*كسرلها*", "*كسر ايدي*", "*شدني*", "*شدها*", "*دمي*", "*نزف*"],
        window=4,
        unless=JOKES + ["*كوره*", "*لعب*", "بالغلط", "غلط", "درس", "محاضره"],
    ),
    near(
        "نتخبى منه (hiding from someone at home)",
        "physical_abuse",
        ["*تخبى*", "*نتخبى*", "*اختبي*", "*نختبي*", "*تخبيت*", "*تخبينا*", "*سكرت الباب*", "*قفلت الباب*"],
        ["منه", "منها", "*خزانه*", "*تحت التخت*", "*تحت السرير*", "*لما يسكر*", "*لما يشرب*", "*لما يعصب*"]
        + ["*لما يصرخ*", "*يتخانقو*", "*بيتخانقو*", "*يتهاوشون*", "*يضرب*"],
        window=5,
        unless=["*غميضه*", "*هديه*", "*مفاجاه*", *JOKES],
    ),
    phrases(
        "رسالة وداع، ارمي حالي (a goodbye note, throwing oneself)",
        "self_harm",
        [
            "*رساله وداع*",
            "*رسايل وداع*",
            "*رسائل وداع*",
            "*ارمي حالي*",
            "*ارمي نفسي*",
            "*ارمي روحي*",
            "*انط من*",
            "*اقفز من*",
            "من فوق الجسر",
            "عن الجسر",
            "من السطح",
            "كل الحبوب",
            "*حبوب امي*",
            "*بجمع حبوب*",
            "*اجمع حبوب*",
            "*علبه حبوب*",
            "ما بدي شي من الدنيا",
            "ما عاد بدي شي",
            "ما عاد بدي عيش",
            "*ما عاد بدي كون*",
            "*ابي انام وما*",
        ],
        unless=["*مسبح*", "*ترامبولين*", "*راسي*", "*صداع*", "ه", *JOKES],
    ),
    near(
        "تجرح حالها (someone else hurting themself)",
        "self_harm",
        ["حالها", "نفسها", "حاله", "نفسه", "روحها", "روحه"],
        ["*جرح*", "*اذي*", "*ذي*", "*قتل*", "*حرق*", "*نتحر*", "*شطب*", "*موت*"],
        window=2,
        unless=["بالغلط", "غلط", "*لعبه*", *JOKES],
    ),
    near(
        "حدا من النت بدو يشوفني (someone from online wanting to meet or keep it secret)",
        "online_abuse",
        ["*انستا*", "*تيك توك*", "*تيكتوك*", "*سناب*", "*ديسكورد*", "*لعبه*", "*النت*", "*الانترنت*", "*اونلاين*"]
        + ["*غريب*", "واحد ما بعرفه", "*تعرفت عليه*"],
        ["*نلتقي*", "*نتقابل*", "*يقابلني*", "*اشوفه*", "*يشوفني*", "*تذكره*", "*يدفع*", "*مصاري*", "*فلوس*"]
        + ["*هديه*", "*هدايا*", "ما قول لحدا", "لا تقولي", "ما اقول لاحد", "*امسح*", "*احذف*", "*عنواني*"]
        + ["وين ساكنه", "وين ساكن", "*ساكن فيه*"],
        window=8,
        unless=["درس", "محاضره", "توعيه", "*قريبتي*", "*صفي*"],
    ),
    near(
        "خطبوني لواحد (engaged to someone)",
        "forced_marriage_fgm",
        ["*خطبوني*", "*يخطبوني*", "*خطبني*", "*خطوبتي*", "*كتب كتابي*", "*عريس*", "*جوزي*"],
        ["*سنه*", "*كبير*", "*ما بعرفه*", "*ما اعرفه*", "*غصب*", "*البلد*", "اهلي", "ما بدي", "*عمري*"],
        window=6,
        unless=["*مسلسل*", "*فيلم*", "*عرس بنت*", "*عرس اخت*"],
    ),
    near(
        "اذا حكيت رح يقتلني (a threat if the young person tells or refuses)",
        "threats_to_life",
        ["اذا قلت", "اذا حكيت", "اذا ما", "اذا رفضت", "لو قلت", "لو حكيت", "لو ما", "والا", "ولا رح"],
        ["*يقتل*", "*قتل*", "*يذبح*", "*يضرب*", "*اذي*", "*ينشر*", "*يفضح*", "*يبعت*", "اخوي", "اختي", "اهلي"],
        window=6,
        unless=JOKES + ["*امتحان*", "*علامات*", "*واجب*", "ه", "*مزح*"],
    ),
    near(
        "بيسبني وبيقلي انك فاشل (insults from a parent)",
        "emotional_abuse",
        PEOPLE + ["*بيسبني*", "*يسبني*", "*يهيني*", "*بيهيني*", "*يحقرني*", "*يذلني*", "*بيذلني*", "*يسميني*"],
        ["*غبي*", "*حمار*", "*فاشل*", "*كلب*", "*حيوان*", "ما بتسوي", "*عار علي*", "*غلطه*"],
        window=4,
        unless=["*صاحبي*", "*صاحبتي*", "*المدرسه*", "*الصف*", *JOKES],
    ),
]

# Arabic in Latin letters and digits. Folded like all text ("a3eesh" -> "a3esh"); words a child might spell
# several ways start or end in *.
AZ_PEOPLE = [
    "baba",
    "babaya",
    "abuya",
    "abouya",
    "abouy",
    "abuy",
    "aboy",
    "ommi",
    "omi",
    "2omi",
    "2ommi",
    "mama",
    "okhti",
    "o5ti",
    "ukhti",
    "akhoya",
    "a5oya",
    "akhuya",
    "5ali",
    "khali",
    "3ami",
    "3amo",
    "ahli",
    "ahly",
    "howa",
    "hwa",
    "huwa",
    "hiya",
    "heya",
    "wa7ed",
    "wahed",
    "goz omi",
    "jooz ommi",
    "zoj omi",
]
RULES += [
    near(
        "Arabizi: wanting to die (bdi mot, 3ayza amot)",
        "self_harm",
        ["3ayz*", "3ayez*", "3aiz*", "3awz*", "bdi", "badi", "bde", "bidi", "abi", "abghi", "abgha", "abga", "ab8a"]
        + ["nfsi", "nefsi", "nifsi", "ared", "aread", "oreed", "ured"],
        ["amot", "amut", "amout", "mot", "mout", "mut", "amwt"],
        window=2,
    ),
    near(
        "Arabizi: not wanting to live (mesh 3ayza a3eesh)",
        "self_harm",
        ["mesh", "mish", "msh", "mosh", "mush", "mabdi", "mabadi", "mabe", "mabi", "ma3ad", "ma3adsh", "mab2etsh"]
        + ["mab2ash", "ma", "la", "bdi", "badi", "3ayz*", "3ayez*"],
        ["a3esh", "a3ish", "a3eish", "a3ysh", "3ish", "3aysh", "3ayesh", "a3isha", "a3ishha", "akamel", "akammel"]
        + ["akml", "akmel"],
        window=3,
    ),
    near(
        "Arabizi: better without me, tired of life",
        "self_harm",
        ["a7san", "ahsan", "a7sn", "ahsn", "afdal", "af4al", "ta3ban*", "t3ban*", "ta3bt", "t3bt", "ta3bet"]
        + ["zh2t", "zhe2t", "zeh2t", "malet", "maleit", "kr8t", "krhet", "kerht", "karha", "kareh"],
        ["gheiri", "gheri", "ghairi", "ghiri", "8eri", "8ery", "ghery", "bdouni", "bdoni", "bidouni", "bdouny"]
        + ["min doni", "el 7aya", "al 7aya", "7ayati", "7ayaty", "el dunya", "eldonya", "el donya", "eldunya"]
        + ["kol 7aga", "kol shi", "kolshi", "kol she", "kul shi"],
        window=4,
    ),
    near(
        "Arabizi: hurting or killing oneself",
        "self_harm",
        ["a2tel", "a2tol", "2tel", "2tol", "aktol", "a8tol", "aqtol", "eqtel", "a2atel", "ajra7", "bajra7", "agra7"]
        + ["bgra7", "ba2za", "b2za", "a2zi", "ba2zi", "a7ra2", "ba7ra2", "jara7t", "gara7t", "a2ta3", "ba2ta3"]
        + ["ashateb", "bashateb", "shatabt"],
        ["nafsi", "nafsy", "7ali", "7aly", "edi", "eidi", "2idi", "idi", "edaya", "2edi", "dra3i", "dra3y"]
        + ["rejli", "rigli", "jesmi", "gesmi"],
        window=2,
    ),
    phrases(
        "Arabizi: suicide named",
        "self_harm",
        ["*nte7ar*", "*nti7ar*", "*ntehar*", "*ntihar*", "ante7er", "ant7er", "antaher", "ante7r"],
    ),
    phrases(
        "Arabizi: hit, strangled, burned, touched (one word, a person attached)",
        "physical_abuse",
        ["*drabni*", "*darabni*", "*drebni*", "*dribni*", "*darbni*", "*dorbni*", "*darbetni*", "*darabetni*"]
        + ["*drobni*", "*darabouni*", "*darabuni*", "*drabuni*", "*5na2ni*", "*khna2ni*", "*khana2ni*"]
        + ["*5ana2ni*", "*7ara2ni*", "*7ra2ni*", "*rafasni*", "*darabha*", "*drabha*", "*bedrabna*", "*bydrabna*"],
    ),
    near(
        "Arabizi: a person hitting someone",
        "physical_abuse",
        AZ_PEOPLE,
        ["*darab*", "*bydrab*", "*bedrab*", "*yedrab*", "*edrab*", "*dareb*", "*5ana2*", "*khana2*", "*7ara2*"]
        + ["*rafas*", "*yerfos*", "*3azeb*", "*kadamat*"],
        window=3,
        unless=JOKES + ["kora", "koora", "lo3ba", "bel8alat", "bel ghalat", "ghalat"],
    ),
    phrases(
        "Arabizi: sexual abuse",
        "sexual_abuse",
        ["*lamasni*", "*yelmesni*", "*lmesni*", "*bilmesni*", "*belmesni*", "*t7arash*", "*ta7arosh*", "*t7arosh*"]
        + ["*7arash*", "*ghtasab*", "*8tasab*", "*ghtisab*", "*8tisab*", "*3'tasab*", "*bibosni*", "*bybosni*"],
        unless=["dars", "mo7adra", "taw3ya"],
    ),
    phrases(
        "Arabizi: no food, left alone",
        "neglect",
        ["*ga3an*", "*ja3an*", "*jo3an*", "*jou3an*", "*ge3an*", "*gi3an*", "*gu3an*", "ma fi akl", "mafi akl"]
        + ["mafish akl", "mafesh akl", "ma fe akl", "mfesh akl", "ma 3andna akl", "ma3andnash akl", "*tarakoni*"]
        + ["*tarakouni*", "*taraktna*", "*tarakatna*", "*tarakona*", "*tarakouna*", "*sabouna*", "*sabetna*"]
        + ["*sabtna*", "*sabuni*", "*sabouni*"],
        unless=JOKES + ["ghada", "el ghada", "lunch"],
    ),
    phrases(
        "Arabizi: thrown out, not safe at home",
        "unsafe_home",
        ["*taradni*", "*tardni*", "*taradouni*", "*tarduni*", "*taradoni*", "*taradetni*", "*tardetni*", "mesh amen"]
        + ["mish amen", "msh amen", "mesh aman", "mish aman", "msh aman", "mosh amen", "mesh b2aman", "mish b2aman"]
        + ["5ayef arga3", "khayef arja3", "5ayfa arga3", "khayfa arja3", "nemt barra", "nimt barra", "nemt fel share3"]
        + ["nimt bel share3", "harabt men el bet", "hrabt mn el bet", "ahrab men el bet"],
    ),
    near(
        "Arabizi: afraid of someone at home",
        "emotional_abuse",
        AZ_PEOPLE + ["el bet", "el beit", "elbet"],
        ["5ayef*", "5ayf*", "khayef*", "khayf*", "khaif*", "5a2f*", "mar3ob*", "mar3ub*"],
        window=3,
        unless=["imti7an*", "emte7an*", "exam*", "dark", "spider*", "kalb", "dog*", "el dalma"],
    ),
    near(
        "Arabizi: threats to kill",
        "threats_to_life",
        AZ_PEOPLE + ["*ni", "ana"],
        ["*2telni*", "*2tilni*", "*qtelni*", "*ktelni*", "*yi2tel*", "*y2tel*", "*yo2tol*", "*ya2tol*", "*sekkin*"]
        + ["*sikkin*", "*msadas*", "*mosadas*", "*sla7*", "*yedba7*", "*ydba7*"],
        window=4,
        unless=JOKES + ["imti7an*", "emte7an*", "exam*", "h", "hah*"],
    ),
    phrases(
        "Arabizi: married off, cut (forced marriage, FGM)",
        "forced_marriage_fgm",
        ["*yegawzoni*", "*ygawzoni*", "*yjawzoni*", "*yzawjoni*", "*zawjoni*", "*gawzoni*", "*jawzoni*", "*ygawezni*"]
        + ["*yjawezni*", "*yzawejni*", "*5atabouni*", "*khatabouni*", "*5atabni*", "*khatabni*", "*5etan*"]
        + ["*khitan*", "*5tan*", "*khtan*", "*tahour*", "*tohour*", "*tohor*"],
    ),
    phrases(
        "Arabizi: pictures and blackmail",
        "online_abuse",
        ["*yebtazni*", "*ybtazni*", "*btezaz*", "*ebtezaz*", "*ibtizaz*", "*ebtizaz*", "*yfda7ni*", "*yfde7ni*"]
        + ["*bifda7ni*", "*yfdahni*"],
    ),
    near(
        "Arabizi: pictures or videos posted or paid for",
        "online_abuse",
        ["*sowar*", "*suwar*", "*sowari*", "video*", "vid", "vids", "fidyo*"],
        ["*ynshor*", "*yenshor*", "*ynzel*", "*yenzel*", "*ybe3at*", "*yfda7*", "*yhadded*", "*yhaded*", "*fulus*"]
        + ["*floos*", "*masari*", "*msari*", "*masary*"],
        window=5,
    ),
]
RULES += [
    phrases(
        "ما حدا رح يشتاقلي (nobody would miss me)",
        "self_harm",
        [
            "ما حدا رح يشتاقلي",
            "ما حدا رح يشتاق الي",
            "ما حدا رح ينتبه",
            "ما حدا رح يحس",
            "محدش هيفتقدني",
            "محدش هياخد باله",
            "ما احد بيفقدني",
            "ما احد راح يفقدني",
            "ما حدا بيفرق معه",
            "ما في شي بيفرق",
            "*خلص من هالحياه*",
            "*خلص من الحياه*",
            "*الحبوب جاهزه*",
        ],
    ),
    near(
        "Arabizi: nobody would miss me",
        "self_harm",
        ["ma 7ada", "ma7ada", "ma 7adan", "ma 7dan", "ma7adesh", "m7adesh", "ma 7ad", "mahadesh", "ma7dsh"],
        ["y2ta2li", "yeshta2li", "yeshta2ly", "hayeshta2li", "hayefta2edni", "yefta2edni", "yfta2dni", "yentebeh"]
        + ["hayentebeh", "ye7es"],
        window=3,
    ),
]
RULES += [
    near(
        "ما بدي كمل بهالحياة (not wanting to go on living)",
        "self_harm",
        ["ما بدي", "ما عاد بدي", "ما عاد فيني", "مش عايز", "مش عايزه", "مش قادر", "مش قادره", "ما ابي", "ما ابغى"]
        + ["ما اريد", "لا اريد", "خلاص"],
        ["*كمل*", "اعيش", "*هالحياه*", "*الحياه*", "*حياتي*", "*الدنيا*"],
        window=3,
        unless=["*لعبه*", "*مسلسل*", "*دراسه*", "*المدرسه*", "*الجامعه*", "*الاكل*", "*الفيلم*", "*الكتاب*"],
    ),
    near(
        "امي ما بتطعمنا، نايمة طول الوقت (a parent not feeding the children, always asleep or drunk)",
        "neglect",
        FAMILY + ["هي", "هو"],
        ["*نايمه طول*", "*نايم طول*", "*تطعمنا*", "*يطعمنا*", "*تطعمني*", "*يطعمني*", "ما بتطبخ", "ما بيطبخ"]
        + ["*سكران*", "*سكرانه*", "*بتسكر*", "*بيسكر*", "*مخدر*"],
        window=4,
        unless=["*مريض*", "*مريضه*", "*تعبان*", "*تعبانه*", "*شغل*", "*مناوبه*", "*عيد*", "*رمضان*"],
    ),
]
RULES += [
    phrases(
        "حرقلي ايدي (burned with a lighter, a cigarette or an iron)",
        "physical_abuse",
        ["*حرقلي*", "*حرقلها*", "*حرقتلي*", "*كوالي*", "*بالولاعه*", "*بالسيجاره*", "*بالمكوى*", "*بالمكوايه*"],
        unless=["بالغلط", "غلط", "*طبخ*", "*مطبخ*"],
    ),
    near(
        "اهلي مسافرين وانا لحالي (parents away, children alone)",
        "neglect",
        ["*مسافرين*", "*مسافره*", "*مسافر*", "*طالعين*", "*غايبين*", "*غايب*", "*غايبه*", "ما رجعو", "ما رجعت"],
        ["*من اسبوع*", "من اسبوعين", "من شهر", "من ايام", "لحالي", "لحالنا", "وحدي", "وحدنا", "*الصغار*"],
        window=5,
        unless=["*رحله*", "*عطله*", "*عند جدي*", "*جدتي*", "*ساعه*", "*خالتي*"],
    ),
]
RULES += [
    phrases(
        "بحبسني وما بطعميني (locked in, not fed)",
        "neglect",
        ["*حبسني*", "*حبسونا*", "*حبسنا*", "*حبستني*", "*قفل علي*", "*سكر علي الباب*", "ما *طعمين*", "ما *طعمنا*"],
        unless=["*لعبه*", "*مزح*", *JOKES],
    ),
    phrases(
        "اكره حالي وبدي اختفي (hating oneself, wanting to disappear)",
        "self_harm",
        ["اكره حالي", "اكره نفسي", "كارهه نفسي", "كاره نفسي", "بكره حالي", "بكره نفسي", "بدي اختفي", "ابي اختفي"]
        + ["اريد ان اختفي", "نفسي اختفي", "بتمنى اختفي", "اتمنى اختفي"],
        unless=["*مسلسل*", "*صور*", "*شعري*", "*شكلي*", *JOKES],
    ),
    phrases(
        "Arabizi: cannot bear the beating",
        "physical_abuse",
        ["el darb", "eldarb", "bel darb", "mn el darb", "men el darb"],
        unless=["kora", "koora", "lo3ba", "game"],
    ),
    near(
        "Arabizi: cannot bear it any more",
        "self_harm",
        ["mesh", "mish", "msh", "mosh", "ma", "ma3ad", "mab2ash"],
        ["2ader astahmel", "2adra astahmel", "asta7mel", "astahmel", "at7amal", "at7ammal", "ast7mel"],
        window=3,
    ),
]
# Added 3 December 2026 after a fourth fresh set of probes (Arabizi 1 of 5 urgent found by the rules before).
RULES += [
    near(
        "Arabizi: someone coming into the bathroom or bed",
        "sexual_abuse",
        ["*dkhol*", "*d5ol*", "*dakhal*", "*da5al*", "*byegi*", "*biji*", "*byiji*", "*yiji*", "*yeegi*", "*bitfarrag*"]
        + ["*yetfarrag*", "*bisawarni*", "*bysawarni*", "*ynam gambi*", "*yenam gambi*", "*bynam jambi*"],
        ["7amam", "7ammam", "el 7amam", "el 7ammam", "sriri", "sereri", "el sereer", "el srir", "ta5ti", "takhti"]
        + ["o2ti", "ow2ti", "ghorfti", "8orfti", "bel leil", "bel lel", "belil", "ba3'ayar", "bghayer", "bastahama"]
        + ["bat7amam", "bastah*"],
        window=4,
        unless=["otta", "2otta", "kalb", "el madrasa"],
    ),
    near(
        "Arabizi: thinking of ending one's life",
        "self_harm",
        ["bafakar", "bfakar", "bfaker", "b2fakar", "afakar", "bfkr", "bafaker", "bfakkar", "kteer", "dayman"],
        ["amot", "a5las men", "akhlas men", "ante7er", "ante7r", "2tel nafsi", "a2tel nafsi", "anhi 7ayati"]
        + ["anhy 7ayati", "a5las mn", "akhtefi", "a5tefi"],
        window=4,
        unless=["emte7an*", "imti7an*", "el wageb", "wajeb"],
    ),
    phrases(
        "Arabizi: to be rid of my life",
        "self_harm",
        ["a5las men 7ayati", "akhlas men 7ayati", "a5las mn 7ayati", "a5las men el 7aya", "akhlas men el 7aya"]
        + ["anhi 7ayati", "anhy 7ayati", "ba2ra7 nafsi", "bakrah nafsi", "bakra nafsi", "bakrah 7ali", "bakra 7ali"],
    ),
    near(
        "Arabizi: older people's money to carry things",
        "exploitation",
        ["shabab kbar", "shabab kobar", "nas kbar", "nas kobar", "rejal kbar", "rgala kbar", "*masari*", "*msari*"]
        + ["*fulus*", "*floos*", "*flos*", "*bi3tuni*", "*bya3tuni*", "*bide2ulli*"],
        ["*wasel*", "*wasal*", "*wassel*", "aghrad", "agrad", "shanta", "shonat", "shonta", "*5abi*", "*khabi*"]
        + ["*hashish*", "*7ashish*", "*mo5adarat*", "*mokhadarat*", "*7obob*", "*7bob*", "abi3", "nbi3"],
        window=5,
        unless=["mama", "baba", "ommi", "abuya", "el dukkan", "el dekan", "el supermarket", "ashtri", "eshtri"],
    ),
    near(
        "Arabizi: parents away, children alone",
        "neglect",
        ["msafreen", "msafrin", "msafer", "msafra", "*sabouna*", "*tarakouna*", "mesh mawgoden", "mish mawjoodin"]
        + ["ma rje3o", "ma rg3o", "ma ragao", "ghaybeen", "8aybin"],
        ["la7ali", "la7alna", "lwa7di", "lawa7di", "wa7di", "wa7dna", "men osbo3", "men osbo3een", "mn osbo3"]
        + ["men shahr", "mn shahr", "men ayam", "mn ayam", "e5wati", "ekhwati", "el soghar"],
        window=6,
        unless=["re7la", "rehla", "3otla", "el agaza", "teta", "gedo", "jiddo", "sa3a"],
    ),
]
RULES += [
    near(
        "Arabizi: dirty things, a secret",
        "sexual_abuse",
        ["7agat", "7aga", "7agaat", "ashya", "2ashya", "kalam", "sowar", "a3mal", "bye3mel", "bya3mel", "3amal"],
        ["wes5a", "wesekh", "wis5a", "wiskha", "we7sha", "mesh kwayesa", "mish mni7a", "3eib", "3ayb"],
        window=3,
    ),
    phrases(
        "Arabizi: do not tell anyone",
        "sexual_abuse",
        ["ma t2olish le 7ad", "mat2olish le 7ad", "ma t2olesh le 7ad", "ma t2oli la 7ada", "la t2oli la 7ada"]
        + ["ma t2ol la 7ada", "sir benatna", "sir bena", "sirna", "matesh2eesh", "mateshkeesh"],
        unless=["mofag2a", "surprise", "3eed milad", "hdeyya", "hedeya"],
    ),
]
