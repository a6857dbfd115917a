"""Polish translations of the demo pages, keyed by the English segment they translate."""

STRINGS = {
    # Home page
    "Knowsley Safeguarding Children Board": "Rada ds. Ochrony Dzieci w Knowsley",
    "Working together so that children in Knowsley grow up safely.": (
        "Współpracujemy, aby dzieci w Knowsley dorastały bezpiecznie."
    ),
    "Knowsley Safeguarding Children Board (KSCB) brings together the council, Merseyside Police, health services, "
    "schools and other partners to keep children in Knowsley safe. We want every child in Knowsley to grow up "
    "safely, be healthy, feel listened to and have the right opportunities to achieve their potential.": (
        "Rada ds. Ochrony Dzieci w Knowsley (KSCB) łączy samorząd, policję Merseyside, służbę zdrowia, szkoły i "
        "innych partnerów, aby dzieci w Knowsley były bezpieczne. Chcemy, aby każde dziecko w Knowsley dorastało "
        "bezpiecznie, było zdrowe, czuło się wysłuchane i miało odpowiednie możliwości, by rozwinąć swój potencjał."
    ),
    "Our priorities": "Nasze priorytety",
    "Campaigns": "Kampanie",
    "Latest updates": "Najnowsze informacje",
    # Staying safe online
    "Staying safe online": "Bezpieczeństwo w internecie",
    "What the 'Exit this page' button does, and how to browse more privately.": (
        "Co robi przycisk „Opuść tę stronę” i jak przeglądać internet bardziej prywatnie."
    ),
    "If someone at home might check what you look at, these steps can help you read this site more safely.": (
        "Jeśli ktoś w domu może sprawdzać, co oglądasz, te kroki pomogą Ci bezpieczniej czytać tę stronę."
    ),
    "The 'Exit this page' button": "Przycisk „Opuść tę stronę”",
    "Every page of this site has an 'Exit this page' button at the top. Select it, or press the Shift key 3 times, "
    "to leave this site straight away for the BBC weather page.": (
        "Na górze każdej strony tego serwisu jest przycisk „Opuść tę stronę”. Wybierz go albo naciśnij 3 razy "
        "klawisz Shift, aby od razu przejść stąd na stronę pogody BBC."
    ),
    "When you use the button, the page you were reading is replaced, so pressing Back will not return to it.": (
        "Gdy użyjesz przycisku, czytana strona zostanie zastąpiona, więc przycisk Wstecz do niej nie wróci."
    ),
    "What the button does not do": "Czego przycisk nie robi",
    "It does not delete your browsing history. Someone who looks at your history can still see that you visited "
    "this site.": (
        "Nie usuwa historii przeglądania. Ktoś, kto przejrzy Twoją historię, nadal zobaczy, że odwiedzałeś tę stronę."
    ),
    "How to browse privately": "Jak przeglądać prywatnie",
    "Use a private or incognito window. Your browser will not keep a history of the pages you visit in that window "
    "once you close it.": (
        "Użyj okna prywatnego lub incognito. Po jego zamknięciu przeglądarka nie zachowa historii stron "
        "odwiedzonych w tym oknie."
    ),
    "If you cannot use a private window, you can delete this site from your browsing history afterwards. Only "
    "delete the pages you need to: a history that is suddenly empty may be noticed.": (
        "Jeśli nie możesz użyć okna prywatnego, możesz potem usunąć tę stronę z historii przeglądania. Usuń tylko "
        "te strony, które musisz: nagle pusta historia może zwrócić uwagę."
    ),
    "If you are worried that your phone, tablet or computer is being watched, use a device someone else does not "
    "have access to, such as one at a library, school or friend's house.": (
        "Jeśli obawiasz się, że Twój telefon, tablet lub komputer jest obserwowany, użyj urządzenia, do którego nikt "
        "inny nie ma dostępu, na przykład w bibliotece, szkole lub u przyjaciela."
    ),
    "If you are in danger": "Jeśli grozi Ci niebezpieczeństwo",
    "If you are in danger now, call 999. Children and young people can call Childline free on 0800 1111, at any "
    "time.": (
        "Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999. Dzieci i młodzież mogą bezpłatnie dzwonić do "
        "Childline pod numer 0800 1111 o każdej porze."
    ),
    # Priorities
    "The priorities and actions in the board's business plan for 2016 to 2018.": (
        "Priorytety i działania z planu działalności Rady na lata 2016–2018."
    ),
    "Learning from serious case reviews, practice reviews, audits of multi-agency work and listening to staff "
    "working every day with vulnerable children has improved the board's understanding of where to focus. These "
    "priorities are reflected in the business plan for 2016/2018. For each one you can see what we said we would "
    "do, who leads it, and what we have done.": (
        "Wnioski z poważnych przeglądów przypadków, przeglądów praktyki, audytów współpracy między instytucjami "
        "oraz rozmowy z pracownikami, którzy codziennie pracują z dziećmi w trudnej sytuacji, pomogły Radzie "
        "zrozumieć, na czym się skupić. Priorytety te zawiera plan działalności na lata 2016/2018. Przy każdym z nich "
        "widać, co obiecaliśmy zrobić, kto za to odpowiada i co już zrobiliśmy."
    ),
    "Neglect": "Zaniedbanie",
    "Strengthening our strategic and operational response to child neglect.": (
        "Wzmacniamy naszą strategiczną i praktyczną odpowiedź na zaniedbywanie dzieci."
    ),
    "The neglect strategy has been reviewed. A working group, chaired by a senior manager within the local "
    "authority, will strengthen our strategic and operational response to child neglect.": (
        "Strategia przeciwdziałania zaniedbaniu została poddana przeglądowi. Grupa robocza, której przewodniczy "
        "członek kierownictwa samorządu, wzmocni naszą strategiczną i praktyczną odpowiedź na zaniedbywanie dzieci."
    ),
    "Review the neglect strategy": "Przegląd strategii przeciwdziałania zaniedbaniu",
    "KSCB": "KSCB",
    "Set up a neglect working group": "Powołanie grupy roboczej ds. zaniedbania",
    "Chaired by a senior manager within the local authority.": "Przewodniczy jej członek kierownictwa samorządu.",
    "Knowsley Council": "Rada Gminy Knowsley",
    "Support the Child Death Overview Panel's safe sleeping campaign": (
        "Wsparcie kampanii bezpiecznego snu prowadzonej przez Zespół ds. Przeglądu Zgonów Dzieci"
    ),
    "Leaflets, posters and banners were distributed, and an electronic version of the literature was posted on "
    "this website for everyone who works with young children and their families.": (
        "Rozdano ulotki, plakaty i banery, a elektroniczną wersję materiałów opublikowano na tej stronie dla "
        "wszystkich, którzy pracują z małymi dziećmi i ich rodzinami."
    ),
    "Child Death Overview Panel (CDOP)": "Zespół ds. Przeglądu Zgonów Dzieci (CDOP)",
    "Review the information health professionals give about sleeping arrangements for infants": (
        "Przegląd informacji, które pracownicy służby zdrowia przekazują o warunkach snu niemowląt"
    ),
    "5 Boroughs Partnership NHS Foundation Trust": "5 Boroughs Partnership NHS Foundation Trust",
    "Introduce the Baby Box initiative to enhance safe sleeping": (
        "Wprowadzenie inicjatywy „Baby Box” na rzecz bezpiecznego snu"
    ),
    "The initiative will be phased in across Merseyside. It was developed as a result of international research "
    "to reduce risk to infants.": (
        "Inicjatywa będzie stopniowo wprowadzana w całym Merseyside. Powstała na podstawie międzynarodowych badań, "
        "aby zmniejszyć ryzyko dla niemowląt."
    ),
    "Clinical Commissioning Group and Public Health": "Clinical Commissioning Group i służby zdrowia publicznego",
    "Improve the 'think family' approach and parenting within adult mental health services": (
        "Lepsze podejście „myśl o rodzinie” i wsparcie rodzicielstwa w usługach zdrowia psychicznego dla dorosłych"
    ),
    "Part of the Trust's living life well transformation programme.": (
        "Część programu przemian „living life well” prowadzonego przez Trust."
    ),
    # Campaigns
    "Our public campaigns and the leaflets, posters and other materials to download and share.": (
        "Nasze kampanie społeczne oraz ulotki, plakaty i inne materiały do pobrania i udostępniania."
    ),
    "The board and its partners run campaigns to help keep children in Knowsley safe. Midwives, health visitors, "
    "children's centres, schools and families can download and print every campaign's materials here, free.": (
        "Rada i jej partnerzy prowadzą kampanie, które pomagają chronić dzieci w Knowsley. Położne, pielęgniarki "
        "środowiskowe, ośrodki dla dzieci, szkoły i rodziny mogą tu bezpłatnie pobrać i wydrukować materiały "
        "każdej kampanii."
    ),
    # Safe sleeping
    "Safe sleeping": "Bezpieczny sen",
    "Safer sleep for babies: the Child Death Overview Panel's campaign and the Baby Box.": (
        "Bezpieczniejszy sen niemowląt: kampania Zespołu ds. Przeglądu Zgonów Dzieci i inicjatywa „Baby Box”."
    ),
    "Blue and yellow circles on a pale blue background": "Niebieskie i żółte koła na jasnoniebieskim tle",
    "The impact of co-sleeping has been considered by KSCB, who support the Child Death Overview Panel's Safe "
    "Sleeping Campaign. Leaflets, posters and banners are being given out, and every piece of the literature is "
    "here for all who work with young children and their families.": (
        "KSCB przeanalizowała skutki wspólnego spania z dzieckiem i wspiera kampanię bezpiecznego snu prowadzoną "
        "przez Zespół ds. Przeglądu Zgonów Dzieci. Rozdawane są ulotki, plakaty i banery, a wszystkie materiały są "
        "tutaj dla każdego, kto pracuje z małymi dziećmi i ich rodzinami."
    ),
    "Back to sleep": "Do snu na plecach",
    "Put your baby down on their back for every sleep.": "Do każdego snu kładź dziecko na plecach.",
    "A clear, flat, separate space": "Wolne, płaskie, osobne miejsce",
    "A firm, flat mattress in their own cot, Moses basket or baby box, with nothing else in.": (
        "Twardy, płaski materac we własnym łóżeczku, koszu Mojżesza lub pudełku Baby Box, bez niczego więcej."
    ),
    "Never on a sofa or armchair": "Nigdy na sofie ani w fotelu",
    "Never fall asleep with your baby on a sofa or in an armchair.": (
        "Nigdy nie zasypiaj z dzieckiem na sofie ani w fotelu."
    ),
    "Think before you share a bed": "Zastanów się, zanim weźmiesz dziecko do łóżka",
    "Do not share a bed with your baby if you have been drinking, taking drugs or smoking.": (
        "Nie śpij z dzieckiem w jednym łóżku, jeśli piłeś alkohol, brałeś narkotyki lub paliłeś."
    ),
    "Smoke-free": "Bez dymu tytoniowego",
    "Keep your baby smoke-free, before and after birth.": (
        "Chroń dziecko przed dymem tytoniowym, przed porodem i po nim."
    ),
    "The Baby Box": "Baby Box",
    "The Baby Box initiative, being phased in across Merseyside, gives babies a safe place to sleep.": (
        "Inicjatywa „Baby Box”, stopniowo wprowadzana w całym Merseyside, daje niemowlętom bezpieczne miejsce do snu."
    ),
    "The Baby Box initiative": "Inicjatywa „Baby Box”",
    "The Clinical Commissioning Group and Public Health support an initiative known as 'Baby Box', aimed at "
    "enhancing safe sleeping. It will be phased in across Merseyside. It has been developed as a result of "
    "international research undertaken to reduce this area of risk to infants.": (
        "Clinical Commissioning Group i służby zdrowia publicznego wspierają inicjatywę „Baby Box”, której celem "
        "jest bezpieczniejszy sen niemowląt. Będzie ona stopniowo wprowadzana w całym Merseyside. Powstała na "
        "podstawie międzynarodowych badań prowadzonych, by zmniejszyć to zagrożenie dla niemowląt."
    ),
    "The 5 Boroughs Partnership NHS Foundation Trust has commissioned a review of the information health "
    "professionals give about sleeping arrangements for infants.": (
        "5 Boroughs Partnership NHS Foundation Trust zleciła przegląd informacji, które pracownicy służby zdrowia "
        "przekazują na temat warunków snu niemowląt."
    ),
    "Runs the Safe Sleeping Campaign": "Prowadzi kampanię bezpiecznego snu",
    "Support the Baby Box": "Wspierają inicjatywę „Baby Box”",
    "Reviewing the advice on sleeping arrangements for infants": "Przegląda porady dotyczące warunków snu niemowląt",
    "Emergency": "Nagły wypadek",
    "If a baby stops breathing or will not wake.": "Jeśli dziecko przestanie oddychać lub nie można go obudzić.",
    "999": "999",
    # Have your say
    "Have your say": "Powiedz nam, co myślisz",
    "Tell the board what matters to you. You do not have to give your name.": (
        "Powiedz Radzie, co jest dla Ciebie ważne. Nie musisz podawać swojego imienia."
    ),
    "We want to hear from children and young people in Knowsley. Tell us what worries you, what would make things "
    "better, or anything else you think we should know.": (
        "Chcemy usłyszeć dzieci i młodzież z Knowsley. Napisz nam, co Cię martwi, co mogłoby coś poprawić, albo "
        "cokolwiek innego, o czym Twoim zdaniem powinniśmy wiedzieć."
    ),
    "You do not have to give your name. People who work for the board to keep children safe read every message.": (
        "Nie musisz podawać swojego imienia. Każdą wiadomość czytają osoby, które pracują dla Rady, by chronić dzieci."
    ),
    "A member of the board's staff will read what you have written.": (
        "Ktoś z pracowników Rady przeczyta to, co napisałeś."
    ),
    "If something you tell us makes us worried that you or someone else is in danger, we may need to share it with "
    "people who can keep you safe, like children's social care or the police. We will only share what they need "
    "to know.": (
        "Jeśli z tego, co nam napiszesz, wynika, że Ty lub ktoś inny może być w niebezpieczeństwie, być może "
        "będziemy musieli przekazać to osobom, które mogą zapewnić Ci bezpieczeństwo, na przykład opiece "
        "społecznej dla dzieci albo policji. Przekażemy tylko to, co muszą wiedzieć."
    ),
    "If you asked us to get back to you, we will use the way you gave us. If you did not, nobody will contact you.": (
        "Jeśli poprosisz o odpowiedź, skontaktujemy się z Tobą w sposób, który podałeś. Jeśli nie, nikt się z Tobą "
        "nie skontaktuje."
    ),
    "Thank you for telling us": "Dziękujemy, że nam o tym napisałeś",
    "We have your message. A member of staff will read it.": (
        "Otrzymaliśmy Twoją wiadomość. Przeczyta ją ktoś z naszych pracowników."
    ),
    "What young people tell us helps decide what the board works on next.": (
        "To, co mówią nam młodzi ludzie, pomaga zdecydować, czym Rada zajmie się w następnej kolejności."
    ),
    # Safeguarding contacts text (the worried panel)
    "Worried about a child?": "Martwisz się o dziecko?",
    "If you think a child is being abused or neglected, tell someone. "
    "You do not need to be sure: the Multi-Agency Safeguarding Hub (MASH) will listen and decide what to do.": (
        "Jeśli uważasz, że dziecko doznaje przemocy lub jest zaniedbywane, powiedz o tym komuś. Nie musisz mieć "
        "pewności: Wielowydziałowy Punkt Ochrony Dzieci (MASH) wysłucha i zdecyduje, co dalej."
    ),
    # Children's voice topics ("Staying safe online" is above) and areas of Knowsley
    "Home and family": "Dom i rodzina",
    "Relationships": "Związki i relacje",
    "School or college": "Szkoła lub college",
    "Drugs and alcohol": "Narkotyki i alkohol",
    "Feeling worried or low": "Zmartwienie lub przygnębienie",
    "Something else": "Coś innego",
    "Halewood": "Halewood",
    "Huyton": "Huyton",
    "Kirkby": "Kirkby",
    "Knowsley Village": "Knowsley Village",
    "Prescot": "Prescot",
    "Stockbridge Village": "Stockbridge Village",
    "Whiston": "Whiston",
    # Children's voice: when messages are read, and the privacy summary
    "We read messages on weekdays, 9am to 5pm. We do not read them at night or at weekends.": (
        "Czytamy wiadomości w dni robocze, od 9:00 do 17:00. Nie czytamy ich w nocy ani w weekendy."
    ),
    "We won't ask who you are. If you want a reply, we only ask for a first name or nickname "
    "and one way to reach you.": (
        "Nie zapytamy, kim jesteś. Jeśli chcesz odpowiedzi, poprosimy tylko o imię lub pseudonim i "
        "jeden sposób kontaktu."
    ),
    "A small team at the Safeguarding Children Board reads what you send. We use it to make "
    "things better for young people in Knowsley.": (
        "Twoją wiadomość czyta mały zespół Rady ds. Ochrony Dzieci. Wykorzystujemy ją, aby poprawić"
        " sytuację młodych ludzi w Knowsley."
    ),
    "If what you tell us makes us think you or someone else is in danger, we may need to share "
    "it with people who can keep you safe, like social workers or the police.": (
        "Jeśli z tego, co nam napiszesz, wynika, że Ty lub ktoś inny jesteście w "
        "niebezpieczeństwie, być może będziemy musieli przekazać to osobom, które mogą zapewnić Ci "
        "bezpieczeństwo, na przykład pracownikom socjalnym lub policji."
    ),
    "We don't keep your IP address or use tracking cookies. We delete messages after a set "
    "time, and your contact details sooner, once we no longer need them.": (
        "Nie zapisujemy Twojego adresu IP i nie używamy plików cookie do śledzenia. Usuwamy "
        "wiadomości po określonym czasie, a Twoje dane kontaktowe wcześniej, gdy nie są już "
        "potrzebne."
    ),
}
