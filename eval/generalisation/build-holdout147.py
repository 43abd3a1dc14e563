#!/usr/bin/env python3
"""Writes holdout147.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(toboaguabr, encamisadobo, encuadernacionmx, turbinasdentaisao; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

toboaguabr is a Brazilian water-attraction refurbishment company from Uberlândia (structural repair and lamination of
fibreglass water slides, gelcoat refinishing, inspection with technical report and ART, low-season maintenance
contracts and emergency call-outs) for water parks, theme parks, resorts, recreation clubs and thermal complexes in
Brazil, 50 employees or more; leads in informal Brazilian Portuguese, a few in English. encamisadobo is a Bolivian
sewer-rehabilitation company from Santa Cruz de la Sierra (CCTV inspection of sewer mains, trenchless cured-in-place
lining, manhole rehabilitation, point repairs and lateral reinstatement) for water and sewerage cooperatives, EPSA and
municipal governments in Bolivia, 60 employees or more; leads in Bolivian Spanish, a few in English.
encuadernacionmx is a Mexican bindery and conservation workshop from Hermosillo (binding of the notarial protocol,
restoration of damaged and water-damaged books, archive conservation diagnosis, annual contracts) for notary offices,
law firms, property registries and historical archives in Mexico, 20 employees or more; leads in Mexican Spanish, a
few in English. turbinasdentaisao is an Angolan dental-handpiece service company from Luanda (repair of turbines,
contra-angles and micromotors, maintenance contracts with a loan pool, staff training in handpiece care) for dental
clinic chains, multi-specialty clinics and private hospitals in Angola, 30 employees or more; leads in Angolan /
European Portuguese, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ea001, ea002, ... in the order the rows are added. Run:
    python3 -B build-holdout147.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ea", ["rows_toboaguabr", "rows_encamisadobo", "rows_encuadernacionmx", "rows_turbinasdentaisao"])
