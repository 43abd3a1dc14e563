#!/usr/bin/env python3
"""Writes holdout202.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(organostubosmx, esportsproductionus, muralescorporativosco, quadraspadelbr; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

organostubosmx is a Mexican pipe-organ workshop from Puebla (tuning and maintenance contracts for pipe organs,
restoration of historic organs, blower and wind-system repair, heritage reports for the federal heritage institute) for
cathedrals and dioceses, churches and seminaries, concert halls, universities and museums in Mexico, 12 employees or
more; leads in Mexican Spanish, a few in English. esportsproductionus is a US esports event-production company from
Los Angeles (tournament production with broadcast and casting, LAN event setup and networks, branded gaming
activations, league operations for schools) for brands' marketing teams, universities and school districts, game
publishers, arenas and malls in the United States, 30 employees or more; leads in US English, a few in Spanish.
muralescorporativosco is a Colombian corporate mural studio from Medellín (large murals for offices and lobbies, brand
walls and wayfinding art, façade murals for retail and hotels, anti-graffiti varnish and maintenance) for corporate
offices and coworkings, retail chains, hotels and restaurants, universities and real-estate developers in Colombia,
15 employees or more; leads in Colombian Spanish, a few in English. quadraspadelbr is a Brazilian padel-court builder
from Florianópolis (construction of panoramic padel courts, synthetic-turf resurfacing, LED lighting for courts,
maintenance contracts) for sports clubs and academies, residential condominiums and resorts, gyms and shopping
centres in southern Brazil, 20 employees or more; leads in Brazilian Portuguese, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are gd001, gd002, ... in the order the rows are added. Run:
    python3 -B build-holdout202.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "gd", ["rows_organostubosmx", "rows_esportsproductionus", "rows_muralescorporativosco", "rows_quadraspadelbr"])
