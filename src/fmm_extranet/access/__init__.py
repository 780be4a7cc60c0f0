"""The access model: computed Plone groups and local roles.

Who may see or write what is decided by workflows (permissions per state) and
roles. The roles come from groups and local roles that are *computed* here from
the content: a worker's status and jobs decide their groups; a space's
coordinators, members and managers decide its local roles. Nothing is kept by
hand, and nothing here checks a permission itself.
"""
