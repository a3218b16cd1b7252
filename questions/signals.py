"""Events of this app for the apps built on it (notifications): sent with plain Django
signals, so that this app never knows who listens."""

from django.dispatch import Signal

# An answer was posted to a question (or addition). Sent with `question` and `answer` (both
# `questions.Post`); the asker is `question.author`. The answer is visible to readers at once
# (answerers are moderators of the page), so a listener may tell the asker straight away.
question_answered = Signal()
