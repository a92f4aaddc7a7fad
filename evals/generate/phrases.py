"""All phrasing banks, by language."""

from .phrases_de import BANK as DE
from .phrases_en import BANK as EN
from .phrases_es import BANK as ES
from .phrases_fr import BANK as FR
from .phrases_nl import BANK as NL
from .phrases_pt import BANK as PT

BANKS = {"en": EN, "de": DE, "fr": FR, "es": ES, "nl": NL, "pt": PT}
