from django.urls import path

from . import views

urlpatterns = [
    path("", views.answer, name="page_feedback_answer"),
    path("comment/", views.comment, name="page_feedback_comment"),
    path("thanks/", views.thanks, name="page_feedback_thanks"),
]
