from django.urls import path

from . import views

urlpatterns = [path("", views.briefing_used, name="learning_briefing_used")]
