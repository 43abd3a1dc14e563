#!/usr/bin/env python3
"""Writes holdout157.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(calibradorasbr, avalanchascl, beneficiosmx, sweepingus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

calibradorasbr is a Brazilian fruit-packing-line service company from Blumenau (maintenance, overhaul and retrofit of
electronic and mechanical fruit sizers, bin tippers, washers, dryers, wax applicators and conveyors, with harvest-time
call-outs) for packing houses, fruit exporters and growers' cooperatives in Brazil, 50 employees or more; leads in
Brazilian Portuguese (one in European Portuguese), a few in English. avalanchascl is a Chilean snow-safety company from
Concepción (avalanche risk mapping and control plans, daily snow and avalanche forecasting, explosive avalanche control,
avalanche-rescue training for patrols) for ski areas, mountain resorts and hotels, cat-ski lodges and mountain
hot-spring resorts in Chile and Argentina, 40 seasonal workers or more; leads in Chilean Spanish (some Rioplatense),
a few in English. beneficiosmx is a Mexican coffee-mill machinery service company from Xalapa (wet-mill pulpers,
screens and demucilagers, coffee dryers and burners, dry-mill hullers, polishers, graders and gravity tables, harvest
emergency service) for coffee cooperatives, producers' unions, private mills and green-coffee exporters in Mexico, 20
employees or more; leads in Mexican Spanish, a few in English. sweepingus is a Tampa parking-lot service company
(night-time power sweeping of lots and garages, pressure washing and degreasing, day-porter litter crews, storm and
accident clean-up) for shopping centres, outlet malls, retail plazas and their property-management and REIT owners in
Florida, 30 employees or more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ek001, ek002, ... in the order the rows are added. Run:
    python3 -B build-holdout157.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ek", ["rows_calibradorasbr", "rows_avalanchascl", "rows_beneficiosmx", "rows_sweepingus"])
