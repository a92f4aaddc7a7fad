"""field11: an eleventh hand-written split, written for training (joiners, vets, signage, solar installers, solicitors,
shared-service centres, hauliers, wineries, hotel groups, nurseries, care groups)."""
