"""What happens when a moderation workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION)."""


def publish_approved_workflow_state(workflow_state, user=None):
    """Publish what the workflow approved. Unlike Wagtail's default, the approver needs no
    publish permission of their own: the workflow's tasks decided who may approve (e.g. the
    editors of the owning programme, who must not be able to publish other programmes' pages
    directly). The privacy guard still applies: it sits in the publish action itself."""
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )
