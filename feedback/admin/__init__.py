"""The reviewers' side of the children's voice: listing, review form, export and dashboard panel."""
