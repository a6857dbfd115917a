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
}
