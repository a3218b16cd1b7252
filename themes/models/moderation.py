from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState


def owner_programme_of(obj):
    """The programme a submission belongs to, as submitted (the latest revision), so that
    changing the owner in a draft cannot route it to another programme's editors."""
    page = obj.get_latest_revision_as_object() if hasattr(obj, "get_latest_revision") else obj
    return getattr(page, "owner_programme", None)


class ProgrammeApprovalTask(Task):
    """Approval by an editor of the programme that owns the submission (its `editor_group`),
    or by the editorial team. Nobody approves their own submission, and an editor of one
    programme cannot approve another programme's."""

    editorial_groups = models.ManyToManyField(
        Group,
        verbose_name=_("editorial groups"),
        blank=True,
        help_text=_("Members may approve submissions of every programme, e.g. Redactie."),
    )

    admin_form_fields = Task.admin_form_fields + ["editorial_groups"]

    class Meta:
        verbose_name = _("programme editor approval")
        verbose_name_plural = _("programme editor approvals")

    @classmethod
    def get_description(cls):
        return _(
            "Editors of the owning programme or the editorial team approve; never the submitter."
        )

    def _is_editorial(self, user) -> bool:
        return self.editorial_groups.filter(pk__in=user.groups.values("pk")).exists()

    def user_may_moderate(self, obj, user) -> bool:
        """May moderate at all (see the page in the editor, approve if not their own)."""
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser or self._is_editorial(user):
            return True
        programme = owner_programme_of(obj)
        return bool(
            programme
            and programme.editor_group_id
            and user.groups.filter(pk=programme.editor_group_id).exists()
        )

    @staticmethod
    def is_own_submission(obj, user) -> bool:
        """The user asked for the review, or wrote any part of what is under review: the
        submitted revision or a change since, which restarted the review on the changed
        revision (themes.services.moderation_restart_review). So an approver who edits the
        submission becomes one of its authors and needs another editor's approval."""
        state = obj.current_workflow_state
        if state is None:
            return False
        if state.requested_by_id == user.pk:
            return True
        return state.task_states.filter(revision__user=user).exists()

    def user_may_approve(self, obj, user) -> bool:
        return self.user_may_moderate(obj, user) and not self.is_own_submission(obj, user)

    def user_can_access_editor(self, obj, user):
        return self.user_may_moderate(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_may_moderate(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_may_moderate(obj, user)

    def get_actions(self, obj, user):
        if not self.user_may_approve(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def on_action(self, task_state, user, action_name, **kwargs):
        from django.core.exceptions import PermissionDenied

        obj = task_state.workflow_state.content_object
        if action_name in ("approve", "reject") and not self.user_may_approve(obj, user):
            raise PermissionDenied(
                "Only another editor of the owning programme or the editorial team may do this."
            )
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from portal.models import KnowledgePage

        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(
            workflow_state__requested_by=user
        )
        if user.is_superuser or self._is_editorial(user):
            return states
        page_ids = KnowledgePage.objects.filter(
            owner_programme__editor_group__in=user.groups.all()
        ).values_list("pk", flat=True)
        return states.filter(workflow_state__object_id__in=[str(pk) for pk in page_ids])
