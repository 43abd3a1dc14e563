#!/usr/bin/env python3
"""Writes holdout131.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(lockersbr, restauraaridoscl, panificacionmx, aforoes; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

lockersbr is a São José dos Campos (Brazil) smart-parcel-locker company for residential condominiums (lockers on
loan or for sale, including refrigerated modules, a resident and concierge app, assisted roll-out with the síndico and
the assembly, maintenance and remote monitoring) for condominiums, closed housing estates, residents' associations and
condominium management companies in the state of São Paulo, 20 employees or more; leads in Brazilian Portuguese, a
few in English. restauraaridoscl is a Temuco (Chile) environmental-engineering firm that closes and restores gravel
pits, quarries and road borrow pits (closure plans, slope reshaping and erosion control, native-species
revegetation, RCA follow-up and SMA reporting) for aggregate producers, quarries, ready-mix and asphalt plants and road
builders in southern Chile, 30 employees or more; leads in Chilean Spanish, a few in English. panificacionmx is a
Hermosillo (Mexico) technical bakery consultancy (recipe and process standardisation across branches, reformulation
and shelf life, training of bakers, start-up of central bakeries and frozen-dough lines) for bakery and pastry chains,
flour-tortilla makers, food franchises and convenience chains in Mexico, 50 employees or more; leads in Mexican
Spanish, a few in English. aforoes is a Granada (Spain) occupancy-sensing and space-analytics company (desk, office
and meeting-room sensors, usage dashboard, integration with the booking software, layout and capacity consulting)
for coworking operators, business centres and flexible-office operators in Spain and Portugal, 20 employees or more;
leads in Castilian Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dk001, dk002, ... in the order the rows are added. Run:
    python3 -B build-holdout131.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dk", ["rows_lockersbr", "rows_restauraaridoscl", "rows_panificacionmx", "rows_aforoes"])
