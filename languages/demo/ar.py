"""Arabic translations of the demo pages, keyed by the English segment they translate."""

STRINGS = {
    # Home page
    "Knowsley Safeguarding Children Board": "مجلس حماية الأطفال في نوزلي",
    "Working together so that children in Knowsley grow up safely.": "نعمل معًا لكي يكبر الأطفال في نوزلي بأمان.",
    "Knowsley Safeguarding Children Board (KSCB) brings together the council, Merseyside Police, health services, "
    "schools and other partners to keep children in Knowsley safe. We want every child in Knowsley to grow up "
    "safely, be healthy, feel listened to and have the right opportunities to achieve their potential.": (
        "يجمع مجلس حماية الأطفال في نوزلي (KSCB) المجلس المحلي وشرطة ميرسيسايد والخدمات الصحية والمدارس وشركاء "
        "آخرين للحفاظ على سلامة الأطفال في نوزلي. نريد لكل طفل في نوزلي أن يكبر بأمان، وأن يكون بصحة جيدة، وأن يشعر "
        "بأن صوته مسموع، وأن تتاح له الفرص المناسبة لتحقيق إمكاناته."
    ),
    "Our priorities": "أولوياتنا",
    "Campaigns": "الحملات",
    "Latest updates": "آخر المستجدات",
    # Staying safe online
    "Staying safe online": "البقاء آمنًا على الإنترنت",
    "What the 'Exit this page' button does, and how to browse more privately.": (
        "ما الذي يفعله زر «مغادرة هذه الصفحة»، وكيف تتصفح بخصوصية أكبر."
    ),
    "If someone at home might check what you look at, these steps can help you read this site more safely.": (
        "إذا كان أحد في المنزل قد يتفقد ما تطّلع عليه، فهذه الخطوات تساعدك على قراءة هذا الموقع بأمان أكبر."
    ),
    "The 'Exit this page' button": "زر «مغادرة هذه الصفحة»",
    "Every page of this site has an 'Exit this page' button at the top. Select it, or press the Shift key 3 times, "
    "to leave this site straight away for the BBC weather page.": (
        "في أعلى كل صفحة من هذا الموقع زر «مغادرة هذه الصفحة». اختره، أو اضغط مفتاح Shift ثلاث مرات، لتغادر هذا "
        "الموقع فورًا إلى صفحة الطقس على BBC."
    ),
    "When you use the button, the page you were reading is replaced, so pressing Back will not return to it.": (
        "عندما تستخدم الزر، تُستبدل الصفحة التي كنت تقرؤها، فلا يعيدك زر الرجوع إليها."
    ),
    "What the button does not do": "ما لا يفعله الزر",
    "It does not delete your browsing history. Someone who looks at your history can still see that you visited "
    "this site.": "لا يحذف الزر سجل التصفح. من يطّلع على سجلك يمكنه أن يرى أنك زرت هذا الموقع.",
    "How to browse privately": "كيف تتصفح بخصوصية",
    "Use a private or incognito window. Your browser will not keep a history of the pages you visit in that window "
    "once you close it.": (
        "استخدم نافذة خاصة أو نافذة التصفح المتخفي. لن يحتفظ المتصفح بسجل الصفحات التي زرتها في تلك النافذة بعد "
        "إغلاقها."
    ),
    "If you cannot use a private window, you can delete this site from your browsing history afterwards. Only "
    "delete the pages you need to: a history that is suddenly empty may be noticed.": (
        "إذا لم تستطع استخدام نافذة خاصة، يمكنك حذف هذا الموقع من سجل التصفح بعد ذلك. احذف الصفحات التي تحتاج إلى "
        "حذفها فقط: فالسجل الذي يصبح فارغًا فجأة قد يلفت الانتباه."
    ),
    "If you are worried that your phone, tablet or computer is being watched, use a device someone else does not "
    "have access to, such as one at a library, school or friend's house.": (
        "إذا كنت تخشى أن هاتفك أو جهازك اللوحي أو حاسوبك مراقَب، فاستخدم جهازًا لا يصل إليه غيرك، مثل جهاز في "
        "مكتبة أو مدرسة أو في بيت صديق."
    ),
    "If you are in danger": "إذا كنت في خطر",
    "If you are in danger now, call 999. Children and young people can call Childline free on 0800 1111, at any "
    "time.": (
        "إذا كنت في خطر الآن، فاتصل بالرقم 999. يمكن للأطفال والشباب الاتصال بخط Childline مجانًا على الرقم "
        "0800 1111 في أي وقت."
    ),
    # Priorities
    "The priorities and actions in the board's business plan for 2016 to 2018.": (
        "الأولويات والإجراءات الواردة في خطة عمل المجلس للفترة من 2016 إلى 2018."
    ),
    "Learning from serious case reviews, practice reviews, audits of multi-agency work and listening to staff "
    "working every day with vulnerable children has improved the board's understanding of where to focus. These "
    "priorities are reflected in the business plan for 2016/2018. For each one you can see what we said we would "
    "do, who leads it, and what we have done.": (
        "ساعدت الدروس المستفادة من مراجعات الحالات الخطيرة ومراجعات الممارسة وتدقيق العمل المشترك بين الجهات، "
        "والإصغاء إلى العاملين يوميًا مع الأطفال المستضعفين، المجلسَ على فهم ما يجب التركيز عليه. وتنعكس هذه "
        "الأولويات في خطة العمل للفترة 2016/2018. يمكنك أن ترى لكل أولوية ما قلنا إننا سنفعله، ومن يقوده، وما "
        "أنجزناه."
    ),
    "Neglect": "الإهمال",
    "Strengthening our strategic and operational response to child neglect.": (
        "تعزيز استجابتنا الاستراتيجية والعملية لإهمال الأطفال."
    ),
    "The neglect strategy has been reviewed. A working group, chaired by a senior manager within the local "
    "authority, will strengthen our strategic and operational response to child neglect.": (
        "تمت مراجعة استراتيجية مكافحة الإهمال. وسيعمل فريق عمل، يرأسه مدير أول في السلطة المحلية، على تعزيز "
        "استجابتنا الاستراتيجية والعملية لإهمال الأطفال."
    ),
    "Review the neglect strategy": "مراجعة استراتيجية مكافحة الإهمال",
    "KSCB": "KSCB",
    "Set up a neglect working group": "تشكيل فريق عمل معني بالإهمال",
    "Chaired by a senior manager within the local authority.": "يرأسه مدير أول في السلطة المحلية.",
    "Knowsley Council": "مجلس نوزلي المحلي",
    "Support the Child Death Overview Panel's safe sleeping campaign": (
        "دعم حملة النوم الآمن التي تنظمها لجنة مراجعة وفيات الأطفال"
    ),
    "Leaflets, posters and banners were distributed, and an electronic version of the literature was posted on "
    "this website for everyone who works with young children and their families.": (
        "وُزّعت منشورات وملصقات ولافتات، ونُشرت نسخة إلكترونية من المواد على هذا الموقع لكل من يعمل مع الأطفال "
        "الصغار وأسرهم."
    ),
    "Child Death Overview Panel (CDOP)": "لجنة مراجعة وفيات الأطفال (CDOP)",
    "Review the information health professionals give about sleeping arrangements for infants": (
        "مراجعة المعلومات التي يقدمها العاملون الصحيون حول ترتيبات نوم الرضّع"
    ),
    "5 Boroughs Partnership NHS Foundation Trust": "5 Boroughs Partnership NHS Foundation Trust",
    "Introduce the Baby Box initiative to enhance safe sleeping": "إطلاق مبادرة «صندوق الطفل» لتعزيز النوم الآمن",
    "The initiative will be phased in across Merseyside. It was developed as a result of international research "
    "to reduce risk to infants.": (
        "ستُطبَّق المبادرة تدريجيًا في أنحاء ميرسيسايد. وقد وُضعت بناءً على أبحاث دولية للحد من المخاطر على الرضّع."
    ),
    "Clinical Commissioning Group and Public Health": "مجموعة التكليف السريري وخدمات الصحة العامة",
    "Improve the 'think family' approach and parenting within adult mental health services": (
        "تحسين نهج «فكّر في الأسرة» ودعم الوالدية في خدمات الصحة النفسية للبالغين"
    ),
    "Part of the Trust's living life well transformation programme.": (
        "جزء من برنامج التحول «عِش حياتك جيدًا» التابع للمؤسسة."
    ),
    # Campaigns
    "Our public campaigns and the leaflets, posters and other materials to download and share.": (
        "حملاتنا العامة، ومعها النشرات والملصقات والمواد الأخرى لتنزيلها ومشاركتها."
    ),
    "The board and its partners run campaigns to help keep children in Knowsley safe. Midwives, health visitors, "
    "children's centres, schools and families can download and print every campaign's materials here, free.": (
        "ينظّم المجلس وشركاؤه حملات تساعد على الحفاظ على سلامة الأطفال في نوزلي. يمكن للقابلات والزائرين الصحيين "
        "ومراكز الأطفال والمدارس والعائلات تنزيل مواد كل حملة وطباعتها من هنا مجانًا."
    ),
    # Safe sleeping
    "Safe sleeping": "النوم الآمن",
    "Safer sleep for babies: the Child Death Overview Panel's campaign and the Baby Box.": (
        "نوم أكثر أمانًا للرضّع: حملة لجنة مراجعة وفيات الأطفال و«صندوق الطفل»."
    ),
    "Blue and yellow circles on a pale blue background": "دوائر زرقاء وصفراء على خلفية زرقاء فاتحة",
    "The impact of co-sleeping has been considered by KSCB, who support the Child Death Overview Panel's Safe "
    "Sleeping Campaign. Leaflets, posters and banners are being given out, and every piece of the literature is "
    "here for all who work with young children and their families.": (
        "درس مجلس حماية الأطفال في نوزلي (KSCB) أثر نوم الرضيع في سرير والديه، وهو يدعم حملة النوم الآمن التي "
        "تنظّمها لجنة مراجعة وفيات الأطفال. تُوزَّع النشرات والملصقات واللافتات، وكل هذه المواد متاحة هنا لكل من "
        "يعمل مع الأطفال الصغار وعائلاتهم."
    ),
    "Back to sleep": "على الظهر للنوم",
    "Put your baby down on their back for every sleep.": "ضع طفلك على ظهره في كل مرة ينام فيها.",
    "A clear, flat, separate space": "مكان خالٍ ومستوٍ ومنفصل",
    "A firm, flat mattress in their own cot, Moses basket or baby box, with nothing else in.": (
        "مرتبة صلبة ومستوية في سريره الخاص أو سلّة النوم أو «صندوق الطفل»، من دون أي شيء آخر."
    ),
    "Never on a sofa or armchair": "أبدًا على الأريكة أو الكرسي بذراعين",
    "Never fall asleep with your baby on a sofa or in an armchair.": (
        "لا تنم أبدًا وطفلك معك على الأريكة أو على كرسي بذراعين."
    ),
    "Think before you share a bed": "فكّر قبل أن تشارك طفلك السرير",
    "Do not share a bed with your baby if you have been drinking, taking drugs or smoking.": (
        "لا تشارك طفلك السرير إذا كنت قد شربت الكحول أو تعاطيت المخدرات أو دخّنت."
    ),
    "Smoke-free": "بعيدًا عن التدخين",
    "Keep your baby smoke-free, before and after birth.": "أبعد طفلك عن دخان التبغ، قبل الولادة وبعدها.",
    "The Baby Box": "«صندوق الطفل»",
    "The Baby Box initiative, being phased in across Merseyside, gives babies a safe place to sleep.": (
        "مبادرة «صندوق الطفل»، التي تُطبَّق تدريجيًا في أنحاء ميرسيسايد، توفّر للرضّع مكانًا آمنًا للنوم."
    ),
    "The Baby Box initiative": "مبادرة «صندوق الطفل»",
    "The Clinical Commissioning Group and Public Health support an initiative known as 'Baby Box', aimed at "
    "enhancing safe sleeping. It will be phased in across Merseyside. It has been developed as a result of "
    "international research undertaken to reduce this area of risk to infants.": (
        "تدعم مجموعة التكليف السريري وخدمات الصحة العامة مبادرة تُعرف باسم «صندوق الطفل» تهدف إلى تعزيز النوم "
        "الآمن. ستُطبَّق تدريجيًا في أنحاء ميرسيسايد. وقد وُضعت نتيجةً لأبحاث دولية أُجريت للحد من هذا الخطر على "
        "الرضّع."
    ),
    "The 5 Boroughs Partnership NHS Foundation Trust has commissioned a review of the information health "
    "professionals give about sleeping arrangements for infants.": (
        "كلّفت مؤسسة 5 Boroughs Partnership NHS Foundation Trust بمراجعة المعلومات التي يقدّمها العاملون في "
        "المجال الصحي عن ترتيبات نوم الرضّع."
    ),
    "Runs the Safe Sleeping Campaign": "تنظّم حملة النوم الآمن",
    "Support the Baby Box": "تدعمان «صندوق الطفل»",
    "Reviewing the advice on sleeping arrangements for infants": "تراجع النصائح المتعلقة بترتيبات نوم الرضّع",
    "Emergency": "الطوارئ",
    "If a baby stops breathing or will not wake.": "إذا توقّف الرضيع عن التنفس أو لم يستيقظ.",
    "999": "999",
    # Have your say
    "Have your say": "شاركنا رأيك",
    "Tell the board what matters to you. You do not have to give your name.": (
        "أخبر المجلس بما يهمّك. لا يلزمك ذكر اسمك."
    ),
    "We want to hear from children and young people in Knowsley. Tell us what worries you, what would make things "
    "better, or anything else you think we should know.": (
        "نريد أن نسمع من الأطفال والشباب في نوزلي. أخبرنا بما يقلقك، وبما قد يجعل الأمور أفضل، أو بأي شيء آخر "
        "تظن أن علينا معرفته."
    ),
    "You do not have to give your name. People who work for the board to keep children safe read every message.": (
        "لا يلزمك ذكر اسمك. يقرأ كل رسالة أشخاص يعملون مع المجلس للحفاظ على سلامة الأطفال."
    ),
    "A member of the board's staff will read what you have written.": "سيقرأ أحد موظفي المجلس ما كتبته.",
    "If something you tell us makes us worried that you or someone else is in danger, we may need to share it with "
    "people who can keep you safe, like children's social care or the police. We will only share what they need "
    "to know.": (
        "إذا أخبرتنا بشيء يجعلنا نقلق من أنك أنت أو شخصًا آخر في خطر، فقد نحتاج إلى مشاركته مع أشخاص يستطيعون "
        "حمايتك، مثل الرعاية الاجتماعية للأطفال أو الشرطة. لن نشارك إلا ما يحتاجون إلى معرفته."
    ),
    "If you asked us to get back to you, we will use the way you gave us. If you did not, nobody will contact you.": (
        "إذا طلبت منا أن نرد عليك، فسنستخدم الطريقة التي أعطيتنا إياها. وإذا لم تطلب ذلك، فلن يتواصل معك أحد."
    ),
    "Thank you for telling us": "شكرًا لأنك أخبرتنا",
    "We have your message. A member of staff will read it.": "وصلتنا رسالتك. سيقرؤها أحد الموظفين.",
    "What young people tell us helps decide what the board works on next.": (
        "ما يخبرنا به الشباب يساعد على تحديد ما سيعمل عليه المجلس بعد ذلك."
    ),
    # Safeguarding contacts text (the worried panel)
    "Worried about a child?": "هل أنت قلق على طفل؟",
    "If you think a child is being abused or neglected, tell someone. "
    "You do not need to be sure: the Multi-Agency Safeguarding Hub (MASH) will listen and decide what to do.": (
        "إذا كنت تعتقد أن طفلًا يتعرض للإساءة أو الإهمال، فأخبر أحدًا. لا يلزم أن تكون متأكدًا: سيستمع إليك مركز "
        "الحماية المشترك بين الجهات (MASH) ويقرر ما يجب فعله."
    ),
    # Children's voice topics ("Staying safe online" is above) and areas of Knowsley
    "Home and family": "البيت والعائلة",
    "Relationships": "العلاقات",
    "School or college": "المدرسة أو الكلية",
    "Drugs and alcohol": "المخدرات والكحول",
    "Feeling worried or low": "الشعور بالقلق أو الحزن",
    "Something else": "شيء آخر",
    "Halewood": "هيلوود",
    "Huyton": "هايتون",
    "Kirkby": "كيركبي",
    "Knowsley Village": "قرية نوزلي",
    "Prescot": "بريسكوت",
    "Stockbridge Village": "قرية ستوكبريدج",
    "Whiston": "ويستون",
    # Children's voice: when messages are read, and the privacy summary
    "We read messages on weekdays, 9am to 5pm. We do not read them at night or at weekends.": (
        "نقرأ الرسائل في أيام العمل من الساعة 9 صباحًا حتى 5 مساءً. لا نقرأها في الليل أو في عطلة نهاية الأسبوع."
    ),
    "We won't ask who you are. If you want a reply, we only ask for a first name or nickname "
    "and one way to reach you.": (
        "لن نسألك من أنت. إذا أردت ردًا، فلن نطلب إلا اسمك الأول أو اسمًا مستعارًا وطريقة واحدة للتواصل معك."
    ),
    "A small team at the Safeguarding Children Board reads what you send. We use it to make "
    "things better for young people in Knowsley.": (
        "يقرأ فريق صغير في مجلس حماية الأطفال ما ترسله. نستخدمه لتحسين الأمور للشباب في نوزلي."
    ),
    "If what you tell us makes us think you or someone else is in danger, we may need to share "
    "it with people who can keep you safe, like social workers or the police.": (
        "إذا جعلنا ما تخبرنا به نعتقد أنك أو شخصًا آخر في خطر، فقد نحتاج إلى مشاركته مع أشخاص "
        "يمكنهم حمايتك، مثل الأخصائيين الاجتماعيين أو الشرطة."
    ),
    "We don't keep your IP address or use tracking cookies. We delete messages after a set "
    "time, and your contact details sooner, once we no longer need them.": (
        "لا نحتفظ بعنوان IP الخاص بك ولا نستخدم ملفات تعريف الارتباط للتتبع. نحذف الرسائل بعد مدة "
        "محددة، ونحذف بيانات التواصل معك قبل ذلك، عندما لا نعود بحاجة إليها."
    ),
}
