#!/usr/bin/env python3
"""Writes holdout192.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(estudiostransitoco, elevadoresobrabr, forensicaccountingie, dronelightshowsus; profiles in ./profiles), 42 leads
each, written by rows_<id>.py.

estudiostransitoco is a Colombian traffic-engineering consultancy from Medellín (traffic impact studies for permits,
vehicle and pedestrian counts, signal timing plans, parking and access design for new developments) for real-estate
developers, shopping centres, hospitals, universities and municipalities in Colombia, 30 employees or more; leads in
Colombian Spanish, a few in English. elevadoresobrabr is a Brazilian construction-hoist rental company from Belo
Horizonte (MG) (rack-and-pinion construction hoists and mast climbers for rent, assembly and dismantling, NR-18
inspection and load tests, operator training) for builders, high-rise developers, industrial maintenance contractors
and shipyards in Minas Gerais, São Paulo and Rio de Janeiro, 60 employees or more; leads in Brazilian Portuguese, a
few in Spanish. forensicaccountingie is an Irish forensic-accounting firm from Dublin (fraud investigations,
quantification of loss for insurance claims and litigation, expert-witness reports, asset tracing) for insurers, law
firms, corporate boards and audit committees, and liquidators in Ireland and the UK, 40 employees or more; leads in
Irish English, a few in Spanish and Portuguese. dronelightshowsus is a US drone light-show company from Austin, Texas
(choreographed drone shows for brand launches and events, custom 3D animations and QR codes in the sky, FAA waivers
and site safety, sponsor branding) for event agencies, brands' marketing departments, cities and tourism boards,
sports franchises and festivals in the US, 25 employees or more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ft001, ft002, ... in the order the rows are added. Run:
    python3 -B build-holdout192.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ft", ["rows_estudiostransitoco", "rows_elevadoresobrabr", "rows_forensicaccountingie",
                           "rows_dronelightshowsus"])
