"""Romanian translations of the demo pages, keyed by the English segment they translate."""

STRINGS = {
    # Home page
    "Knowsley Safeguarding Children Board": "Consiliul pentru Protecția Copiilor din Knowsley",
    "Working together so that children in Knowsley grow up safely.": (
        "Lucrăm împreună pentru ca copiii din Knowsley să crească în siguranță."
    ),
    "Knowsley Safeguarding Children Board (KSCB) brings together the council, Merseyside Police, health services, "
    "schools and other partners to keep children in Knowsley safe. We want every child in Knowsley to grow up "
    "safely, be healthy, feel listened to and have the right opportunities to achieve their potential.": (
        "Consiliul pentru Protecția Copiilor din Knowsley (KSCB) reunește consiliul local, Poliția din Merseyside, "
        "serviciile de sănătate, școlile și alți parteneri pentru ca copiii din Knowsley să fie în siguranță. Vrem ca "
        "fiecare copil din Knowsley să crească în siguranță, să fie sănătos, să se simtă ascultat și să aibă "
        "oportunitățile potrivite pentru a-și atinge potențialul."
    ),
    "Our priorities": "Prioritățile noastre",
    "Campaigns": "Campanii",
    "Latest updates": "Ultimele noutăți",
    # Staying safe online
    "Staying safe online": "Siguranța online",
    "What the 'Exit this page' button does, and how to browse more privately.": (
        "Ce face butonul „Părăsiți această pagină” și cum puteți naviga mai discret."
    ),
    "If someone at home might check what you look at, these steps can help you read this site more safely.": (
        "Dacă cineva de acasă ar putea verifica ce citiți, acești pași vă pot ajuta să citiți acest site mai în "
        "siguranță."
    ),
    "The 'Exit this page' button": "Butonul „Părăsiți această pagină”",
    "Every page of this site has an 'Exit this page' button at the top. Select it, or press the Shift key 3 times, "
    "to leave this site straight away for the BBC weather page.": (
        "Fiecare pagină a acestui site are în partea de sus butonul „Părăsiți această pagină”. Selectați-l sau apăsați "
        "de 3 ori tasta Shift pentru a pleca imediat de pe acest site, pe pagina de vreme BBC."
    ),
    "When you use the button, the page you were reading is replaced, so pressing Back will not return to it.": (
        "Când folosiți butonul, pagina pe care o citeați este înlocuită, așa că butonul Înapoi nu vă va întoarce la ea."
    ),
    "What the button does not do": "Ce nu face butonul",
    "It does not delete your browsing history. Someone who looks at your history can still see that you visited "
    "this site.": (
        "Nu vă șterge istoricul de navigare. Cineva care se uită în istoric poate vedea în continuare că ați vizitat "
        "acest site."
    ),
    "How to browse privately": "Cum să navigați în mod privat",
    "Use a private or incognito window. Your browser will not keep a history of the pages you visit in that window "
    "once you close it.": (
        "Folosiți o fereastră privată sau incognito. După ce o închideți, browserul nu va păstra istoricul paginilor "
        "vizitate în acea fereastră."
    ),
    "If you cannot use a private window, you can delete this site from your browsing history afterwards. Only "
    "delete the pages you need to: a history that is suddenly empty may be noticed.": (
        "Dacă nu puteți folosi o fereastră privată, puteți șterge ulterior acest site din istoricul de navigare. "
        "Ștergeți doar paginile necesare: un istoric gol dintr-odată poate fi observat."
    ),
    "If you are worried that your phone, tablet or computer is being watched, use a device someone else does not "
    "have access to, such as one at a library, school or friend's house.": (
        "Dacă vă temeți că telefonul, tableta sau calculatorul vă sunt supravegheate, folosiți un dispozitiv la care "
        "altcineva nu are acces, de exemplu la bibliotecă, la școală sau la un prieten."
    ),
    "If you are in danger": "Dacă sunteți în pericol",
    "If you are in danger now, call 999. Children and young people can call Childline free on 0800 1111, at any "
    "time.": (
        "Dacă sunteți în pericol acum, sunați la 999. Copiii și tinerii pot suna gratuit la Childline, la 0800 1111, "
        "oricând."
    ),
    # Priorities
    "The priorities and actions in the board's business plan for 2016 to 2018.": (
        "Prioritățile și acțiunile din planul de activitate al consiliului pentru 2016–2018."
    ),
    "Learning from serious case reviews, practice reviews, audits of multi-agency work and listening to staff "
    "working every day with vulnerable children has improved the board's understanding of where to focus. These "
    "priorities are reflected in the business plan for 2016/2018. For each one you can see what we said we would "
    "do, who leads it, and what we have done.": (
        "Lecțiile din analizele cazurilor grave, analizele de practică, auditurile colaborării dintre instituții și "
        "ascultarea personalului care lucrează zilnic cu copii vulnerabili au ajutat consiliul să înțeleagă unde să "
        "se concentreze. Aceste priorități se regăsesc în planul de activitate pentru 2016/2018. Pentru fiecare "
        "puteți vedea ce am spus că vom face, cine conduce acțiunea și ce am făcut."
    ),
    "Neglect": "Neglijarea",
    "Strengthening our strategic and operational response to child neglect.": (
        "Consolidăm răspunsul nostru strategic și operațional la neglijarea copiilor."
    ),
    "The neglect strategy has been reviewed. A working group, chaired by a senior manager within the local "
    "authority, will strengthen our strategic and operational response to child neglect.": (
        "Strategia privind neglijarea a fost revizuită. Un grup de lucru, condus de un manager superior din "
        "autoritatea locală, va consolida răspunsul nostru strategic și operațional la neglijarea copiilor."
    ),
    "Review the neglect strategy": "Revizuirea strategiei privind neglijarea",
    "KSCB": "KSCB",
    "Set up a neglect working group": "Înființarea unui grup de lucru privind neglijarea",
    "Chaired by a senior manager within the local authority.": "Condus de un manager superior din autoritatea locală.",
    "Knowsley Council": "Consiliul Local Knowsley",
    "Support the Child Death Overview Panel's safe sleeping campaign": (
        "Sprijinirea campaniei pentru somnul în siguranță a Comisiei de analiză a deceselor copiilor"
    ),
    "Leaflets, posters and banners were distributed, and an electronic version of the literature was posted on "
    "this website for everyone who works with young children and their families.": (
        "Au fost distribuite pliante, afișe și bannere, iar o versiune electronică a materialelor a fost publicată pe "
        "acest site pentru toți cei care lucrează cu copii mici și cu familiile lor."
    ),
    "Child Death Overview Panel (CDOP)": "Comisia de analiză a deceselor copiilor (CDOP)",
    "Review the information health professionals give about sleeping arrangements for infants": (
        "Revizuirea informațiilor pe care personalul medical le oferă despre somnul sugarilor"
    ),
    "5 Boroughs Partnership NHS Foundation Trust": "5 Boroughs Partnership NHS Foundation Trust",
    "Introduce the Baby Box initiative to enhance safe sleeping": (
        "Introducerea inițiativei „Baby Box” pentru un somn mai sigur"
    ),
    "The initiative will be phased in across Merseyside. It was developed as a result of international research "
    "to reduce risk to infants.": (
        "Inițiativa va fi introdusă treptat în tot Merseyside. A fost creată pe baza unor cercetări internaționale, "
        "pentru a reduce riscul pentru sugari."
    ),
    "Clinical Commissioning Group and Public Health": "Clinical Commissioning Group și serviciile de sănătate publică",
    "Improve the 'think family' approach and parenting within adult mental health services": (
        "Îmbunătățirea abordării „gândiți la familie” și a sprijinului parental în serviciile de sănătate mintală "
        "pentru adulți"
    ),
    "Part of the Trust's living life well transformation programme.": (
        "Parte a programului de transformare „living life well” al Trustului."
    ),
    # Campaigns
    "Our public campaigns and the leaflets, posters and other materials to download and share.": (
        "Campaniile noastre publice, cu pliantele, afișele și celelalte materiale de descărcat și de distribuit."
    ),
    "The board and its partners run campaigns to help keep children in Knowsley safe. Midwives, health visitors, "
    "children's centres, schools and families can download and print every campaign's materials here, free.": (
        "Consiliul și partenerii săi derulează campanii care ajută la protejarea copiilor din Knowsley. Moașele, "
        "asistenții medicali comunitari, centrele pentru copii, școlile și familiile pot descărca și tipări aici, "
        "gratuit, materialele fiecărei campanii."
    ),
    # Safe sleeping
    "Safe sleeping": "Somnul în siguranță",
    "Safer sleep for babies: the Child Death Overview Panel's campaign and the Baby Box.": (
        "Un somn mai sigur pentru bebeluși: campania Comisiei de analiză a deceselor copiilor și „Baby Box”."
    ),
    "Blue and yellow circles on a pale blue background": "Cercuri albastre și galbene pe un fundal albastru deschis",
    "The impact of co-sleeping has been considered by KSCB, who support the Child Death Overview Panel's Safe "
    "Sleeping Campaign. Leaflets, posters and banners are being given out, and every piece of the literature is "
    "here for all who work with young children and their families.": (
        "KSCB a analizat efectele dormitului în același pat cu bebelușul și sprijină campania pentru somnul în "
        "siguranță a Comisiei de analiză a deceselor copiilor. Se distribuie pliante, afișe și bannere, iar toate "
        "materialele sunt aici pentru cei care lucrează cu copii mici și cu familiile lor."
    ),
    "Back to sleep": "Pe spate la somn",
    "Put your baby down on their back for every sleep.": "Culcați-vă bebelușul pe spate la fiecare somn.",
    "A clear, flat, separate space": "Un loc liber, plat și separat",
    "A firm, flat mattress in their own cot, Moses basket or baby box, with nothing else in.": (
        "O saltea fermă și plată, în pătuțul lui, în coșulețul de bebeluș sau în „Baby Box”, fără nimic altceva."
    ),
    "Never on a sofa or armchair": "Niciodată pe canapea sau în fotoliu",
    "Never fall asleep with your baby on a sofa or in an armchair.": (
        "Nu adormiți niciodată cu bebelușul pe canapea sau în fotoliu."
    ),
    "Think before you share a bed": "Gândiți-vă înainte să dormiți în același pat",
    "Do not share a bed with your baby if you have been drinking, taking drugs or smoking.": (
        "Nu dormiți în același pat cu bebelușul dacă ați băut alcool, ați consumat droguri sau ați fumat."
    ),
    "Smoke-free": "Fără fum",
    "Keep your baby smoke-free, before and after birth.": (
        "Feriți-vă bebelușul de fumul de țigară, înainte și după naștere."
    ),
    "The Baby Box": "„Baby Box”",
    "The Baby Box initiative, being phased in across Merseyside, gives babies a safe place to sleep.": (
        "Inițiativa „Baby Box”, introdusă treptat în tot Merseyside, le oferă bebelușilor un loc sigur de dormit."
    ),
    "The Baby Box initiative": "Inițiativa „Baby Box”",
    "The Clinical Commissioning Group and Public Health support an initiative known as 'Baby Box', aimed at "
    "enhancing safe sleeping. It will be phased in across Merseyside. It has been developed as a result of "
    "international research undertaken to reduce this area of risk to infants.": (
        "Clinical Commissioning Group și serviciile de sănătate publică sprijină o inițiativă numită „Baby Box”, "
        "care urmărește un somn mai sigur. Va fi introdusă treptat în tot Merseyside. A fost creată pe baza unor "
        "cercetări internaționale făcute pentru a reduce acest risc pentru sugari."
    ),
    "The 5 Boroughs Partnership NHS Foundation Trust has commissioned a review of the information health "
    "professionals give about sleeping arrangements for infants.": (
        "5 Boroughs Partnership NHS Foundation Trust a comandat o analiză a informațiilor pe care personalul "
        "medical le oferă despre condițiile de somn ale sugarilor."
    ),
    "Runs the Safe Sleeping Campaign": "Derulează campania pentru somnul în siguranță",
    "Support the Baby Box": "Sprijină inițiativa „Baby Box”",
    "Reviewing the advice on sleeping arrangements for infants": (
        "Analizează sfaturile despre condițiile de somn ale sugarilor"
    ),
    "Emergency": "Urgență",
    "If a baby stops breathing or will not wake.": "Dacă un bebeluș nu mai respiră sau nu se trezește.",
    "999": "999",
    # Have your say
    "Have your say": "Spune-ți părerea",
    "Tell the board what matters to you. You do not have to give your name.": (
        "Spune-i consiliului ce contează pentru tine. Nu trebuie să îți spui numele."
    ),
    "We want to hear from children and young people in Knowsley. Tell us what worries you, what would make things "
    "better, or anything else you think we should know.": (
        "Vrem să auzim ce au de spus copiii și tinerii din Knowsley. Spune-ne ce te îngrijorează, ce ar face "
        "lucrurile mai bune sau orice altceva crezi că ar trebui să știm."
    ),
    "You do not have to give your name. People who work for the board to keep children safe read every message.": (
        "Nu trebuie să îți spui numele. Fiecare mesaj este citit de oameni care lucrează pentru consiliu ca să "
        "protejeze copiii."
    ),
    "A member of the board's staff will read what you have written.": (
        "Cineva din personalul consiliului va citi ce ai scris."
    ),
    "If something you tell us makes us worried that you or someone else is in danger, we may need to share it with "
    "people who can keep you safe, like children's social care or the police. We will only share what they need "
    "to know.": (
        "Dacă ceva din ce ne spui ne face să ne temem că tu sau altcineva sunteți în pericol, s-ar putea să trebuiască "
        "să transmitem informația unor oameni care te pot ține în siguranță, cum ar fi serviciile sociale pentru "
        "copii sau poliția. Vom transmite doar ce trebuie să știe."
    ),
    "If you asked us to get back to you, we will use the way you gave us. If you did not, nobody will contact you.": (
        "Dacă ne-ai cerut să îți răspundem, te vom contacta în felul pe care ni l-ai dat. Dacă nu, nu te va contacta "
        "nimeni."
    ),
    "Thank you for telling us": "Îți mulțumim că ne-ai spus",
    "We have your message. A member of staff will read it.": ("Am primit mesajul tău. Cineva din personal îl va citi."),
    "What young people tell us helps decide what the board works on next.": (
        "Ce ne spun tinerii ne ajută să hotărâm de ce se va ocupa consiliul în continuare."
    ),
    # Safeguarding contacts text (the worried panel)
    "Worried about a child?": "Vă îngrijorează situația unui copil?",
    "If you think a child is being abused or neglected, tell someone. "
    "You do not need to be sure: the Multi-Agency Safeguarding Hub (MASH) will listen and decide what to do.": (
        "Dacă credeți că un copil este abuzat sau neglijat, spuneți cuiva. Nu trebuie să fiți sigur: Centrul "
        "multi-agenție pentru protecția copiilor (MASH) vă va asculta și va decide ce este de făcut."
    ),
    # Children's voice topics ("Staying safe online" is above) and areas of Knowsley
    "Home and family": "Casă și familie",
    "Relationships": "Relații",
    "School or college": "Școală sau colegiu",
    "Drugs and alcohol": "Droguri și alcool",
    "Feeling worried or low": "Griji sau tristețe",
    "Something else": "Altceva",
    "Halewood": "Halewood",
    "Huyton": "Huyton",
    "Kirkby": "Kirkby",
    "Knowsley Village": "Satul Knowsley",
    "Prescot": "Prescot",
    "Stockbridge Village": "Satul Stockbridge",
    "Whiston": "Whiston",
    # Children's voice: when messages are read, and the privacy summary
    "We read messages on weekdays, 9am to 5pm. We do not read them at night or at weekends.": (
        "Citim mesajele în zilele lucrătoare, între 9:00 și 17:00. Nu le citim noaptea sau în weekend."
    ),
    "We won't ask who you are. If you want a reply, we only ask for a first name or nickname "
    "and one way to reach you.": (
        "Nu te vom întreba cine ești. Dacă vrei un răspuns, îți cerem doar un prenume sau o poreclă"
        " și o modalitate de a te contacta."
    ),
    "A small team at the Safeguarding Children Board reads what you send. We use it to make "
    "things better for young people in Knowsley.": (
        "O echipă mică de la Consiliul pentru Protecția Copiilor citește ce ne trimiți. Folosim "
        "mesajele ca să îmbunătățim lucrurile pentru tinerii din Knowsley."
    ),
    "If what you tell us makes us think you or someone else is in danger, we may need to share "
    "it with people who can keep you safe, like social workers or the police.": (
        "Dacă din ce ne spui credem că tu sau altcineva sunteți în pericol, s-ar putea să fie "
        "nevoie să transmitem informația unor persoane care te pot proteja, cum ar fi asistenții "
        "sociali sau poliția."
    ),
    "We don't keep your IP address or use tracking cookies. We delete messages after a set "
    "time, and your contact details sooner, once we no longer need them.": (
        "Nu păstrăm adresa ta IP și nu folosim cookie-uri de urmărire. Ștergem mesajele după o "
        "anumită perioadă, iar datele tale de contact mai devreme, când nu mai avem nevoie de ele."
    ),
}
