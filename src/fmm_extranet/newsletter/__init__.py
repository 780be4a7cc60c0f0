"""The newsletter (« lettre électronique »): an issue of the federation or of an intergroup.

``content`` is the type and its archive, ``audience`` who receives it, ``letter`` the
mail of one recipient (only the items they may open), ``sending`` the freeze of the
recipients and the scheduled job that mails them in batches, ``tokens`` the one-click
unsubscribe links. Nothing is mailed in a web request but the sender's test.
"""
