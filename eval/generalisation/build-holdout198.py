#!/usr/bin/env python3
"""Writes holdout198.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(dispensadoresvinoes, cortinascortafogopt, trofeoscorporativosar, weatherstationsau; profiles in ./profiles), 42 leads
each, written by rows_<id>.py.

dispensadoresvinoes is a Spanish wine-by-the-glass dispensing company from Logroño (La Rioja) (inert-gas preservation
dispensers for opened bottles, installation and dose calibration, service contracts and gas refills, staff training on
pour control with stock reports) for restaurants and restaurant groups, hotels, wine bars, wineries' tasting rooms and
airport lounges in Spain and Portugal, 15 employees or more; leads in Spanish from Spain, a few in Portuguese and
English. cortinascortafogopt is a Portuguese fire- and smoke-curtain company from Aveiro (design and installation of
automatic fire and smoke curtains, annual inspection and certification under the fire-safety regulations, repair and
retrofit of existing curtains, integration with the fire-alarm panel) for shopping centres, hotels, hospitals,
airports, car parks and industrial buildings in Portugal, 25 employees or more; leads in European Portuguese, a few in
Spanish and English. trofeoscorporativosar is an Argentine corporate awards company from Córdoba (custom trophies and
plaques in metal, glass and wood, recognition programmes for employees and dealers, engraving and personalised
packaging, delivery to events nationwide) for companies' HR and marketing departments, sports federations and clubs,
universities and event agencies in Argentina, 20 employees or more; leads in Rioplatense Spanish, a few in English.
weatherstationsau is an Australian automatic weather-station company from Toowoomba (Queensland) (supply and
installation of automatic weather stations and rain gauges, telemetry and data dashboards, calibration and maintenance
contracts, spray-drift and frost alerts) for broadacre and horticulture farms, mines, councils, airports and irrigation
schemes in Australia, 20 employees or more; leads in Australian English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fz001, fz002, ... in the order the rows are added. Run:
    python3 -B build-holdout198.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fz", ["rows_dispensadoresvinoes", "rows_cortinascortafogopt", "rows_trofeoscorporativosar",
                           "rows_weatherstationsau"])
