"""Demo translations of the routing page into Polish, Romanian and Arabic, keyed by the English
segment they translate. Illustrative: written for the demo, to be checked by a qualified translator
before the board publishes them."""

ENGLISH = [
    "Worried about a child?",
    "Who to call about a child's safety, at any time of day, and what to say.",
    "If you are worried about a child, you can get help. Find the part below that fits, and call. "
    "You do not need to be sure that something is wrong.",
    "If a child is in danger now, or a crime is happening, call 999 and ask for the police.",
    "If the child lives in Knowsley, call the Knowsley Multi-Agency Safeguarding Hub (MASH). Children's social care, "
    "the police and health staff work there together. When the MASH is closed, the out-of-hours team answers "
    "instead.",
    "If you are worried about how someone who works or volunteers with children behaves towards a child, for example "
    "a teacher, a sports coach or a youth worker, tell the Local Authority Designated Officer (LADO). If a child is "
    "in danger now, call 999 first.",
    "If you work with children and you are worried about a child who lives in Knowsley, call the MASH to talk about "
    "your concern and make a referral. Follow your own organisation's safeguarding procedures as well.",
    "If the child lives outside Knowsley, contact children's services at the council where the child lives. If you "
    "are not sure where the child lives, call the Knowsley MASH and tell them what you know.",
    "You do not need proof. Tell us what you have seen or heard, and why it worries you.",
    "If you can, have this ready:",
    "the child's name, age and address, or where they might be",
    "what happened, when, and who was there",
    "anything the child has said to you, in their own words",
    "your name and how to contact you, and whether you do not want the family to know you called",
    "After you call, a worker decides what needs to happen next to keep the child safe. This may be advice, help for "
    "the family, or a visit. You may not be told what happens, to protect the family's privacy.",
]

POLISH = [
    "Martwisz się o dziecko?",
    "Do kogo dzwonić w sprawie bezpieczeństwa dziecka o każdej porze dnia i co powiedzieć.",
    "Jeśli martwisz się o dziecko, możesz uzyskać pomoc. Znajdź poniżej część, która pasuje do Twojej sytuacji, "
    "i zadzwoń. Nie musisz mieć pewności, że dzieje się coś złego.",
    "Jeśli dziecko jest teraz w niebezpieczeństwie albo dzieje się przestępstwo, zadzwoń pod 999 i poproś o policję.",
    "Jeśli dziecko mieszka w Knowsley, zadzwoń do wielobranżowego centrum ochrony dzieci w Knowsley (MASH). Pracują "
    "tam razem pracownicy socjalni, policja i służba zdrowia. Gdy MASH jest zamknięty, odbiera zespół dyżurny.",
    "Jeśli niepokoi Cię, jak ktoś, kto pracuje z dziećmi lub jest wolontariuszem, zachowuje się wobec dziecka, na "
    "przykład nauczyciel, trener sportowy lub opiekun młodzieży, powiadom wyznaczonego urzędnika samorządu (LADO). "
    "Jeśli dziecko jest teraz w niebezpieczeństwie, najpierw zadzwoń pod 999.",
    "Jeśli pracujesz z dziećmi i martwisz się o dziecko, które mieszka w Knowsley, zadzwoń do MASH, aby omówić swoje "
    "obawy i złożyć zgłoszenie. Postępuj też zgodnie z procedurami ochrony dzieci w swojej organizacji.",
    "Jeśli dziecko mieszka poza Knowsley, skontaktuj się ze służbami ds. dzieci w samorządzie, na którego terenie "
    "mieszka dziecko. Jeśli nie wiesz, gdzie mieszka dziecko, zadzwoń do MASH w Knowsley i powiedz, co wiesz.",
    "Nie potrzebujesz dowodów. Powiedz nam, co widziałeś lub słyszałeś i dlaczego Cię to niepokoi.",
    "Jeśli możesz, przygotuj:",
    "imię i nazwisko dziecka, jego wiek i adres albo miejsce, w którym może przebywać",
    "co się stało, kiedy i kto tam był",
    "wszystko, co dziecko Ci powiedziało, jego własnymi słowami",
    "swoje imię i nazwisko oraz dane kontaktowe, a także czy nie chcesz, aby rodzina wiedziała, że dzwoniłeś",
    "Po Twoim telefonie pracownik zdecyduje, co trzeba zrobić, aby dziecko było bezpieczne. Może to być porada, pomoc "
    "dla rodziny albo wizyta. Możesz nie dowiedzieć się, co się wydarzyło, ze względu na prywatność rodziny.",
]

ROMANIAN = [
    "Vă îngrijorează un copil?",
    "Pe cine să sunați despre siguranța unui copil, la orice oră, și ce să spuneți.",
    "Dacă vă îngrijorează un copil, puteți primi ajutor. Găsiți mai jos partea care vi se potrivește și sunați. "
    "Nu trebuie să fiți sigur că ceva este în neregulă.",
    "Dacă un copil este în pericol acum sau are loc o infracțiune, sunați la 999 și cereți poliția.",
    "Dacă copilul locuiește în Knowsley, sunați la Centrul multi-agenție de protecție a copilului din Knowsley (MASH). "
    "Acolo lucrează împreună asistența socială pentru copii, poliția și personalul medical. Când MASH este închis, "
    "răspunde echipa din afara programului.",
    "Dacă vă îngrijorează felul în care cineva care lucrează sau face voluntariat cu copii se poartă cu un copil, de "
    "exemplu un profesor, un antrenor sau un lucrător de tineret, spuneți-i ofițerului desemnat al autorității locale "
    "(LADO). Dacă un copil este în pericol acum, sunați mai întâi la 999.",
    "Dacă lucrați cu copii și vă îngrijorează un copil care locuiește în Knowsley, sunați la MASH ca să discutați "
    "îngrijorarea și să faceți o sesizare. Urmați și procedurile de protecție ale organizației dumneavoastră.",
    "Dacă copilul locuiește în afara Knowsley, contactați serviciile pentru copii ale consiliului din zona în care "
    "locuiește copilul. Dacă nu știți unde locuiește copilul, sunați la MASH Knowsley și spuneți ce știți.",
    "Nu aveți nevoie de dovezi. Spuneți-ne ce ați văzut sau auzit și de ce vă îngrijorează.",
    "Dacă puteți, pregătiți:",
    "numele, vârsta și adresa copilului sau locul unde ar putea fi",
    "ce s-a întâmplat, când și cine era acolo",
    "orice v-a spus copilul, cu cuvintele lui",
    "numele dumneavoastră și cum vă putem contacta și dacă nu doriți ca familia să afle că ați sunat",
    "După ce sunați, un lucrător decide ce trebuie făcut pentru ca copilul să fie în siguranță. Poate fi un sfat, "
    "ajutor pentru familie sau o vizită. Este posibil să nu vi se spună ce se întâmplă, pentru a proteja viața privată "
    "a familiei.",
]

ARABIC = [
    "هل أنت قلق على طفل؟",
    "بمن تتصل بشأن سلامة طفل في أي وقت من اليوم، وماذا تقول.",
    "إذا كنت قلقًا على طفل، يمكنك الحصول على المساعدة. ابحث أدناه عن الجزء الذي يناسب حالتك، واتصل. "
    "لست بحاجة إلى أن تكون متأكدًا من وجود خطأ ما.",
    "إذا كان طفل في خطر الآن، أو كانت جريمة تحدث، فاتصل بالرقم 999 واطلب الشرطة.",
    "إذا كان الطفل يعيش في نوزلي، فاتصل بمركز الحماية متعدد الجهات في نوزلي (MASH). يعمل هناك معًا موظفو الرعاية "
    "الاجتماعية للأطفال والشرطة والعاملون في الصحة. عندما يكون المركز مغلقًا، يجيب فريق العمل خارج ساعات الدوام.",
    "إذا كنت قلقًا من طريقة تعامل شخص يعمل مع الأطفال أو يتطوع معهم مع طفل، مثل معلم أو مدرب رياضي أو عامل شباب، "
    "فأبلغ المسؤول المعيّن من السلطة المحلية (LADO). إذا كان طفل في خطر الآن، فاتصل بالرقم 999 أولًا.",
    "إذا كنت تعمل مع الأطفال وتشعر بالقلق على طفل يعيش في نوزلي، فاتصل بالمركز (MASH) لتتحدث عن قلقك وتقدّم إحالة. "
    "واتبع أيضًا إجراءات الحماية في مؤسستك.",
    "إذا كان الطفل يعيش خارج نوزلي، فتواصل مع خدمات الأطفال في المجلس المحلي للمنطقة التي يعيش فيها الطفل. إذا لم تكن "
    "متأكدًا من مكان سكن الطفل، فاتصل بمركز MASH في نوزلي وأخبرهم بما تعرفه.",
    "لست بحاجة إلى دليل. أخبرنا بما رأيته أو سمعته، ولماذا يقلقك.",
    "إن استطعت، جهّز ما يلي:",
    "اسم الطفل وعمره وعنوانه، أو المكان الذي قد يكون فيه",
    "ما الذي حدث، ومتى، ومن كان موجودًا",
    "أي شيء قاله لك الطفل، بكلماته هو",
    "اسمك وطريقة التواصل معك، وإن كنت لا تريد أن تعرف العائلة أنك اتصلت",
    "بعد اتصالك، يقرر أحد العاملين ما يجب فعله لحماية الطفل. قد يكون ذلك نصيحة، أو مساعدة للعائلة، أو زيارة. "
    "قد لا يتم إخبارك بما يحدث، حفاظًا على خصوصية العائلة.",
]

STRINGS = {
    "pl": dict(zip(ENGLISH, POLISH, strict=True)),
    "ro": dict(zip(ENGLISH, ROMANIAN, strict=True)),
    "ar": dict(zip(ENGLISH, ARABIC, strict=True)),
}
