#!/usr/bin/env python3
"""Writes holdout177.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(alpacape, piggingtx, palatabilidadebr, standsferiaes; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

alpacape is a Peruvian alpaca-fibre classing company from Arequipa (fibre classing and sorting by fineness at
collection centres, micron / CV / comfort-factor testing in its lab, training of fibre classers, traceability of lots
for textile mills) for alpaca textile mills and spinners, fibre traders / acopiadores and large producer cooperatives
in Peru, 30 employees or more; leads in Peruvian Spanish, some in English. piggingtx is a US pipeline pigging company
from Houston, Texas (cleaning pigging programs, in-line inspection (smart pig) runs and data reports, pig launcher /
receiver design and maintenance, stuck-pig recovery) for midstream operators, gas utilities and refineries in Texas,
Louisiana and Oklahoma, 100 employees or more; leads in US English, a few in Spanish. palatabilidadebr is a Brazilian
pet-food testing centre from Campinas (SP) (palatability tests with dog and cat panels, digestibility trials,
stool-quality and acceptance studies, reports for MAPA registration and label claims) for pet-food manufacturers and
ingredient suppliers in Brazil, 40 employees or more; leads in Brazilian Portuguese, a few in Spanish and English.
standsferiaes is a Spanish trade-fair stand builder from Barcelona (custom exhibition stands, modular reusable stands,
logistics, assembly and dismantling at the venue, graphics and AV on the stand) for manufacturers and brands that
exhibit at trade fairs in Spain and Portugal, 50 employees or more; leads in Spanish (Spain), a few in English and
Portuguese.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fe001, fe002, ... in the order the rows are added. Run:
    python3 -B build-holdout177.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fe", ["rows_alpacape", "rows_piggingtx", "rows_palatabilidadebr", "rows_standsferiaes"])
