"""Benchmark data and URLs for the children's voice (see home/bench.py for the contract).

Scale 1 is 100,000 submissions in the reviewers' inbox: messages put together from
everyday sentences (some with safeguarding phrases, marked urgent as triage would),
in the four languages, with topics, areas and age groups, dated across the
retention period so that the nightly purge keeps them. No urgent notification is
queued for them: the outbox would email the duty team thousands of times.
"""

import datetime
import random

from django.db import transaction
from django.utils import timezone

SUBMISSIONS_AT_SCALE_1 = 100_000
BATCH_SIZE = 2_000
# Days short of the retention period, so that a purge run soon after the build deletes none of them.
RETENTION_MARGIN_DAYS = 7

OPENINGS = [
    "I think",
    "At my school",
    "Where I live",
    "Me and my friends feel that",
    "Sometimes",
    "I wanted to tell you that",
    "In Kirkby",
    "Honestly,",
]
EVERYDAY = [
    "there is nowhere safe to go after school",
    "the buses stop too early in the evening",
    "people share pictures of others online without asking",
    "teachers do not always listen when we say someone is being bullied",
    "the park near us has broken lights and it is dark by five",
    "it is hard to talk to anyone about feeling low",
    "the play about relationships made me think about what is normal",
    "we need more lessons about staying safe online",
    "youth club closed and now there is nothing to do",
    "my little brother does not get enough to eat",
    "the counsellor at school really helped me",
]
# Sentences with safeguarding phrases: rare, as in a real inbox, and marked urgent as triage would.
WORRYING = [
    "older lads outside the shop asked my mate to carry drugs for them",
    "my step dad hits me when he has been drinking",
    "I am scared to go home some nights",
    "someone I met online keeps asking for nudes",
    "there is a gang near the station and people carry a knife",
]
WORRYING_SHARE = 0.03
ENDINGS = [
    "Can the board do something about it?",
    "Please can there be more youth clubs.",
    "Thank you for asking us.",
    "I would like someone to talk to at school.",
    "I do not want my name on this.",
    "",
]
OTHER_LANGUAGES = {
    "pl": [
        "Chciałabym, żeby w szkole było więcej lekcji o bezpieczeństwie w internecie.",
        "W parku wieczorem nie czuję się bezpiecznie.",
        "Dziękuję, że pytacie młodych ludzi o zdanie.",
    ],
    "ro": [
        "Aș vrea să fie mai multe activități pentru tineri după școală.",
        "Autobuzul nu mai circulă seara și nu pot ajunge acasă.",
        "Mulțumesc că ne ascultați.",
    ],
    "ar": [
        "أريد أن يستمع الكبار إلينا أكثر.",
        "لا يوجد مكان آمن نذهب إليه بعد المدرسة.",
        "شكرا لأنكم تسألوننا.",
    ],
}
# Most young people write in English; the rest in the site's other languages.
LANGUAGE_WEIGHTS = {"en-gb": 85, "pl": 7, "ro": 5, "ar": 3}
FIRST_NAMES = ["Jay", "Mia", "Kai", "Ola", "Sam", "Ana", "Lily", "Noor", "Tom", "Zofia"]


def build_bench_data(scale, stdout):
    from feedback.models import FeedbackSettings, Submission

    wanted = round(SUBMISSIONS_AT_SCALE_1 * scale)
    have = Submission.objects.count()
    missing = max(0, wanted - have)
    retention = FeedbackSettings.load()
    chance = random.Random(have)  # noqa: S311 - test data, not security
    builder = _SubmissionBuilder(chance, retention, timezone.now())
    for start in range(0, missing, BATCH_SIZE):
        builder.insert(min(BATCH_SIZE, missing - start))
    stdout.write(f"Children's voice: {missing} submissions added ({wanted} wanted, {have} there before).")


def bench_urls():
    from wagtail.models import Locale

    from feedback.models import FeedbackPage

    page = FeedbackPage.objects.live().filter(locale=Locale.get_default()).order_by("path").first()
    return {"feedback form": page.url}


class _SubmissionBuilder:
    def __init__(self, chance, retention, now):
        from wagtail.models import Locale

        from feedback.models import FeedbackArea, FeedbackTopic, Submission
        from feedback.models.choices import AgeGroup, Status
        from feedback.triage import load_rules

        self.chance, self.retention, self.now = chance, retention, now
        self.topic_ids = list(FeedbackTopic.objects.filter(locale=Locale.get_default()).values_list("pk", flat=True))
        self.area_ids = list(FeedbackArea.objects.filter(locale=Locale.get_default()).values_list("pk", flat=True))
        self.age_groups = [*AgeGroup.values, ""]
        self.recent_statuses, self.older_statuses = (
            [Status.IN_REVIEW, Status.RESPONDED],
            [Status.RESPONDED, Status.CLOSED],
        )
        self.rules = load_rules()
        self.languages, self.language_weights = zip(*LANGUAGE_WEIGHTS.items(), strict=True)
        self.matches = {}  # sentence -> the phrases triage finds in it
        self.oldest_days = retention.submission_days - RETENTION_MARGIN_DAYS
        # References are unique: drawn from the seeded chance and checked against every one used.
        self.references = set(Submission.objects.values_list("reference", flat=True))

    @transaction.atomic
    def insert(self, count):
        from feedback.models import Submission

        submissions, topics = [], []
        for _ in range(count):
            submission = self.submission()
            submissions.append(submission)
            topics.append(self.chance.sample(self.topic_ids, self.chance.randint(0, min(2, len(self.topic_ids)))))
        Submission.objects.bulk_create(submissions)
        through = Submission.topics.through
        through.objects.bulk_create(
            [
                through(submission_id=submission.pk, feedbacktopic_id=topic_id)
                for submission, topic_ids in zip(submissions, topics, strict=True)
                for topic_id in topic_ids
            ]
        )

    def submission(self):
        from feedback.models import Submission
        from feedback.models.choices import ContactMethod, Status

        chance = self.chance
        language = chance.choices(self.languages, self.language_weights)[0]
        sentences = self.sentences(language)
        message = " ".join(sentences)
        matched = list(dict.fromkeys(phrase for sentence in sentences for phrase in self.matched(sentence)))
        created_at = self.now - datetime.timedelta(seconds=chance.uniform(0, self.oldest_days * 86_400))
        age_days = (self.now - created_at).days
        submission = Submission(
            reference=self.new_reference(),
            created_at=created_at,
            language=language,
            message=message,
            age_group=chance.choice(self.age_groups),
            area_id=chance.choice(self.area_ids + [None]) if self.area_ids else None,
            urgent=bool(matched),
            matched_indicators="\n".join(matched),
            status=Status.NEW
            if age_days < 3
            else chance.choice(self.recent_statuses if age_days < 30 else self.older_statuses),
        )
        if chance.random() < 0.2:
            submission.wants_reply = True
            if age_days >= self.retention.contact_details_days:
                # As the retention job leaves them: the reply wanted, the details gone.
                submission.contact_details_removed_at = created_at + datetime.timedelta(
                    days=self.retention.contact_details_days
                )
            else:
                name = chance.choice(FIRST_NAMES)
                submission.contact_name = name
                if chance.random() < 0.5:
                    submission.contact_method = ContactMethod.EMAIL
                    submission.contact_detail = f"{name.lower()}{chance.randint(1, 999)}@example.com"
                else:
                    submission.contact_method = ContactMethod.PHONE
                    submission.contact_detail = f"07700 900{chance.randint(0, 999):03d}"
        return submission

    def new_reference(self):
        from feedback.models.submissions import REFERENCE_ALPHABET, REFERENCE_LENGTH

        while True:
            reference = "".join(self.chance.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
            if reference not in self.references:
                self.references.add(reference)
                return reference

    def sentences(self, language):
        chance = self.chance
        if language in OTHER_LANGUAGES:
            return chance.sample(OTHER_LANGUAGES[language], chance.randint(1, 2))
        count = chance.choices([1, 2, 3], [5, 3, 1])[0]
        sentences = [
            f"{chance.choice(OPENINGS)} {chance.choice(WORRYING if chance.random() < WORRYING_SHARE else EVERYDAY)}."
            for _ in range(count)
        ]
        ending = chance.choice(ENDINGS)
        return [*sentences, ending] if ending else sentences

    def matched(self, sentence):
        """The safeguarding phrases triage finds in a sentence, found once per sentence: triage is slow
        enough that running it on 100,000 messages would take most of the build."""
        from feedback.triage import assess

        if sentence not in self.matches:
            self.matches[sentence] = [" ".join(w for w, _s, _e in m.words) for m in assess(sentence, rules=self.rules)]
        return self.matches[sentence]
