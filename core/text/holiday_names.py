"""Named days a reply may pay on, by the words people write for them in the six languages (folded: lower case, no accents).

Why: "spätestens Gründonnerstag", "on Waitangi Day", "voor Koningsdag", "le jeudi de l'Ascension", "after Chinese New
Year": a holiday names a day as surely as a date does, and the reader knew only Christmas and Easter. Each key names
one day; agent/named_days.py says which date it falls on in a given year (movable feasts from Easter's date, country
holidays from the `holidays` library, fixed days from the calendar). Only names that mean one day are here: "Easter"
or "Pentecost" alone is a weekend, "May Day" is the 1st in one country and a Monday in another, "Labour Day" moves
with the country, and so does an "August bank holiday" (Ireland's first Monday, England's last), so none of them is
listed; nor are festivals of a week, Pesach and Sukkot ("before Pesach" names no day).
"""

from __future__ import annotations

HOLIDAY_NAMES: dict[str, tuple[str, ...]] = {
    # days counted from Easter Sunday
    "carnival_monday": ("rosenmontag", "carnival monday", "lundi gras", "lunes de carnaval", "carnavalsmaandag", "segunda-feira de carnaval"),
    "shrove_tuesday": ("shrove tuesday", "pancake day", "mardi gras", "faschingsdienstag", "fastnachtsdienstag", "martes de carnaval",
                       "carnavalsdinsdag", "terca-feira de carnaval", "terca de carnaval"),
    "ash_wednesday": ("ash wednesday", "aschermittwoch", "mercredi des cendres", "miercoles de ceniza", "aswoensdag",
                      "quarta-feira de cinzas", "cinzas"),
    "maundy_thursday": ("maundy thursday", "holy thursday", "grundonnerstag", "jeudi saint", "jueves santo", "witte donderdag",
                        "quinta-feira santa", "quinta feira santa"),
    "good_friday": ("good friday", "karfreitag", "vendredi saint", "viernes santo", "goede vrijdag", "sexta-feira santa",
                    "sexta feira santa"),
    "holy_saturday": ("holy saturday", "karsamstag", "samedi saint", "sabado santo", "stille zaterdag", "sabado de aleluia"),
    "easter_sunday": ("easter sunday", "ostersonntag", "dimanche de paques", "domingo de pascua", "domingo de resurreccion",
                      "paaszondag", "eerste paasdag", "domingo de pascoa"),
    "easter_monday": ("easter monday", "ostermontag", "lundi de paques", "lunes de pascua", "paasmaandag", "tweede paasdag",
                      "segunda-feira de pascoa"),
    "ascension": ("ascension day", "ascension thursday", "ascension", "christi himmelfahrt", "himmelfahrtstag", "jeudi de l'ascension",
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
    "valentines_day": ("valentine's day", "valentines day", "st valentine's day", "valentinstag", "la saint-valentin",
                       "saint-valentin", "saint valentin", "san valentin", "valentijnsdag", "valentijn", "dia de sao valentim"),
    "australia_day": ("australia day",),
    "republic_day_in": ("republic day",),
    "st_davids_day": ("st david's day", "st. david's day", "saint david's day"),
    "st_georges_day": ("st george's day", "st. george's day", "saint george's day", "sant jordi"),
    "st_johns_day": ("san juan", "sao joao", "saint-jean", "la saint-jean", "johannistag", "sint-jansdag", "midsummer day"),
    "dia_de_portugal": ("dia de portugal",),
    "canada_day": ("canada day", "fete du canada"),
    "bastille_day": ("bastille day",),
    "german_unity_day": ("tag der deutschen einheit", "einheitstag"),
    "republic_day_pt": ("implantacao da republica", "dia da republica"),
    "hispanidad": ("dia de la hispanidad", "fiesta nacional de espana", "dia del pilar"),
    "reformation_day": ("reformationstag", "halloween"),  # both 31 October
    "all_souls": ("all souls' day", "all souls day", "allerseelen", "jour des morts", "dia de los difuntos", "allerzielen",
                  "dia de finados", "dia dos fieis defuntos"),
    "armistice_day": ("armistice day", "veterans day", "veterans' day", "remembrance day", "l'armistice", "wapenstilstand",
                      "martinstag", "st martin's day", "la saint-martin"),
    "st_andrews_day": ("st andrew's day", "st. andrew's day", "saint andrew's day"),
    "restoration_day_pt": ("restauracao da independencia", "dia da restauracao"),
    "constitution_day_es": ("dia de la constitucion",),
    "immaculate_conception": ("immaculate conception", "la inmaculada", "dia de la inmaculada", "imaculada conceicao",
                              "dia da imaculada", "maria empfangnis"),
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
    "victoria_day": ("victoria day", "journee nationale des patriotes"),
    "matariki": ("matariki",),
    "columbus_day_us": ("columbus day", "indigenous peoples' day", "indigenous peoples day"),
    "mlk_day": ("mlk day", "martin luther king day", "martin luther king jr. day", "martin luther king jr day"),
    "late_summer_bank_holiday": ("summer bank holiday", "late summer bank holiday"),
    "rosh_hashanah": ("rosh hashanah", "rosh hashana", "rosh ha-shana"),
    "yom_kippur": ("yom kippur",),
    "mid_autumn": ("mid-autumn festival", "mid autumn festival", "mooncake festival", "zhongqiu"),
    "dragon_boat": ("dragon boat festival", "duanwu"),
    "qingming": ("qingming", "ching ming", "tomb-sweeping day", "tomb sweeping day"),
    "dussehra": ("dussehra", "dasara", "vijayadashami"),
    # days counted from another country's day
    "black_friday": ("black friday",),
    "cyber_monday": ("cyber monday",),
}
