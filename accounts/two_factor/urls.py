"""Mounted under /admin/two-factor/ by accounts/wagtail_hooks.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.ManageView.as_view(), name="two_factor_manage"),
    path("verify/", views.VerifyView.as_view(), name="two_factor_verify"),
    path("remove/", views.RemoveView.as_view(), name="two_factor_remove"),
    path("backup-codes/", views.NewBackupCodesView.as_view(), name="two_factor_backup_codes"),
    path("reset/<int:user_id>/", views.ResetView.as_view(), name="two_factor_reset"),
]
