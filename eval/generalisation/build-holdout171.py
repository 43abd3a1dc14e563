#!/usr/bin/env python3
"""Writes holdout171.jsonl: a fresh generalisation holdout of 168 inbound B2B leads for four sellers not used before
(oleousadobr, desembarquecl, zdhcmx, biostorageus; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

oleousadobr is a Brazilian used-cooking-oil and grease company in Cuiabá (scheduled collection of used frying oil with
MTR and CDF paperwork for biodiesel plants, grease-trap cleaning with vacuum trucks, frying-oil quality control with TPM
measurement, kitchen environmental paperwork for PGRS, SEMA and brand audits) for hotel kitchens: hotels, resorts,
hotéis-fazenda, pousadas, convention centres and restaurant chains in Brazil, 30 employees or more; leads in Brazilian
Portuguese, about a quarter in English. desembarquecl is a Chilean fishery-compliance company in Antofagasta (landing
certification as a Sernapesca-accredited auditing entity, electronic fishing logbook, electronic discard monitoring with
onboard cameras and footage review, quota control and defence in Sernapesca proceedings) for fishing fleets: industrial
and artisanal shipowners and fishmeal plants with their own fleet in Chile, 20 employees or more; leads in Chilean
Spanish, a few in English and a few in Portuguese. zdhcmx is a Mexican chemical-compliance consultancy in Mexicali
(chemical inventory screening against the ZDHC MRSL, wastewater and sludge sampling to the ZDHC guidelines, Higg FEM and
brand-audit preparation, in-plant chemical management programmes) for textile dye houses, denim laundries and
finishing plants in Mexico and Central America, 60 employees or more; leads in Mexican Spanish, a few in English.
biostorageus is a US biorepository in Chicago (off-site -80/-20/2-8 C and LN2 storage, 24/7 emergency freezer backup
and standby capacity, lab and freezer relocations, freezer inventory and decommissioning) for universities' research
labs, core facilities, academic medical centers, research institutes and biotech R&D in the United States, 50
employees or more; leads in American English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ey001, ey002, ... in the order the rows are added. Run:
    python3 -B build-holdout171.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ey", ["rows_oleousadobr", "rows_desembarquecl", "rows_zdhcmx", "rows_biostorageus"])
