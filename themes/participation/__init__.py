"""Everyone contributes outside the admin: "Deel een les of knelpunt" (a front-end form that
creates a draft lesson in the owning programme's moderation workflow) and "Mijn bijdragen"
(each submission's state, and revising one the reviewer returned)."""
