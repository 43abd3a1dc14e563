#!/usr/bin/env python3
"""Writes holdout140.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(bunkerspt, ambienciabr, cableviaec, erateus; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

bunkerspt is a Porto (Portugal) golf-course contractor (renovation of bunkers with drainage liners and new sand,
drainage of bunkers and wet fairways, supply and testing of bunker sand, scheduled bunker maintenance) for golf
courses, golf and country clubs, golf resorts and golf-course management companies in Portugal and Spain, 30
employees or more; leads in European Portuguese and a few in English. ambienciabr is a Cascavel (Paraná, Brazil)
climate-systems service company for animal houses (preventive maintenance of fans, curtains, evaporative pads and
heaters, calibration of climate controllers and sensors, 24-hour emergency service, ventilation audits) for poultry
and pig integrators, agro-industrial cooperatives, breeder farms and piglet units in Brazil and Paraguay, 100
employees or more; leads in Brazilian Portuguese and a few in Spanish. cableviaec is a Cuenca (Ecuador) cableway
contractor (design and installation of cable vía, its maintenance, rollers/hooks/spacers and pulling tractors,
adaptation of bunch and flower reception) for banana exporters and export flower farms in Ecuador and northern Peru, 50
workers or more; leads in Ecuadorian Spanish and a few in English. erateus is a San Antonio (Texas, USA) E-rate
consultancy (Form 470/471 filing, PIA responses and appeals, BEAR/SPI invoicing and funding recovery, compliance and
audit readiness) for school districts, charter-school networks, private school systems and library systems in the
United States, 150 employees or more; leads in US English and a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dt001, dt002, ... in the order the rows are added. Run:
    python3 -B build-holdout140.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dt", ["rows_bunkerspt", "rows_ambienciabr", "rows_cableviaec", "rows_erateus"])
