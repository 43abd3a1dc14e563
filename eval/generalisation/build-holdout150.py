#!/usr/bin/env python3
"""Writes holdout150.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(necrochorumebr, alambiquesmx, bioseguridadco, locucaopt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

necrochorumebr is a Brazilian environmental-engineering firm from Salvador for cemeteries (CONAMA 335 licensing with
hydrogeological studies and LP/LI/LO, necrochorume and groundwater monitoring wells and sampling, adaptation of graves,
jazigos and gavetários with gas drainage, filters and absorbents, exhumation-waste PGRS and sepultador training) for
private cemeteries and cemitérios-parque, concession holders, crematoria, funeral groups and irmandades in Brazil, 30
employees or more; leads in informal Brazilian Portuguese, a few in English. alambiquesmx is a Guadalajara
copper-still workshop (repair, re-tubing and pressure tests of pot stills and columns, preventive maintenance with
cleaning, passivation and calibration, fabrication of stills and palenque ollas, distillation optimisation and
distiller training) for tequila, mezcal, raicilla, bacanora and rum distilleries in Mexico, 40 employees or more; leads
in Mexican Spanish, a few in English. bioseguridadco is a Barranquilla plant-biosecurity company (risk diagnosis and
ICA biosecurity plans against Fusarium R4T, bud rot and lethal wilt, footbaths, vehicle dips and spray arches,
containment and eradication of foci, training and audits for ICA, GlobalG.A.P. and RSPO) for banana farms and
exporters, oil-palm plantations and palm-oil mills in Colombia and Panama, 50 workers or more; leads in Colombian
Caribbean Spanish, a few in English. locucaopt is a Porto didactic-audio studio (listening recordings with native
voices, exam and placement-test audio, e-learning voice-over and podcasts, re-recording of old material) for language
schools, training institutes, exam centres and educational publishers in Portugal and Spain, 20 staff or more; leads
in European Portuguese, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ed001, ed002, ... in the order the rows are added. Run:
    python3 -B build-holdout150.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ed", ["rows_necrochorumebr", "rows_alambiquesmx", "rows_bioseguridadco", "rows_locucaopt"])
