#!/usr/bin/env python3
"""Writes holdout120.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(publicacoesbr, filtrospy, patronajehn, adaspt; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

publicacoesbr is a Brazilian legal-intelligence service in Belo Horizonte (daily capture of court publications in the
Diários de Justiça and DJEN by lawyer / OAB / party, tracking of case movements in PJe, e-SAJ, Projudi and eproc,
monitoring of new lawsuits and summonses against clients by CNPJ/CPF, outsourced legal deadline control integrated with
the firm's legal software) for law firms, corporate legal departments and collection firms in Brazil, 20 employees or
more; leads in Brazilian Portuguese, a few in English. filtrospy is a Paraguayan filter-rehabilitation company in
Encarnación (filter-bed diagnosis, replacement of sand, anthracite, gravel and granular activated carbon, repair of
underdrains, nozzles and air-water wash, backwash optimisation and operator training) for public and municipal
water-treatment plants, juntas de saneamiento, aguaterías and industrial plants with their own water or effluent
treatment (meat plants, dairies, beverages, sugar mills) in Paraguay, 30 employees or more; leads in Paraguayan
Spanish, a few in Brazilian Portuguese. patronajehn is a Honduran pattern-and-marker service bureau in San Pedro Sula
(digitising and grading patterns, optimised marker making, plotting with 24 h delivery, fabric consumption for costing
and consumption audits) for maquilas, garment factories and uniform makers in Honduras, El Salvador and Guatemala, 100
employees or more; leads in Honduran and Salvadoran Spanish, a few in English. adaspt is a Portuguese mobile ADAS
calibration company (Lisbon and Porto: calibration of cameras, radars and sensors after windscreen, collision or
alignment work, on-site mobile units, diagnostic scans and calibration reports for insurers, contracts for dealers,
windscreen networks and fleet managers) for dealers, workshops, body shops, windscreen networks and fleet managers in
Portugal, 20 employees or more; leads in European Portuguese, a few in English and Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are cz001, cz002, ... in the order the rows are added. Run:
    python3 -B build-holdout120.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "cz", ["rows_publicacoesbr", "rows_filtrospy", "rows_patronajehn", "rows_adaspt"])
