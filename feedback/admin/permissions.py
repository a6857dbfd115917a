"""Who may do what with submissions: reviewers and superusers only, and nobody adds one by hand."""

from wagtail.permission_policies import ModelPermissionPolicy


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    # Submissions only ever come from the form; an admin-made one would be a fake voice.
    FORBIDDEN_ACTIONS = {"add", "copy"}

    def user_has_permission(self, user, action):
        if action in self.FORBIDDEN_ACTIONS:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
