"""field9: a ninth hand-written split, written for training (print works, scaffolders, escape rooms, coworking spaces,
dairies, ferries, museums, dance schools, dialysis clinics, ice rinks, beekeepers, bookbinders)."""
