"""Named days a reply may pay on, by the words people write for them in the six languages (folded: lower case, no accents).

Why: "spätestens Gründonnerstag", "on Waitangi Day", "voor Koningsdag", "le jeudi de l'Ascension", "after Chinese New
Year": a holiday names a day as surely as a date does, and the reader knew only Christmas and Easter. Each key names
one day; agent/named_days.py says which date it falls on in a given year (movable feasts from Easter's date, country
holidays from the `holidays` library, fixed days from the calendar). Only names that mean one day are here: "Easter"
or "Pentecost" alone is a weekend, "May Day" is the 1st in one country and a Monday in another, "Labour Day" moves
with the country, and so does an "August bank holiday" (Ireland's first Monday, England's last), so none of them is
listed.
"""

from __future__ import annotations

HOLIDAY_NAMES: dict[str, tuple[str, ...]] = {
    # days counted from Easter Sunday
    "carnival_monday": ("rosenmontag", "carnival monday", "lundi gras", "lunes de carnaval", "carnavalsmaandag", "segunda-feira de carnaval"),
    "shrove_tuesday": ("shrove tuesday", "pancake day", "mardi gras", "faschingsdienstag", "fastnachtsdienstag", "martes de carnaval",
                       "carnavalsdinsdag", "terca-feira de carnaval", "terca de carnaval"),
    "ash_wednesday": ("ash wednesday", "aschermittwoch", "mercredi des cendres", "miercoles de ceniza", "aswoensdag",
                      "quarta-feira de cinzas"),
    "maundy_thursday": ("maundy thursday", "holy thursday", "grundonnerstag", "jeudi saint", "jueves santo", "witte donderdag",
                        "quinta-feira santa", "quinta feira santa"),
    "good_friday": ("good friday", "karfreitag", "vendredi saint", "viernes santo", "goede vrijdag", "sexta-feira santa",
                    "sexta feira santa"),
    "holy_saturday": ("holy saturday", "karsamstag", "samedi saint", "sabado santo", "stille zaterdag", "sabado de aleluia"),
    "easter_sunday": ("easter sunday", "ostersonntag", "dimanche de paques", "domingo de pascua", "domingo de resurreccion",
                      "paaszondag", "eerste paasdag", "domingo de pascoa"),
    "easter_monday": ("easter monday", "ostermontag", "lundi de paques", "lunes de pascua", "paasmaandag", "tweede paasdag",
                      "segunda-feira de pascoa"),
    "ascension": ("ascension day", "ascension thursday", "christi himmelfahrt", "himmelfahrtstag", "jeudi de l'ascension",
                  "l'ascension", "dia de la ascension", "hemelvaartsdag", "dia da ascensao"),
    "whit_monday": ("whit monday", "whitsun monday", "pentecost monday", "pfingstmontag", "lundi de pentecote", "lunes de pentecostes",
                    "pinkstermaandag", "tweede pinksterdag", "segunda-feira de pentecostes"),
    "corpus_christi": ("corpus christi", "fronleichnam", "fete-dieu", "fete dieu", "corpo de deus", "sacramentsdag"),
    # fixed days of the calendar
    "new_years_day": ("new year's day", "neujahrstag", "jour de l'an", "dia de ano nuevo", "nieuwjaarsdag", "dia de ano novo"),
    "epiphany": ("epiphany", "dreikonigstag", "heilige drei konige", "epiphanie", "dia de reyes", "driekoningen", "dia de reis"),
    "waitangi_day": ("waitangi day",),
    "st_patricks_day": ("st patrick's day", "st. patrick's day", "saint patrick's day", "paddy's day", "patrick's day"),
    "anzac_day": ("anzac day",),
    "liberation_day_nl": ("bevrijdingsdag",),
    "labour_day_may": ("tag der arbeit", "fete du travail", "dia del trabajo", "dia del trabajador", "dia do trabalhador",
                       "dag van de arbeid"),
    "assumption": ("assumption day", "maria himmelfahrt", "mariae himmelfahrt", "l'assomption", "dia de la asuncion",
                   "maria-hemelvaart", "maria hemelvaart", "dia da assuncao"),
    "all_saints": ("all saints' day", "all saints day", "allerheiligen", "la toussaint", "dia de todos los santos",
                   "dia de todos os santos"),
    "sinterklaas": ("sinterklaasavond", "pakjesavond", "sinterklaas"),
    "christmas_day": ("christmas day", "erster weihnachtstag", "jour de noel", "dia de navidad", "eerste kerstdag", "dia de natal"),
    "boxing_day": ("boxing day", "st stephen's day", "zweiter weihnachtstag", "stephanstag", "tweede kerstdag"),
    "new_years_eve": ("new year's eve", "silvester", "la saint-sylvestre", "nochevieja", "oudejaarsdag", "oudejaarsavond",
                      "vespera de ano novo"),
    # days a country's calendar decides (the `holidays` library)
    "lunar_new_year": ("chinese new year", "lunar new year", "spring festival", "cny"),
    "st_brigids_day": ("st brigid's day", "st. brigid's day", "saint brigid's day", "brigid's day"),
    "kings_day_nl": ("koningsdag", "king's day"),
    "memorial_day_us": ("memorial day",),
    "labor_day_us": ("labor day",),
    "presidents_day_us": ("presidents' day", "presidents day", "president's day"),
    "juneteenth": ("juneteenth",),
    "early_may_bank_holiday": ("early may bank holiday",),
    "spring_bank_holiday": ("spring bank holiday", "whitsun bank holiday"),
    "diwali": ("diwali", "deepavali"),
    "holi": ("holi",),
}
