from django.urls import path

from . import views

urlpatterns = [
    path("calendar.ics", views.calendar_feed, name="training_calendar_feed"),
    path("<int:pk>/", views.session_detail, name="training_session"),
    path("<int:pk>/calendar.ics", views.session_ics, name="training_session_ics"),
    path("<int:pk>/asked/", views.asked, name="training_asked"),
    path("confirm/<str:token>/", views.confirm, name="training_confirm"),
    path("cancel/<str:token>/", views.cancel, name="training_cancel"),
    path("accept/<str:token>/", views.accept, name="training_accept"),
    path("certificate/<str:token>/", views.certificate, name="training_certificate"),
    path("evaluate/<str:token>/", views.evaluate, name="training_evaluate"),
    path("impact/<str:token>/", views.impact, name="training_impact"),
]
