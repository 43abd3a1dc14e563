#!/usr/bin/env python3
"""Writes holdout176.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(vinhacabr, robotpinturamx, catacafeco, otrtyresau; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

vinhacabr is a Brazilian vinasse-management firm from Ribeirão Preto (SP) (vinasse logistics and fertirrigation plans,
maintenance and lining of vinasse channels and tanks, concentration / application-rate studies, environmental compliance
with CETESB rules) for sugar-ethanol mills (usinas) and corn-ethanol plants in Brazil, 100 employees or more; leads in
Brazilian Portuguese, a few in English. robotpinturamx is a Mexican paint-shop automation firm from Puebla (programming
and path optimisation of painting robots, preventive maintenance and retrofit of paint robots and booths, paint-defect
and film-thickness audits, training of robot programmers) for auto-parts, appliance and metal-furniture plants in
Mexico, 80 employees or more; leads in Mexican Spanish, some in English (US-owned plants). catacafeco is a Colombian
green-coffee quality laboratory from Medellín (cupping by Q-graders and cup profiles, physical grading and defect
counts, moisture and water-activity tests, pre-shipment samples and origin reports) for coffee exporters, roasters and
coffee cooperatives in Colombia, 15 employees or more; leads in Colombian Spanish, some in English (importers' sourcing
staff), a few in Portuguese. otrtyresau is an Australian mining-tyre management company from Perth (Western Australia)
(OTR tyre fitting and rotation for haul trucks and loaders, tyre-pressure and temperature monitoring, tyre-life reports
and scrap analysis, on-site tyre bays) for mining companies and mining contractors in Australia, 150 employees or more;
leads in Australian English, a few in Spanish and Portuguese (Latin American engineers at Australian mines).

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are fd001, fd002, ... in the order the rows are added. Run:
    python3 -B build-holdout176.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "fd", ["rows_vinhacabr", "rows_robotpinturamx", "rows_catacafeco", "rows_otrtyresau"])
