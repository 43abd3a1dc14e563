#!/usr/bin/env python3
"""Writes holdout174.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(rolhaspt, alperujoes, aguapotableminacl, fuelpolishingfl; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

rolhaspt is a Portuguese cork-stopper quality laboratory from Aveiro (TCA / cork-taint screening and sensory panels,
dimensional and extraction-force tests, moisture / capillarity / sealing tests, audits of stopper suppliers) for
wineries, port-wine houses, sparkling-wine / cava producers and bottlers in Portugal and Spain, 25 employees or more;
leads in European Portuguese, about a quarter in Spanish, a few in English. alperujoes is a Spanish olive-mill
by-product firm from Jaén (collection and haulage of alperujo / two-phase pomace, maintenance and cleaning of
evaporation ponds, treatment of alpechín and washing water, environmental permits and reporting) for almazaras and
olive-oil cooperatives in Andalusia and Castilla-La Mancha, 10 employees or more; leads in Andalusian / Manchego
Spanish, a few in English. aguapotableminacl is a Chilean remote-water operator from Antofagasta (operation and
maintenance of small desalination and potable-water plants at mining camps and remote sites, water-quality lab
testing, sanitary permits before the SEREMI, emergency drinking water by tank truck) for mining companies,
contractors' camps and remote industrial sites in Chile, 100 employees or more; leads in Chilean Spanish, a few in
English. fuelpolishingfl is a US fuel-maintenance company from Tampa, Florida (diesel fuel polishing and tank cleaning
for standby generators, fuel sampling and lab testing, tank inspections and compliance records, emergency fuel
delivery before and after hurricanes) for hospitals, data centers, telecom carriers and water utilities in Florida and
Georgia, 50 employees or more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fb001, fb002, ... in the order the rows are added. Run:
    python3 -B build-holdout174.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fb", ["rows_rolhaspt", "rows_alperujoes", "rows_aguapotableminacl", "rows_fuelpolishingfl"])
