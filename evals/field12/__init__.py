"""field12: a twelfth hand-written held-out split (breweries, veterinary clinics, film studios, port agents, orchestras,
glass recyclers, language schools, climbing gyms, pharmacies, beekeepers). Never train on it."""
