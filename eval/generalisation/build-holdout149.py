#!/usr/bin/env python3
"""Writes holdout149.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(contencaobr, soportevitalcr, temperadoco, carcacasmz; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

contencaobr is a Brazilian data-centre airflow company from Campinas (hot/cold aisle containment, CFD airflow studies
and thermal mapping, raised-floor and supply-air optimisation, continuous rack temperature/humidity monitoring) for
data-centre and colocation operators, cloud and internet providers, telecom operators, banks, hospitals and
universities with their own data centre in Brazil, 30 employees or more; leads in Brazilian Portuguese, a few in
English. soportevitalcr is a Costa Rican life-support-systems company from Alajuela (design, installation and upgrade
of aquarium and exhibit LSS, monthly LSS maintenance with 24/7 emergencies, water-quality lab and online monitoring,
quarantine and rehabilitation systems) for zoos, aquariums, wildlife rescue centres, theme and ecotourism parks and
marine research stations in Costa Rica and Panama, 20 employees or more; leads in Costa Rican Spanish, a few in English.
temperadoco is a Colombian chocolate-equipment service company from Bucaramanga (maintenance and tuning of tempering
machines, enrobers and cooling tunnels, conches, roll refiners and ball mills, one-shot depositors and moulding lines,
annual contracts, 24-hour line-stoppage emergencies, operator training) for chocolate, couverture, confectionery and
cocoa-processing plants in Colombia, Ecuador and Peru, 40 employees or more; leads in Colombian Spanish, a few in
English. carcacasmz is a Mozambican tyre-casing company from Machava, Maputo (casing collection from fleets, casing
inspection and grading with shearography, contract supply of graded casings with replacement of buffing rejects,
casing-management programme for the retreaders' fleet customers) for tyre retreaders and tyre dealers with their own
retread line in Mozambique, Malawi, Zimbabwe and Eswatini, 25 employees or more; leads in Mozambican/European
Portuguese and English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ec001, ec002, ... in the order the rows are added. Run:
    python3 -B build-holdout149.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ec", ["rows_contencaobr", "rows_soportevitalcr", "rows_temperadoco", "rows_carcacasmz"])
