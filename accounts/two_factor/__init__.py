"""Two-factor authentication for the Wagtail admin, built on django-otp.

After the password, staff who have enrolled an authenticator app (TOTP) enter a code
once per session; superusers and everyone who can see children's submissions must
enrol before they can use the admin (KSCB_REQUIRE_2FA). Backup codes cover a lost phone.
"""
