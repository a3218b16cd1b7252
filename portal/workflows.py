"""What happens when a moderation workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION)."""


def publish_approved_workflow_state(workflow_state, user=None):
    """Publish exactly the revision the workflow approved, not whatever was saved last: a
    revision saved after the review started was not reviewed. (The themes app restarts a
    review when the content changes, so normally the two are the same.)

    Unlike Wagtail's default, the approver needs no publish permission of their own: the
    workflow's tasks decided who may approve (e.g. the editors of the owning programme, who
    must not be able to publish other programmes' pages directly). The privacy guard still
    applies: it sits in the publish action itself."""
    task_state = workflow_state.current_task_state
    revision = task_state.revision if task_state and task_state.revision_id else None
    if revision is None:
        revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
