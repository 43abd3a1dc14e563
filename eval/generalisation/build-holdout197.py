#!/usr/bin/env python3
"""Writes holdout197.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(reclaimrefrigerantus, radaresvelocidadebr, bicicleteroscl, butacasauditoriope; profiles in ./profiles), 42 leads each,
written by rows_<id>.py.

reclaimrefrigerantus is a US refrigerant reclaim company from Atlanta (Georgia) (recovery cylinder exchange,
EPA-certified reclamation of used refrigerants, buy-back of recovered R-22 and HFCs, leak-rate and refrigerant tracking
records for EPA rules) for HVAC contractors, supermarket chains, cold-storage warehouses, hospitals and facility
managers in the US Southeast, 50 employees or more; leads in US English, a few in Spanish. radaresvelocidadebr is a
Brazilian speed-enforcement equipment service company from Campinas (SP) (installation and maintenance of fixed speed
radars and red-light cameras, metrological verification support with INMETRO, data and image management for fines
processing, traffic counting reports) for municipalities and transit agencies, highway concessionaires and state road
departments in São Paulo and Minas Gerais, 60 employees or more; leads in Brazilian Portuguese, a few in Spanish.
bicicleteroscl is a Chilean bicycle-parking company from Santiago (bike racks and covered bike shelters, secure bike
rooms with access control, e-bike charging points, compliance with building regulations for bike parking) for office
buildings and real-estate developers, shopping malls, universities, municipalities and employers in Chile, 20
employees or more; leads in Chilean Spanish, a few in English and Portuguese. butacasauditoriope is a Peruvian
auditorium-seating company from Arequipa (fixed auditorium and theatre seating, retractable bleachers, refurbishment
and re-upholstery of existing seats, layout and sightline design with evacuation routes) for universities and schools,
theatres and cinemas, churches, convention centres and municipalities in Peru and Bolivia, 30 employees or more; leads
in Peruvian Spanish, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fy001, fy002, ... in the order the rows are added. Run:
    python3 -B build-holdout197.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fy", ["rows_reclaimrefrigerantus", "rows_radaresvelocidadebr", "rows_bicicleteroscl",
                           "rows_butacasauditoriope"])
