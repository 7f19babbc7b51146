"""Who may do what here; the shared predicates live in mutual.groups.permissions."""
