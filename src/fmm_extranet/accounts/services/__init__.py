"""REST services of the account life; the rules are in fmm_extranet.accounts."""
