"""Full-text search: Solr through collective.solr, the portal catalog as fallback."""
